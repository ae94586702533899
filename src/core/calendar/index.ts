/** The reporting calendar: schedules, due dates, the open period and on-time checks. */
export {
  DEFAULT_SCHEDULES, schedulesForLevel, dueDate, nextDeadline, openDeadline, scheduleFor, isOnTime, periodsOf,
  type Schedule, type DueRule, type Deadline,
} from './schedules.js';
export { formatDueRule, parseDueRule, periodTypeOf, periodKindOf } from './stored-form.js';
export {
  SIX_MONTH_SOURCE, ANNUAL_SOURCE, MONTHLY_SOURCE, STATISTICS_SOURCE, type ScheduleSource, type SourceDue, type Wording,
} from './schedule-source.js';
export { formatScheduleSource, parseScheduleSource } from './stored-source.js';
export { publicHolidays, holidaySet, holidayNames, isWorkingDay, deadlineEnd, type PublicHoliday } from './holidays.js';
