/**
 * What the command line does to a store before a command runs: on a fresh database it stores the
 * built-in reference data and the default reporting calendar, as the service does on its first start,
 * so that `invite --unit …`, `schedules`, `schedule …` and `reminders --dry-run` work at once instead
 * of finding no units or an empty calendar. Both steps leave a database that has them unchanged.
 */
import { DEFAULT_REPORTING_SCHEDULES } from '../core/reminders/index.js';
import { ensureReferenceData } from '../import/seed.js';
import type { Store } from '../ports/store.js';

/** An opened store and how to close it. */
export interface OpenedAdminStore {
  readonly store: Store;
  close(): Promise<void>;
}

/** Prepares `opened` for the command line; closes it and rethrows when that fails. */
export async function prepareAdminStore<T extends OpenedAdminStore>(opened: T, dataDir: string): Promise<T> {
  try {
    await ensureReferenceData(opened.store, dataDir);
    await opened.store.ensureSchedules(DEFAULT_REPORTING_SCHEDULES);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}
