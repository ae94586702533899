/**
 * Checks a set of counts before anything is stored: whole non-negative numbers below a sane bound,
 * no numerator above its denominator (bb + tn ≤ ld, bhtn ≤ ld, bhyt ≤ ds, huu ≤ sth), and flags a
 * count that moved more than 30 % against the previous figure, for the sender to confirm.
 */
import { indicatorDef } from '../indicators/index.js';
import { COUNT_KEYS, type CountKey, type Counts, type IndicatorCode } from '../types.js';
import { MAX_COUNT, OUTLIER_PERCENT, type Outlier, type SubmissionProblem } from './types.js';

/** The rates whose counts must nest; bhxh's numerator bb + tn covers bhxh_bb and bhxh_tn as well. */
const NESTED: readonly IndicatorCode[] = ['bhxh', 'bhtn', 'bhyt', 'huu'];

/** What validateCounts found: problems that stop the counts being stored, and changes to confirm. */
export interface CountsCheck {
  readonly problems: SubmissionProblem[];
  readonly outliers: Outlier[];
}

function checkValue(key: CountKey, value: number): SubmissionProblem | null {
  if (!Number.isFinite(value)) return { code: 'bad_number', key, value: String(value) };
  if (!Number.isInteger(value)) return { code: 'decimal_count', key, value: String(value) };
  if (value < 0) return { code: 'negative', key, value: String(value) };
  if (value > MAX_COUNT) return { code: 'too_large', key, value: String(value) };
  return null;
}

function checkNesting(counts: Counts, sound: ReadonlyMap<CountKey, number>): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const code of NESTED) {
    const { numerator, denominator } = indicatorDef(code);
    if (denominator === null) continue;
    const den = sound.get(denominator);
    const present = numerator.filter((k) => counts[k] !== undefined);
    // A numerator part that is itself wrong is reported on its own; a sum without it would mislead.
    if (den === undefined || present.length === 0 || present.some((k) => !sound.has(k))) continue;
    const sum = present.reduce((total, k) => total + (sound.get(k) ?? 0), 0);
    if (sum > den) {
      problems.push({ code: 'numerator_exceeds_denominator', key: present.join(' + '), value: String(sum), other: denominator, otherValue: String(den) });
    }
  }
  return problems;
}

function outlierOf(key: CountKey, current: number, previous: number | undefined): Outlier | null {
  // A change against zero has no percent; a previous figure that is not a sound count is no yardstick.
  if (previous === undefined || !Number.isSafeInteger(previous) || previous <= 0) return null;
  if (Math.abs(current - previous) * 100 <= OUTLIER_PERCENT * previous) return null;
  return { key, previous, current, changePercent: ((current - previous) / previous) * 100 };
}

/**
 * Validates counts, and compares them with the previous figures of the same unit when given (only
 * keys present in both, and only against a previous figure above zero).
 */
export function validateCounts(counts: Counts, previous: Counts | null): CountsCheck {
  const problems: SubmissionProblem[] = [];
  const sound = new Map<CountKey, number>();
  for (const key of COUNT_KEYS) {
    const value = counts[key];
    if (value === undefined) continue;
    const problem = checkValue(key, value);
    if (problem) problems.push(problem);
    else sound.set(key, value);
  }
  if (COUNT_KEYS.every((key) => counts[key] === undefined)) problems.push({ code: 'no_counts' });
  problems.push(...checkNesting(counts, sound));
  const outliers: Outlier[] = [];
  for (const [key, current] of sound) {
    const outlier = outlierOf(key, current, previous?.[key]);
    if (outlier) outliers.push(outlier);
  }
  return { problems, outliers };
}
