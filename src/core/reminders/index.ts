/** Deadline reminders, the pure part: the schedules in force, when reminders go out, and who gets what. */
export {
  LATE_OFFSET,
  type ReportingSchedule, type Occasion, type ChatRef, type DeliveryKind, type PlannedDelivery, type Contact, type LinkedGroup,
} from './types.js';
export { DEFAULT_REPORTING_SCHEDULES } from './defaults.js';
export { addDays, daysBetween, dayOfWeek, isWorkingDay, previousWorkingDay, nextWorkingDay } from './working-days.js';
export { deadlineOccasions, occasionsOn, occasionsBetween } from './occasions.js';
export { planOccasion, type PlanInput } from './plan.js';
