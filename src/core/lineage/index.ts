/**
 * Questions about places themselves rather than their figures: what an old unit went into on
 * 1 July 2025, what a new unit was formed from, and which sub-units a unit has (or had).
 */
export { readUnitQuestion, whenAsked, type AskedWhen, type UnitQuestion, type UnitQuestionKind, type WhenMarker } from './read-unit-question.js';
export { isAsked, type AskedUnits } from './unit-terms.js';
export { namesake, planFits, planUnitAnswer, type PlanQuestion, type SubunitsPlan, type UnitAnswerPlan } from './plan-answer.js';
export { composeBackward, composeForward } from './lineage-reply.js';
export { composeSubunits } from './subunits-reply.js';
export { composeUnitAnswer } from './unit-answer.js';
export { composeProvinceList } from './province-list.js';
