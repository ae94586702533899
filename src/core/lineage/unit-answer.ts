/** The reply for a planned answer: lineage one way or the other, or the sub-units. */
import type { Language } from '../types.js';
import type { UnitIndex } from '../units/unit-index.js';
import { composeBackward, composeForward } from './lineage-reply.js';
import type { UnitAnswerPlan } from './plan-answer.js';
import { composeSubunits } from './subunits-reply.js';

/** Composes the reply a plan calls for. */
export function composeUnitAnswer(plan: UnitAnswerPlan, index: UnitIndex, lang: Language): string {
  switch (plan.kind) {
    case 'forward':
      return composeForward(plan.unit, index, lang);
    case 'backward':
      return composeBackward(plan.unit, index, lang);
    case 'subunits':
      return composeSubunits(plan, index, lang);
  }
}
