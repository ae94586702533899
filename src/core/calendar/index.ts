/** The reporting calendar: schedules, due dates, the open period and on-time checks. */
export {
  DEFAULT_SCHEDULES, schedulesForLevel, dueDate, nextDeadline, openDeadline, scheduleFor, isOnTime, periodsOf,
  type Schedule, type DueRule, type Deadline,
} from './schedules.js';
export { formatDueRule, parseDueRule, periodTypeOf, periodKindOf } from './stored-form.js';
