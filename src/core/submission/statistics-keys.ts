/**
 * What the provincial statistics office (Cục Thống kê) may submit: the denominators it compiles
 * (7337/UBND-VX: average population and labour force each quarter, half-year and year), never the
 * insurance participants, which are the social-insurance agency's and the focal points' figures.
 */
import { COUNT_KEYS, type CountKey, type Counts } from '../types.js';

/**
 * `ld` labour force, `ds` population, `sth` people past retirement age: the bases of every coverage
 * rate. `sth` is counted with them because it is a population figure too (the pension rate's base).
 */
export const STATISTICS_KEYS: readonly CountKey[] = ['ld', 'ds', 'sth'];

/** The keys present in `counts` that are not in `allowed`, in the grammar's order; empty when all are allowed. */
export function keysOutside(counts: Counts, allowed: readonly CountKey[]): CountKey[] {
  return COUNT_KEYS.filter((key) => counts[key] !== undefined && !allowed.includes(key));
}
