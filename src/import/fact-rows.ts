/**
 * One row of a facts file (data/README.md) as a target, a coverage rate or a plan fulfilment. The
 * columns added after the 14-column format (basis, label_vi, label_en, target_kind) may be blank or
 * absent; the older rules then apply: the basis from what denominator_note clearly says, else unknown;
 * the target's kind from its source document (targetKind); no label.
 */
import type { Basis, BilingualText, PlanFulfilment, PublishedRate } from '../core/types.js';
import type { TargetInput } from '../ports/figures-store.js';
import { basisOfNote } from './basis-of-note.js';
import type { CsvRow } from './csv.js';
import { basisOf, countOf, dateOf, type FailAt, indicatorOf, labelOf, percentOf, targetKindOf, unitOf } from './fact-fields.js';

/** The columns every facts file has; `unit_name` and `source_file` are for people and may be absent. */
export const FACT_COLUMNS = [
  'unit_structure',
  'unit_code',
  'indicator',
  'kind',
  'period',
  'as_of',
  'value_percent',
  'numerator',
  'denominator',
  'denominator_note',
  'source_document',
  'source_date',
] as const;

/** The columns a file may lack (the 14-column format has none of them). */
export const OPTIONAL_FACT_COLUMNS = ['basis', 'label_vi', 'label_en', 'target_kind'] as const;

/** A row as read, every column present (blank when the file lacks it). */
export type FactRow = CsvRow<(typeof FACT_COLUMNS)[number] | (typeof OPTIONAL_FACT_COLUMNS)[number]>;

/** A plan may be exceeded: fulfilment up to what DECIMAL(7,4) keeps, with room to spare. */
const MAX_FULFILMENT = 999;

/**
 * The rule for a target's kind when the file does not say: "assigned" (given by the government or a
 * superior body) when its source says so in English or Vietnamese ("assigned", "giao": "chỉ tiêu được
 * giao"); otherwise the unit's own "plan". The seed documents are described with this wording.
 */
export function targetKind(sourceDocument: string): 'plan' | 'assigned' {
  return /\bassigned\b|\bgiao\b/i.test(sourceDocument) ? 'assigned' : 'plan';
}

/** The row's basis: the column, else what denominator_note clearly names; plan fulfilment is always plan_count. */
function basisOfRow(row: FactRow, fail: FailAt): Basis | null {
  const given = basisOf(row.basis, fail);
  if (row.kind === 'plan_fulfilment') {
    if (given !== null && given !== 'plan_count') fail('basis', `plan fulfilment is a share of its plan (plan_count), not "${given}"`);
    return 'plan_count';
  }
  if (given === 'plan_count') fail('basis', 'plan_count is the basis of plan_fulfilment rows only');
  if (given !== null) return given;
  const named = basisOfNote(row.denominator_note);
  return named === 'plan_count' ? null : named;
}

/** The row's source label, when it has one. */
export function labelOfRow(row: FactRow, fail: FailAt): BilingualText | null {
  return labelOf(row.label_vi, row.label_en, fail);
}

/** A target row: a year, a percent on a basis, a kind and a source. */
export function readTarget(row: FactRow, fail: FailAt): TargetInput {
  if (!/^\d{4}$/.test(row.period)) fail('period', `a target is for a year, not "${row.period}"`);
  return {
    unit: unitOf(row.unit_structure, row.unit_code, fail),
    indicator: indicatorOf(row.indicator, fail),
    year: Number(row.period),
    percent: percentOf(row.value_percent, fail),
    basis: basisOfRow(row, fail),
    kind: targetKindOf(row.target_kind, fail) ?? targetKind(row.source_document),
    sourceDocument: row.source_document,
    sourceDate: dateOf(row.source_date, 'source_date', fail),
    label: labelOfRow(row, fail),
    note: row.denominator_note || null,
  };
}

/** An actual row: a published coverage rate, with its counts when the source gives them. */
export function readRate(row: FactRow, fail: FailAt): PublishedRate {
  const numerator = countOf(row.numerator, 'numerator', fail);
  const denominator = countOf(row.denominator, 'denominator', fail);
  if (numerator !== null && denominator !== null && numerator > denominator) {
    fail('numerator', `${numerator} is larger than the denominator ${denominator}`);
  }
  return {
    indicator: indicatorOf(row.indicator, fail),
    percent: percentOf(row.value_percent, fail),
    numerator,
    denominator,
    denominatorNote: row.denominator_note || null,
    basis: basisOfRow(row, fail),
  };
}

/** A plan_fulfilment row: the percent of its plan a count reached (counts are not given for it). */
export function readFulfilment(row: FactRow, fail: FailAt): PlanFulfilment {
  if (row.numerator !== '' || row.denominator !== '') fail(row.numerator !== '' ? 'numerator' : 'denominator', 'plan fulfilment is given as a percent only');
  basisOfRow(row, fail);
  return {
    indicator: indicatorOf(row.indicator, fail),
    percent: percentOf(row.value_percent, fail, MAX_FULFILMENT),
    note: row.denominator_note || null,
  };
}
