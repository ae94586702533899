/**
 * Questions about the provinces as a set, answered from the unit index: which has the most (or
 * fewest) units of a kind ("Tỉnh nào có nhiều xã nhất sau sáp nhập?", core/nationwide/rank-unit-counts.ts)
 * and which the 2025 reorganisation left unchanged ("Bao nhiêu tỉnh giữ nguyên, không sáp nhập?",
 * core/nationwide/unchanged-provinces.ts). Tried before the ranking of figures and the place features,
 * which would read "xã nhất" or "không phải" as a place.
 */
import { asksUnchangedProvinces, composeUnchangedProvinces, composeUnitRank, readUnitRankQuestion } from '../../core/nationwide/index.js';
import { parseQuery } from '../../core/query/parse-query.js';
import type { Feature } from '../turn.js';

export const provinceFacts: Feature = async (turn, deps) => {
  const ranking = readUnitRankQuestion(turn.text);
  if (ranking) return { text: composeUnitRank(ranking, deps.units(), turn.today, turn.language) };
  // A figure of those provinces ("BHXH của các tỉnh không sáp nhập") is another question.
  if (asksUnchangedProvinces(turn.text) && parseQuery(turn.text).indicators.length === 0)
    return { text: composeUnchangedProvinces(deps.units(), turn.language) };
  return null;
};
