/**
 * Reads a facts file (the format of data/seed-facts.csv, see data/README.md) into document reports
 * and targets. Figures published together (same unit, period, as-of date and document) become one
 * report carrying several rates and plan fulfilments. Every error names the line and the column.
 */

import { periodEnd, periodStart } from '../core/periods/index.js';
import type { BilingualText, PlanFulfilment, PublishedRate } from '../core/types.js';
import type { DocumentReportInput, TargetInput } from '../ports/figures-store.js';
import { ImportError, readCsv } from './csv.js';
import { dateOf, type FailAt, periodOf, unitOf } from './fact-fields.js';
import { FACT_COLUMNS, type FactRow, labelOfRow, OPTIONAL_FACT_COLUMNS, readFulfilment, readRate, readTarget } from './fact-rows.js';

export { FACT_COLUMNS, OPTIONAL_FACT_COLUMNS, targetKind } from './fact-rows.js';

/** What a facts file holds. */
export interface FactSet {
  readonly reports: DocumentReportInput[];
  readonly targets: TargetInput[];
}

type ReportDraft = DocumentReportInput & {
  rates: PublishedRate[];
  fulfilment: PlanFulfilment[];
  sourceLabel: BilingualText | null;
  /** The line of the first actual row, whose label is the report's; null while there is none. */
  labelLine: number | null;
};

/** The report an actual or plan_fulfilment row belongs to, created on its first row. */
function draftFor(reports: Map<string, ReportDraft>, row: FactRow, fail: FailAt): ReportDraft {
  const unit = unitOf(row.unit_structure, row.unit_code, fail);
  const period = periodOf(row.period, fail);
  const asOf = dateOf(row.as_of, 'as_of', fail);
  if (period === null && asOf === null) {
    fail('period', `${row.kind === 'actual' ? 'an actual figure' : 'a plan fulfilment'} needs a period or an as_of date`);
  }
  const key = JSON.stringify([unit.structure, unit.code, period, asOf, row.source_document]);
  const draft: ReportDraft = reports.get(key) ?? {
    unit,
    period,
    periodStart: period && periodStart(period),
    periodEnd: period && periodEnd(period),
    asOf,
    counts: {},
    rates: [],
    fulfilment: [],
    sourceDocument: row.source_document,
    sourceDate: dateOf(row.source_date, 'source_date', fail),
    sourceLabel: null,
    sourceNote: null,
    labelLine: null,
  };
  reports.set(key, draft);
  return draft;
}

/**
 * The report's label is that of its actual rows, which must agree (they describe one publication);
 * a report of plan fulfilment only takes its first row's.
 */
function takeLabel(draft: ReportDraft, row: FactRow, fail: FailAt): void {
  const label = labelOfRow(row, fail);
  if (row.kind !== 'actual') {
    if (draft.labelLine === null && draft.rates.length === 0 && draft.fulfilment.length === 0) draft.sourceLabel = label;
    return;
  }
  if (draft.labelLine === null) {
    draft.sourceLabel = label;
    draft.labelLine = row.line;
  } else if (JSON.stringify(label) !== JSON.stringify(draft.sourceLabel)) {
    fail(label ? 'label_vi' : 'label_en', `the label differs from line ${draft.labelLine}, another figure of the same report`);
  }
}

/** Adds an actual or plan_fulfilment row to the report of its unit, period, as-of date and document. */
function addFigure(reports: Map<string, ReportDraft>, row: FactRow, fail: FailAt): void {
  const draft = draftFor(reports, row, fail);
  if (row.kind === 'actual') {
    const rate = readRate(row, fail);
    if (draft.rates.some((r) => r.indicator === rate.indicator)) {
      fail('indicator', `${rate.indicator} is given twice for the same unit, period and source`);
    }
    takeLabel(draft, row, fail);
    draft.rates.push(rate);
  } else {
    const fulfilment = readFulfilment(row, fail);
    if (draft.fulfilment.some((f) => f.indicator === fulfilment.indicator)) {
      fail('indicator', `the plan fulfilment of ${fulfilment.indicator} is given twice for the same unit, period and source`);
    }
    takeLabel(draft, row, fail);
    draft.fulfilment.push(fulfilment);
  }
}

function withoutDraftFields({ labelLine: _line, ...report }: ReportDraft): DocumentReportInput {
  return report;
}

/** Parses the facts file at `file`; throws ImportError naming the line and column of the first bad value. */
export async function readFacts(file: string): Promise<FactSet> {
  const reports = new Map<string, ReportDraft>();
  const targets = new Map<string, TargetInput>();
  for (const row of await readCsv(file, FACT_COLUMNS, OPTIONAL_FACT_COLUMNS)) {
    const fail: FailAt = (column, message) => {
      throw new ImportError(`${column}: ${message}`, file, row.line);
    };
    if (!row.source_document) fail('source_document', 'every figure needs its source');
    if (row.target_kind !== '' && row.kind !== 'target') fail('target_kind', 'is for target rows only');
    if (row.kind === 'actual' || row.kind === 'plan_fulfilment') {
      addFigure(reports, row, fail);
    } else if (row.kind === 'target') {
      const target = readTarget(row, fail);
      const key = JSON.stringify([target.unit.structure, target.unit.code, target.indicator, target.year, target.sourceDocument]);
      if (targets.has(key)) fail('indicator', `the ${target.year} ${target.indicator} target of this source is given twice`);
      targets.set(key, target);
    } else {
      fail('kind', `must be "actual", "target" or "plan_fulfilment", not "${row.kind}"`);
    }
  }
  return { reports: [...reports.values()].map(withoutDraftFields), targets: [...targets.values()] };
}
