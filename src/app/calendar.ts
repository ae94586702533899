/**
 * The reporting calendar as the message handler reads it: the database's schedules (the defaults
 * are stored on first use), kept in memory because every submission consults them, reloaded after an
 * edit in this process and every few minutes (another replica or the admin CLI may have edited them).
 */
import { DEFAULT_REPORTING_SCHEDULES } from '../core/reminders/index.js';
import type { ReportingSchedule } from '../core/reminders/types.js';
import type { Logger } from '../logger.js';
import type { ReminderStore } from '../ports/reminder-store.js';

/** How often the calendar is read again. Default 5 minutes. */
export const CALENDAR_REFRESH_MS = 5 * 60_000;

export interface Calendar {
  /** The schedules as last read, active or not. */
  current(): readonly ReportingSchedule[];
  reload(): Promise<void>;
  /** Stops the periodic reload. */
  stop(): void;
}

/** Stores the default schedules when missing, reads the calendar and keeps it fresh. */
export async function loadCalendar(store: ReminderStore, options: { readonly log: Logger; readonly refreshMs?: number }): Promise<Calendar> {
  await store.ensureSchedules(DEFAULT_REPORTING_SCHEDULES);
  let schedules = await store.listSchedules();
  const reload = async () => {
    schedules = await store.listSchedules();
  };
  const timer = setInterval(() => {
    reload().catch((err: unknown) => options.log.warn({ err }, 'calendar reload failed; keeping the last one read'));
  }, options.refreshMs ?? CALENDAR_REFRESH_MS);
  timer.unref();
  return { current: () => schedules, reload, stop: () => clearInterval(timer) };
}
