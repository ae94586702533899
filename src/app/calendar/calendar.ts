/**
 * The reporting calendar as the message handler reads it: the database's schedules (the defaults
 * are stored on first use), kept in memory because every submission consults them, reloaded after an
 * edit in this process and every few minutes (another replica or the admin CLI may have edited them).
 */
import { type HolidayCalendar, holidayCalendar, type Schedule, schedulesIn } from '../../core/calendar/index.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../core/reminders/index.js';
import type { ReportingSchedule } from '../../core/reminders/types.js';
import type { Role, Unit } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { Logger } from '../../logger.js';
import type { CalendarStore } from '../../ports/calendar-store.js';

/** How often the calendar is read again. Default 5 minutes. */
export const CALENDAR_REFRESH_MS = 5 * 60_000;

export interface Calendar {
  /** The schedules as last read, active or not. */
  current(): readonly ReportingSchedule[];
  /** Viet Nam's holidays with the days an administrator stored laid over them, as last read. */
  daysOff(): HolidayCalendar;
  reload(): Promise<void>;
  /** Stops the periodic reload. */
  stop(): void;
}

/** Stores the default schedules when missing, reads the calendar and keeps it fresh. */
export async function loadCalendar(store: CalendarStore, options: { readonly log: Logger; readonly refreshMs?: number }): Promise<Calendar> {
  await store.ensureSchedules(DEFAULT_REPORTING_SCHEDULES);
  let schedules = await store.listSchedules();
  let days = await readDaysOff(store);
  const reload = async () => {
    schedules = await store.listSchedules();
    days = await readDaysOff(store);
  };
  const timer = setInterval(() => {
    reload().catch((err: unknown) => options.log.warn({ err }, 'calendar reload failed; keeping the last one read'));
  }, options.refreshMs ?? CALENDAR_REFRESH_MS);
  timer.unref();
  return { current: () => schedules, daysOff: () => days, reload, stop: () => clearInterval(timer) };
}

/** Every stored day: a few per year, so all of them are read (no window to get wrong). */
export async function readDaysOff(store: CalendarStore): Promise<HolidayCalendar> {
  return holidayCalendar(await store.listHolidays('1900-01-01', '2999-12-31'));
}

/** Viet Nam's computed holidays alone, for handlers given no calendar (tests, tools). */
const COMPUTED = holidayCalendar();

/** The days off a handler judges deadlines by: the calendar's, else the computed holidays. */
export function daysOffOf(deps: { readonly daysOff?: () => HolidayCalendar }): HolidayCalendar {
  return deps.daysOff?.() ?? COMPUTED;
}

/**
 * The schedules in force that a unit reports under: its province's calendar, for its level, and
 * when `roles` is given only the duties of those roles (a schedule names its reporting role; one
 * that names none is the focal points').
 */
export function unitCalendar(
  deps: { readonly schedules: () => readonly Schedule[]; readonly units: () => UnitIndex },
  unit: Unit,
  roles: readonly Role[] | null = null,
): Schedule[] {
  const all = schedulesIn(deps.schedules(), deps.units().provinceOf(unit).id, unit.level);
  return roles === null ? all : all.filter((s) => roles.includes(reporterOf(s)));
}

const reporterOf = (s: Schedule): Role => ('reporterRole' in s && typeof s.reporterRole === 'string' ? (s.reporterRole as Role) : 'focal_point');
