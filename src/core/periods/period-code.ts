/**
 * Canonical period codes and their calendar arithmetic: "2025" (year), "2025-6M" (January–June),
 * "2025-9M" (January–September), "2025-Q3" (quarter), "2025-06" (month).
 */
import { daysInMonth, isoDate } from '../civil-time/index.js';
import type { PeriodCode } from '../types.js';

/** The five kinds of reporting period. */
export type PeriodKind = 'year' | 'six-months' | 'nine-months' | 'quarter' | 'month';

/** A canonical period code taken apart. */
export interface PeriodParts {
  readonly kind: PeriodKind;
  readonly year: number;
  /** Quarter (1–4) or month (1–12); 0 for the other kinds. */
  readonly index: number;
}

const CODE = /^(\d{4})(?:-(6M|9M|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** Takes a canonical code apart; null when the code is not canonical. */
export function periodParts(code: PeriodCode): PeriodParts | null {
  const m = CODE.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { kind: 'year', year, index: 0 };
  if (m[2] === '6M') return { kind: 'six-months', year, index: 0 };
  if (m[2] === '9M') return { kind: 'nine-months', year, index: 0 };
  if (m[3] !== undefined) return { kind: 'quarter', year, index: Number(m[3]) };
  return { kind: 'month', year, index: Number(m[4]) };
}

/** Builds the canonical code for the given parts. */
export function periodCode(parts: PeriodParts): PeriodCode {
  const y = String(parts.year);
  switch (parts.kind) {
    case 'year':
      return y;
    case 'six-months':
      return `${y}-6M`;
    case 'nine-months':
      return `${y}-9M`;
    case 'quarter':
      return `${y}-Q${parts.index}`;
    case 'month':
      return `${y}-${String(parts.index).padStart(2, '0')}`;
  }
}

/** First and last month (1–12) a period covers. */
function monthSpan(p: PeriodParts): readonly [number, number] {
  switch (p.kind) {
    case 'year':
      return [1, 12];
    case 'six-months':
      return [1, 6];
    case 'nine-months':
      return [1, 9];
    case 'quarter':
      return [p.index * 3 - 2, p.index * 3];
    case 'month':
      return [p.index, p.index];
  }
}

/** First day of the period (ISO date), or null for a code that is not canonical. */
export function periodStart(code: PeriodCode): string | null {
  const p = periodParts(code);
  return p ? isoDate(p.year, monthSpan(p)[0], 1) : null;
}

/** Last day of the period (ISO date), or null for a code that is not canonical. */
export function periodEnd(code: PeriodCode): string | null {
  const p = periodParts(code);
  if (!p) return null;
  const last = monthSpan(p)[1];
  return isoDate(p.year, last, daysInMonth(p.year, last));
}

/** Calendar year of the period, or null for a code that is not canonical. */
export function periodYear(code: PeriodCode): number | null {
  return periodParts(code)?.year ?? null;
}

/**
 * Orders periods by their last day, then by their first day (the longer period first), so that the
 * last element of a sorted list is the most recent figure. Codes that are not canonical sort first.
 */
export function comparePeriods(a: PeriodCode, b: PeriodCode): number {
  const ea = periodEnd(a) ?? '';
  const eb = periodEnd(b) ?? '';
  if (ea !== eb) return ea < eb ? -1 : 1;
  const sa = periodStart(a) ?? '';
  const sb = periodStart(b) ?? '';
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}

/**
 * The period a trend compares with: the previous year for a year, the same part of the previous
 * year for six and nine months (how provincial reports compare, "so với cùng kỳ"), the previous
 * quarter or month otherwise. Null for a code that is not canonical.
 */
export function previousComparable(code: PeriodCode): PeriodCode | null {
  const p = periodParts(code);
  if (!p) return null;
  switch (p.kind) {
    case 'year':
    case 'six-months':
    case 'nine-months':
      return periodCode({ ...p, year: p.year - 1 });
    case 'quarter':
      return p.index === 1 ? periodCode({ ...p, year: p.year - 1, index: 4 }) : periodCode({ ...p, index: p.index - 1 });
    case 'month':
      return p.index === 1 ? periodCode({ ...p, year: p.year - 1, index: 12 }) : periodCode({ ...p, index: p.index - 1 });
  }
}
