/** The reporting calendar: schedules, deadlines as the documents set them, what is open, on-time checks. */
export {
  DEFAULT_SCHEDULES, dueDate, periodsOf, lastMonthOf, type Schedule, type DueRule,
} from './schedules.js';
export {
  deadlineOf, deadlinesIn, nextDeadline, scheduleFor, isOnTime, inForce, type Deadline,
} from './deadlines.js';
export {
  openPeriods, currentPeriod, submissionPeriod, standingOf, opensOn, PASSED_SHOWN_DAYS, type OpenPeriod, type ScheduleStanding,
} from './open-periods.js';
export { schedulesIn, calendarOf, familyOf, provinceKey, provincesWithOwn } from './province-schedules.js';
export { formatDueRule, parseDueRule, periodTypeOf, periodKindOf } from './stored-form.js';
export {
  SIX_MONTH_SOURCE, ANNUAL_SOURCE, MONTHLY_SOURCE, STATISTICS_SOURCE, type ScheduleSource, type SourceDue, type Wording,
} from './schedule-source.js';
export { formatScheduleSource, parseScheduleSource } from './stored-source.js';
export {
  publicHolidays, holidayCalendar, isWorkingDay, deadlineEnd, type PublicHoliday, type StoredDay, type HolidayCalendar, type DaysOff,
} from './holidays.js';
