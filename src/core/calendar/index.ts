/** The reporting calendar: schedules, due dates, the open period and on-time checks. */
export {
  DEFAULT_SCHEDULES, dueDate, nextDeadline, openDeadline, scheduleFor, isOnTime,
  type Schedule, type DueRule, type Deadline,
} from './schedules.js';
