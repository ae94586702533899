/** Reply texts in Vietnamese and English; pure functions of already-fetched data. */
export { type CoverageAnswerInput, composeCoverageAnswer } from './coverage-answer.js';
export type { SuccessorData, UnitData } from './lineage.js';
export {
  composeAmbiguous,
  composeChoiceOutOfRange,
  composeCorrectedPlace,
  composeEmpty,
  composeHelp,
  composeInternalError,
  composeNoPlace,
  composeNotUnderstood,
  composeRememberedPlace,
  composeSharedName,
  composeUnknownPlace,
} from './short-replies.js';
