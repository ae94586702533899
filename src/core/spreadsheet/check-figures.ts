/**
 * A "Số liệu" row: a unit, a period and counts, checked as a chat submission's are (the same
 * validateCounts: whole, non-negative, below the bound, bb + tn ≤ ld, bhtn ≤ ld, bhyt ≤ ds, huu ≤ sth)
 * plus the unit's existence and the administrator's scope. A period may be older than chat allows
 * (older history is what an import is for), but not before FIRST_YEAR nor one that has not begun.
 */
import { foldForPeriod, matchPeriod, periodEnd, periodStart, periodYear } from '../periods/index.js';
import { validateCounts } from '../submission/index.js';
import { COUNT_KEYS, type Counts, type PeriodCode } from '../types.js';
import { readNumber } from './cells.js';
import { type CheckContext, type RowReader, readUnit } from './row-reader.js';

/** No coverage figure goes back further than social insurance as it is now (the 1995 scheme). */
export const FIRST_YEAR = 1995;

/** One checked row of figures. */
export interface CheckedFigures {
  readonly unitId: number;
  readonly period: PeriodCode;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly counts: Counts;
  readonly row: number;
}

function readPeriodCell(r: RowReader, ctx: CheckContext): PeriodCode | null {
  const text = r.text('period');
  if (text === null) return r.fail('period', { code: 'missing' });
  const folded = foldForPeriod(text);
  const match = matchPeriod(folded);
  if (match?.request.kind !== 'code' || match.index !== 0 || match.length !== folded.length) return r.fail('period', { code: 'bad_period', text });
  const code = match.request.code;
  if ((periodYear(code) ?? 0) < FIRST_YEAR) return r.fail('period', { code: 'old_period', text, first: FIRST_YEAR });
  if ((periodStart(code) ?? '') > ctx.today) return r.fail('period', { code: 'future_period', text });
  return code;
}

/** Reads and checks one row; null when it has problems (recorded in the reader). */
export function checkFigures(r: RowReader, ctx: CheckContext): CheckedFigures | null {
  const unit = readUnit(r, ctx);
  const period = readPeriodCell(r, ctx);
  const counts: Record<string, number> = {};
  const before = r.problems.length;
  for (const key of COUNT_KEYS) {
    const value = r.take(key, readNumber(r.cell(key), ctx.textOnly));
    if (value !== null) counts[key] = value;
  }
  const unreadable = r.problems.length > before;
  const check = validateCounts(counts, null);
  // A row whose count cells could not be read is not also "without counts".
  for (const problem of check.problems.filter((p) => !(unreadable && p.code === 'no_counts'))) {
    const key = problem.key?.split(' + ')[0];
    r.fail(key !== undefined && (COUNT_KEYS as readonly string[]).includes(key) ? key : null, { code: 'count', problem });
  }
  if (unit === null || period === null || r.problems.length > 0) return null;
  return { unitId: unit.id, period, periodStart: periodStart(period) as string, periodEnd: periodEnd(period) as string, counts, row: r.row.row };
}
