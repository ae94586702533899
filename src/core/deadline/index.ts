/** Deadline questions: reading them, choosing the schedules asked about, each one's deadline, and the answer. */
export { parseDeadlineQuestion, type DeadlineQuestion } from './parse-deadline.js';
export { chooseSchedules, covers, isStatistics, type ScheduleChoice } from './select-schedules.js';
export { deadlineFacts, type DeadlineFacts } from './deadline-facts.js';
export { composeDeadlines, composeProvinceAsked, type DeadlineAnswer } from './replies.js';
export type { ReportKind } from './vocabulary.js';
