/** Deadline reminders, the pure part: the schedules in force, when reminders go out, and who gets what. */

export { DEFAULT_REPORTING_SCHEDULES } from './defaults.js';
export { deadlineOccasions, occasionsBetween, occasionsOn } from './occasions.js';
export { type PlanInput, planOccasion } from './plan.js';
export {
  type ChatRef,
  type Contact,
  type DeliveryKind,
  LATE_OFFSET,
  type LinkedGroup,
  type Occasion,
  type PlannedDelivery,
  type ReportingSchedule,
} from './types.js';
