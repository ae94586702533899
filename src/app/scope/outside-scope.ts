/**
 * A question about insurance policy (base salary, amounts, allowances, procedures) is told plainly
 * that the bot holds none of it (core/scope/outside-scope.ts). Tried before the features that search
 * for a place, which would offer places its words resemble.
 */
import { composeOutsideScope, readPolicyQuestion } from '../../core/scope/outside-scope.js';
import type { Feature } from '../turn.js';

export const outsideScope: Feature = async (turn) => {
  const topic = readPolicyQuestion(turn.text);
  return topic ? { text: composeOutsideScope(turn.language, topic) } : null;
};
