/** The reporting calendar: schedules, deadlines as the documents set them, what is open, on-time checks. */

export { type Deadline, deadlineOf, deadlinesIn, inForce, isOnTime, nextDeadline, scheduleFor } from './deadlines.js';
export {
  type DaysOff,
  deadlineEnd,
  type HolidayCalendar,
  holidayCalendar,
  isWorkingDay,
  type PublicHoliday,
  publicHolidays,
  type StoredDay,
} from './holidays.js';
export {
  currentPeriod,
  type OpenPeriod,
  openPeriods,
  opensOn,
  PASSED_SHOWN_DAYS,
  type ScheduleStanding,
  standingOf,
  submissionPeriod,
} from './open-periods.js';
export { calendarOf, familyOf, provinceKey, provincesWithOwn, schedulesIn } from './province-schedules.js';
export { ANNUAL_SOURCE, MONTHLY_SOURCE, type ScheduleSource, SIX_MONTH_SOURCE, type SourceDue, STATISTICS_SOURCE, type Wording } from './schedule-source.js';
export {
  DEFAULT_SCHEDULES,
  type DueRule,
  dueDate,
  lastMonthOf,
  periodsOf,
  type Schedule,
} from './schedules.js';
export { formatDueRule, parseDueRule, periodKindOf, periodTypeOf } from './stored-form.js';
export { formatScheduleSource, parseScheduleSource } from './stored-source.js';
