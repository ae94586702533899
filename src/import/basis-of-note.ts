/**
 * The basis of a figure from its `denominator_note`, for facts files without a `basis` column (the
 * 14-column format): only where the note says so unmistakably, in English or Vietnamese.
 */
import type { Basis } from '../core/types.js';

/** Each basis and the words that name it; "lao động có việc làm" never matches "lực lượng lao động". */
const NAMED: readonly (readonly [Basis, RegExp])[] = [
  ['employed', /\bemployed\b|lao động có việc làm/i],
  ['labour_force', /\blabou?r force\b|lực lượng lao động/i],
  ['population', /\bpopulation\b|dân số/i],
  ['past_retirement_age', /\bretirement age\b|tuổi nghỉ hưu/i],
  ['transactions', /\btransactions?\b|giao dịch/i],
  ['plan_count', /\bplan\b|kế hoạch/i],
];

/** The one basis the note names; null (unknown) when it names none or more than one. */
export function basisOfNote(note: string): Basis | null {
  const named = NAMED.filter(([, words]) => words.test(note));
  return named.length === 1 && named[0] ? named[0][0] : null;
}
