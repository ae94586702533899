/**
 * Reply texts shared by the answers, in Vietnamese and English; pure functions of already-fetched
 * data. The coverage answer itself is in core/coverage/.
 */
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
  composeOwnPlaceUnknown,
  composeRememberedPlace,
  composeSharedName,
  composeUnknownPlace,
} from './short-replies.js';
