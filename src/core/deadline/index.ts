/** Deadline questions: reading them, choosing the schedules asked about, each one's deadline, and the answer. */

export { type DeadlineFacts, deadlineFacts, deadlineNear, nearestTo } from './deadline-facts.js';
export { type DeadlineQuestion, parseDeadlineQuestion } from './parse-deadline.js';
export { composeDeadlines, composeProvinceAsked, type DeadlineAnswer } from './replies.js';
export { chooseSchedules, isStatistics, type ScheduleChoice } from './select-schedules.js';
export { type SentOn, sentOnDay } from './sent-on.js';
export type { ReportKind } from './vocabulary.js';
