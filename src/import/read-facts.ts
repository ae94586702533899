/**
 * Reads a facts file (the format of data/seed-facts.csv, see data/README.md) into document reports
 * and targets. Actual figures published together (same unit, period, as-of date and document) become
 * one report carrying several rates. Every error names the line and the column.
 */
import type { PublishedRate } from '../core/types.js';
import { periodEnd, periodStart } from '../core/periods/index.js';
import type { DocumentReportInput, TargetInput } from '../ports/store.js';
import { ImportError, readCsv, type CsvRow } from './csv.js';
import { countOf, dateOf, indicatorOf, percentOf, periodOf, unitOf, type FailAt } from './fact-fields.js';

/** The columns the reader needs; `unit_name` and `source_file` are for people and may be absent. */
export const FACT_COLUMNS = [
  'unit_structure', 'unit_code', 'indicator', 'kind', 'period', 'as_of', 'value_percent', 'numerator',
  'denominator', 'denominator_note', 'source_document', 'source_date',
] as const;
type FactRow = CsvRow<(typeof FACT_COLUMNS)[number]>;

/** What a facts file holds. */
export interface FactSet {
  readonly reports: DocumentReportInput[];
  readonly targets: TargetInput[];
}

type ReportDraft = DocumentReportInput & { rates: PublishedRate[] };

/**
 * The rule for a target's kind: "assigned" (given by the government or a superior body) when its
 * source says so in English or Vietnamese ("assigned", "giao": "chỉ tiêu được giao"); otherwise the
 * unit's own "plan". The seed documents are described with this wording.
 */
export function targetKind(sourceDocument: string): TargetInput['kind'] {
  return /\bassigned\b|\bgiao\b/i.test(sourceDocument) ? 'assigned' : 'plan';
}

function readTarget(row: FactRow, fail: FailAt): TargetInput {
  if (!/^\d{4}$/.test(row.period)) fail('period', `a target is for a year, not "${row.period}"`);
  return {
    unit: unitOf(row.unit_structure, row.unit_code, fail),
    indicator: indicatorOf(row.indicator, fail),
    year: Number(row.period),
    percent: percentOf(row.value_percent, fail),
    kind: targetKind(row.source_document),
    sourceDocument: row.source_document,
    sourceDate: dateOf(row.source_date, 'source_date', fail),
    note: row.denominator_note || null,
  };
}

function readRate(row: FactRow, fail: FailAt): PublishedRate {
  const numerator = countOf(row.numerator, 'numerator', fail);
  const denominator = countOf(row.denominator, 'denominator', fail);
  if (numerator !== null && denominator !== null && numerator > denominator) {
    fail('numerator', `${numerator} is larger than the denominator ${denominator}`);
  }
  return {
    indicator: indicatorOf(row.indicator, fail),
    percent: percentOf(row.value_percent, fail),
    numerator, denominator, denominatorNote: row.denominator_note || null,
  };
}

/** Adds an actual row to the report of its unit, period, as-of date and document. */
function addActual(reports: Map<string, ReportDraft>, row: FactRow, fail: FailAt): void {
  const unit = unitOf(row.unit_structure, row.unit_code, fail);
  const period = periodOf(row.period, fail);
  const asOf = dateOf(row.as_of, 'as_of', fail);
  if (period === null && asOf === null) fail('period', 'an actual figure needs a period or an as_of date');
  const rate = readRate(row, fail);
  const key = JSON.stringify([unit.structure, unit.code, period, asOf, row.source_document]);
  const report: ReportDraft = reports.get(key) ?? {
    unit, period, periodStart: period && periodStart(period), periodEnd: period && periodEnd(period), asOf,
    counts: {}, rates: [], sourceDocument: row.source_document,
    sourceDate: dateOf(row.source_date, 'source_date', fail), sourceNote: null,
  };
  if (report.rates.some((r) => r.indicator === rate.indicator)) {
    fail('indicator', `${rate.indicator} is given twice for the same unit, period and source`);
  }
  report.rates.push(rate);
  reports.set(key, report);
}

/** Parses the facts file at `file`; throws ImportError naming the line and column of the first bad value. */
export async function readFacts(file: string): Promise<FactSet> {
  const reports = new Map<string, ReportDraft>();
  const targets = new Map<string, TargetInput>();
  for (const row of await readCsv(file, FACT_COLUMNS)) {
    const fail: FailAt = (column, message) => {
      throw new ImportError(`${column}: ${message}`, file, row.line);
    };
    if (!row.source_document) fail('source_document', 'every figure needs its source');
    if (row.kind === 'actual') {
      addActual(reports, row, fail);
    } else if (row.kind === 'target') {
      const target = readTarget(row, fail);
      const key = JSON.stringify([target.unit.structure, target.unit.code, target.indicator, target.year, target.sourceDocument]);
      if (targets.has(key)) fail('indicator', `the ${target.year} ${target.indicator} target of this source is given twice`);
      targets.set(key, target);
    } else {
      fail('kind', `must be "actual" or "target", not "${row.kind}"`);
    }
  }
  return { reports: [...reports.values()], targets: [...targets.values()] };
}
