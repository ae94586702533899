/** Reply texts in Vietnamese and English; pure functions of already-fetched data. */
export { composeCoverageAnswer, type CoverageAnswerInput } from './coverage-answer.js';
export type { SuccessorData, UnitData } from './lineage.js';
export {
  composeAmbiguous, composeCorrectedPlace, composeUnknownPlace, composeHelp, composeNoPlace, composeEmpty, composeChoiceOutOfRange, composeInternalError,
  composeSharedName, composeRememberedPlace, composeNotUnderstood,
} from './short-replies.js';
