/**
 * The reporting calendar: schedules (the database is their source of truth; the queue's schedulers
 * are derived from them) and the public holidays reminders move over.
 */
import type { DueRule } from '../core/calendar/index.js';
import type { PeriodKind } from '../core/periods/index.js';
import type { ReportingSchedule } from '../core/reminders/types.js';
import type { Role, UnitLevel } from '../core/types.js';

/** A schedule to store (its id is the store's). */
export type ScheduleInput = Omit<ReportingSchedule, 'id'>;

/** What an admin may change in a schedule; absent fields stay as they are. */
export interface SchedulePatch {
  readonly nameVi?: string;
  readonly nameEn?: string;
  readonly periodKind?: PeriodKind;
  readonly due?: DueRule;
  readonly offsetsDays?: readonly number[];
  readonly sendHour?: number;
  readonly timezone?: string;
  readonly audienceLevel?: UnitLevel;
  readonly provinceId?: number | null;
  readonly escalateTo?: Role;
  readonly reporterRole?: Role;
  readonly active?: boolean;
}

/** A public holiday (no reminder goes out; it moves to the previous working day). */
export interface Holiday {
  /** ISO civil date. */
  readonly date: string;
  readonly name: string;
  /**
   * Default true: a day off (the government's Tết span, a bridging day). False: a working day that
   * the computed holidays count as off (the year Quốc khánh's second day is 3/9, not 1/9).
   */
  readonly off?: boolean;
}

export interface CalendarStore {
  /** Every schedule, active or not, ordered by id. */
  listSchedules(): Promise<ReportingSchedule[]>;
  /** Inserts the schedules whose key is not stored yet (first use); returns how many were created. */
  ensureSchedules(defaults: readonly ScheduleInput[]): Promise<number>;
  /** Changes a schedule; null when no schedule has that key. */
  updateSchedule(key: string, patch: SchedulePatch): Promise<ReportingSchedule | null>;

  /** Holidays between two ISO dates, inclusive, ordered by date. */
  listHolidays(from: string, to: string): Promise<Holiday[]>;
  /** Adds or renames a holiday. */
  saveHoliday(holiday: Holiday): Promise<void>;
  /** Removes a holiday; false when there was none on that date. */
  removeHoliday(date: string): Promise<boolean>;
}
