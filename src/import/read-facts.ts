/**
 * Reads a facts file (the format of data/seed-facts.csv: see data/README.md) into document reports
 * and targets. Actual figures published together (same unit, period, as-of date and document) become
 * one report carrying several rates. Every error names the line and the column.
 */
import type { IndicatorCode, PublishedRate, Structure, UnitLevel, UnitRef } from '../core/types.js';
import { INDICATORS } from '../core/types.js';
import { periodEnd, periodParts, periodStart } from '../core/periods/index.js';
import type { DocumentReportInput, TargetInput } from '../ports/store.js';
import { ImportError, readCsv, type CsvRow } from './csv.js';

export const FACT_COLUMNS = [
  'unit_structure', 'unit_code', 'indicator', 'kind', 'period', 'as_of', 'value_percent', 'numerator',
  'denominator', 'denominator_note', 'source_document', 'source_date',
] as const;
type FactRow = CsvRow<(typeof FACT_COLUMNS)[number]>;

export interface FactSet {
  readonly reports: DocumentReportInput[];
  readonly targets: TargetInput[];
}

/**
 * A target is "assigned" (given by the government or a superior) when its source says so ("assigned",
 * "giao"); otherwise it is the province's own plan. The seed documents follow this wording.
 */
export function targetKind(sourceDocument: string): TargetInput['kind'] {
  return /assigned|\bgiao\b/i.test(sourceDocument) ? 'assigned' : 'plan';
}

const LEVEL_BY_CODE_LENGTH: Record<number, UnitLevel> = { 2: 'province', 3: 'district', 5: 'commune' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses the facts file; throws ImportError on the first bad line. */
export async function readFacts(file: string): Promise<FactSet> {
  const rows = await readCsv(file, FACT_COLUMNS);
  const reports = new Map<string, DocumentReportInput & { rates: PublishedRate[] }>();
  const targets: TargetInput[] = [];
  for (const row of rows) {
    const fail = (column: string, message: string): never => {
      throw new ImportError(`${column}: ${message}`, file, row.line);
    };
    const unit = unitOf(row, fail);
    const indicator = indicatorOf(row.indicator, fail);
    const percent = percentOf(row.value_percent, fail);
    const date = (column: 'as_of' | 'source_date') =>
      row[column] === '' ? null : ISO_DATE.test(row[column]) ? row[column] : fail(column, `"${row[column]}" is not a date (YYYY-MM-DD)`);
    if (!row.source_document) fail('source_document', 'every figure needs its source');
    if (row.kind === 'target') {
      if (!/^\d{4}$/.test(row.period)) fail('period', `a target is for a year, not "${row.period}"`);
      targets.push({
        unit, indicator, year: Number(row.period), percent, kind: targetKind(row.source_document),
        sourceDocument: row.source_document, sourceDate: date('source_date'), note: row.denominator_note || null,
      });
    } else if (row.kind === 'actual') {
      const period = row.period === '' ? null : periodParts(row.period) ? row.period : fail('period', `"${row.period}" is not a period code (2025, 2025-6M, 2025-9M, 2025-Q2, 2025-06)`);
      const asOf = date('as_of');
      if (period === null && asOf === null) fail('period', 'an actual figure needs a period or an as_of date');
      const numerator = countOf(row.numerator, 'numerator', fail);
      const denominator = countOf(row.denominator, 'denominator', fail);
      if (numerator !== null && denominator !== null && numerator > denominator) {
        fail('numerator', `${numerator} is larger than the denominator ${denominator}`);
      }
      const key = [unit.structure, unit.code, period, asOf, row.source_document].join('|');
      const report = reports.get(key) ?? {
        unit, period, periodStart: period ? periodStart(period) : null, periodEnd: period ? periodEnd(period) : null,
        asOf, counts: {}, rates: [], sourceDocument: row.source_document, sourceDate: date('source_date'), sourceNote: null,
      };
      if (report.rates.some((r) => r.indicator === indicator)) fail('indicator', `${indicator} appears twice for the same unit, period and source`);
      report.rates.push({ indicator, percent, numerator, denominator, denominatorNote: row.denominator_note || null });
      reports.set(key, report);
    } else {
      fail('kind', `must be "actual" or "target", not "${row.kind}"`);
    }
  }
  return { reports: [...reports.values()], targets };
}

function unitOf(row: FactRow, fail: (column: string, message: string) => never): UnitRef {
  const structure = row.unit_structure;
  if (structure !== 'pre2025' && structure !== 'post2025') fail('unit_structure', `must be pre2025 or post2025, not "${structure}"`);
  const level = LEVEL_BY_CODE_LENGTH[row.unit_code.length];
  if (!level || !/^\d+$/.test(row.unit_code)) fail('unit_code', `"${row.unit_code}" is not a GSO code of 2, 3 or 5 digits`);
  return { structure: structure as Structure, level: level as UnitLevel, code: row.unit_code };
}

function indicatorOf(value: string, fail: (column: string, message: string) => never): IndicatorCode {
  return (INDICATORS as readonly string[]).includes(value)
    ? (value as IndicatorCode)
    : fail('indicator', `unknown indicator "${value}" (known: ${INDICATORS.join(', ')})`);
}

function percentOf(value: string, fail: (column: string, message: string) => never): number {
  const n = Number(value.replace(',', '.'));
  if (value === '' || !Number.isFinite(n) || n < 0 || n > 100) fail('value_percent', `"${value}" is not a percentage between 0 and 100`);
  return n;
}

function countOf(value: string, column: string, fail: (column: string, message: string) => never): number | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) fail(column, `"${value}" is not a whole non-negative number`);
  return Number(value);
}
