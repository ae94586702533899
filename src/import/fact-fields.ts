/**
 * Field parsers for the facts format (data/README.md). Each takes the cell's text and a `fail`
 * callback that raises an error naming the line and the column.
 */

import { periodParts } from '../core/periods/index.js';
import type { Basis, BilingualText, IndicatorCode, TargetKind, UnitRef } from '../core/types.js';
import { BASES, INDICATORS, TARGET_KINDS } from '../core/types.js';
import { levelOfCode } from './gso-code.js';

/** Raises an import error about one column of the current line. */
export type FailAt = (column: string, message: string) => never;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The unit a row is about: its structure, and the level its code's length gives (2, 3 or 5 digits). */
export function unitOf(structure: string, code: string, fail: FailAt): UnitRef {
  if (structure !== 'pre2025' && structure !== 'post2025') return fail('unit_structure', `must be pre2025 or post2025, not "${structure}"`);
  const level = levelOfCode(code);
  if (!level) return fail('unit_code', `"${code}" is not a GSO code of 2, 3 or 5 digits`);
  if (structure === 'post2025' && level === 'district') return fail('unit_code', `"${code}" is a district code, but post2025 has no districts`);
  return { structure, level, code };
}

/** One of the known indicator codes. */
export function indicatorOf(value: string, fail: FailAt): IndicatorCode {
  const known: readonly string[] = INDICATORS;
  return known.includes(value) ? (value as IndicatorCode) : fail('indicator', `unknown indicator "${value}" (known: ${INDICATORS.join(', ')})`);
}

/**
 * A percentage from 0 to `max` (100 for a share; a plan may be exceeded); "." is the decimal
 * separator, a decimal comma is accepted too.
 */
export function percentOf(value: string, fail: FailAt, max = 100): number {
  const n = /^\d+(?:[.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
  if (!(n >= 0 && n <= max)) return fail('value_percent', `"${value}" is not a percentage between 0 and ${max}`);
  return n;
}

/** One of the bases (labour_force, employed, …), or null for a blank cell. */
export function basisOf(value: string, fail: FailAt): Basis | null {
  if (value === '') return null;
  const known: readonly string[] = BASES;
  return known.includes(value) ? (value as Basis) : fail('basis', `unknown basis "${value}" (known: ${BASES.join(', ')})`);
}

/** plan, assigned or party_resolution, or null for a blank cell. */
export function targetKindOf(value: string, fail: FailAt): TargetKind | null {
  if (value === '') return null;
  const known: readonly string[] = TARGET_KINDS;
  return known.includes(value) ? (value as TargetKind) : fail('target_kind', `must be ${TARGET_KINDS.join(', ')}, not "${value}"`);
}

/** The source's label in both languages, or null when both cells are blank; one without the other is refused. */
export function labelOf(vi: string, en: string, fail: FailAt): BilingualText | null {
  if (vi === '' && en === '') return null;
  if (vi === '') return fail('label_vi', 'a label is given in both languages or in neither (label_en has one)');
  if (en === '') return fail('label_en', 'a label is given in both languages or in neither (label_vi has one)');
  return { vi, en };
}

/** A whole non-negative count, or null for a blank cell. */
export function countOf(value: string, column: string, fail: FailAt): number | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return fail(column, `"${value}" is not a whole non-negative number`);
  return Number(value);
}

/** An ISO date (YYYY-MM-DD), or null for a blank cell. */
export function dateOf(value: string, column: string, fail: FailAt): string | null {
  if (value === '') return null;
  return ISO_DATE.test(value) ? value : fail(column, `"${value}" is not a date (YYYY-MM-DD)`);
}

/** A canonical period code (2025, 2025-6M, 2025-9M, 2025-Q3, 2025-11), or null for a blank cell. */
export function periodOf(value: string, fail: FailAt): string | null {
  if (value === '') return null;
  return periodParts(value) ? value : fail('period', `"${value}" is not a period code (2025, 2025-6M, 2025-9M, 2025-Q3, 2025-11)`);
}
