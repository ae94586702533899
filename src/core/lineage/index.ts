/**
 * Questions about places themselves rather than their figures: what an old unit went into on
 * 1 July 2025, what a new unit was formed from, and which sub-units a unit has (or had).
 */

export { composeBackward, composeForward } from './lineage-reply.js';
export { namesake, type PlanQuestion, planFits, planUnitAnswer, type SubunitsPlan, type UnitAnswerPlan } from './plan-answer.js';
export { composeCountryUnitList, composeProvinceList } from './province-list.js';
export { type AskedWhen, readUnitQuestion, type UnitQuestion, type UnitQuestionKind, type WhenMarker, whenAsked } from './read-unit-question.js';
export { composeSubunits } from './subunits-reply.js';
export { composeUnitAnswer } from './unit-answer.js';
export { type AskedUnits, isAsked } from './unit-terms.js';
