/**
 * Opening the world, written once for every entry point: the store (migrated), its first-use seed (the
 * built-in reference data and the default reporting calendar, as on the service's first start), the
 * unit directory and the calendar. The service, the worker and the console chat open all of it; the
 * administrator command line opens the seeded store only, so that `invite --unit …`, `schedules` and
 * `reminders --dry-run` work at once on a fresh database. Each step leaves a database that has its
 * data unchanged, and a failure closes what was opened before it is rethrown.
 */
import { type OpenedStore, openStore } from '../adapters/db/open-store.js';
import { type Calendar, loadCalendar } from '../app/calendar/calendar.js';
import { loadUnitDirectory, type UnitDirectory } from '../app/units/unit-directory.js';
import type { Config } from '../config.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../core/reminders/index.js';
import { defaultDataDir, ensureReferenceData, type SeedLog } from '../import/seed.js';
import type { Logger } from '../logger.js';
import type { Store } from '../ports/store.js';

/** An opened store and how to close it. */
export interface ClosableStore {
  readonly store: Store;
  close(): Promise<void>;
}

/**
 * Seeds `opened` on first use: the reference data from `dataDir` (the built-in folder by default) and
 * the default reporting calendar. Closes it and rethrows when that fails.
 */
export async function seedStore<T extends ClosableStore>(opened: T, dataDir: string = defaultDataDir(), log?: SeedLog): Promise<T> {
  try {
    await ensureReferenceData(opened.store, dataDir, log);
    await opened.store.ensureSchedules(DEFAULT_REPORTING_SCHEDULES);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

/** The configured store, opened and seeded. */
export async function openSeededStore(config: Config, log?: Logger): Promise<OpenedStore> {
  return seedStore(await openStore(config, log), defaultDataDir(), log);
}

/** Everything an entry point works on: the opened store, the units and the calendar. */
export interface World {
  readonly opened: OpenedStore;
  readonly directory: UnitDirectory;
  /** The calendar as last read, kept fresh until the world closes. */
  readonly calendar: Calendar;
  /** Stops the calendar's refresh and closes the store. */
  close(): Promise<void>;
}

/** What opening the world may be told. */
export interface OpenWorldOptions {
  /** Called before the first seed of an empty database (the console chat says it takes a few seconds). */
  readonly onFirstSeed?: () => void;
}

/** Opens the store, seeds it on first use, reads the unit directory and the calendar. */
export async function openWorld(config: Config, log: Logger, options: OpenWorldOptions = {}): Promise<World> {
  const opened = await openStore(config, log);
  try {
    if (options.onFirstSeed && (await opened.store.countUnits()) === 0) options.onFirstSeed();
    await seedStore({ store: opened.store, close: async () => undefined }, defaultDataDir(), log);
    const directory = await loadUnitDirectory(opened.store);
    const calendar = await loadCalendar(opened.store, { log });
    return {
      opened,
      directory,
      calendar,
      async close() {
        calendar.stop();
        await opened.close();
      },
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
