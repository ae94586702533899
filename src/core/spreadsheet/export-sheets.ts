/**
 * The export: one sheet per indicator for reading (each figure with its counts, rate, basis, the
 * target of its year, the gap and both sources; a target with no figure that year on a line of its
 * own), then the two data sheets an import reads back unchanged, then the guide. The data sheet of
 * figures holds the submission series only (chat submissions and imports): a document's figures
 * are in the indicator sheets, and an import never rewrites a document.
 */
import { sourceText, targetsFor } from '../answer/figure-text.js';
import { computeIndicator, sameBasis } from '../indicators/index.js';
import { comparePeriods, periodYear } from '../periods/index.js';
import { COUNT_KEYS, INDICATORS, type IndicatorCode, type Report, type Target, type Unit } from '../types.js';
import {
  BASIS_WORDS,
  FIGURE_COLUMNS,
  FIGURES_SHEET,
  indicatorSheetName,
  periodCell,
  STRUCTURE_WORDS,
  TARGET_COLUMNS,
  TARGET_KIND_WORDS,
  TARGETS_SHEET,
} from './layout.js';
import type { SheetSpec, SpecColumn, SpecValue } from './sheet-spec.js';
import { dataSheet, guideSheet } from './template-sheets.js';

export interface ExportInput {
  /** The units exported, in the order shown (the unit asked for, then its sub-units). */
  readonly units: readonly Unit[];
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
  /** First and last year kept, or null for no bound. */
  readonly from: number | null;
  readonly to: number | null;
}

const INDICATOR_COLUMNS: readonly SpecColumn[] = [
  { header: 'Mã đơn vị', width: 11, format: 'text' },
  { header: 'Tên đơn vị', width: 26, format: 'text' },
  { header: 'Kỳ báo cáo', width: 12, format: 'text' },
  { header: 'Số liệu đến ngày', width: 14, format: 'date' },
  { header: 'Số người tham gia', width: 16, format: 'count' },
  { header: 'Mẫu số (số người)', width: 16, format: 'count' },
  { header: 'Tỷ lệ', width: 10, format: 'percent' },
  { header: 'Cơ sở tính', width: 28, format: 'text' },
  { header: 'Chỉ tiêu', width: 10, format: 'percent' },
  { header: 'Loại chỉ tiêu', width: 12, format: 'text' },
  { header: 'Chênh lệch so với chỉ tiêu (điểm %)', width: 16, format: 'points' },
  { header: 'Nguồn số liệu', width: 40, format: 'text' },
  { header: 'Nguồn chỉ tiêu', width: 40, format: 'text' },
];

const structureWord = (unit: Unit) => STRUCTURE_WORDS[unit.structure][0] as string;
/** An indicator sheet has no structure column: an old unit's name says so. */
const unitName = (unit: Unit) => (unit.structure === 'pre2025' ? `${unit.fullName} (trước 1/7/2025)` : unit.fullName);
const fraction = (percent: number) => Math.round(percent * 10_000) / 1_000_000;
const targetSource = (t: Target) => t.label?.vi ?? [t.sourceDocument, t.sourceDate].filter(Boolean).join(', ');

function yearOf(report: Report): number | null {
  return report.period ? periodYear(report.period) : report.asOf ? Number(report.asOf.slice(0, 4)) : null;
}

function within(year: number | null, input: ExportInput): boolean {
  return year !== null && (input.from === null || year >= input.from) && (input.to === null || year <= input.to);
}

function indicatorRows(code: IndicatorCode, reports: readonly Report[], targets: readonly Target[], order: Map<number, Unit>): SpecValue[][] {
  const rows: SpecValue[][] = [];
  for (const unit of order.values()) {
    const own = targets.filter((t) => t.unitId === unit.id);
    const years = new Set<number>();
    for (const report of reports.filter((r) => r.unitId === unit.id)) {
      const value = computeIndicator(report, code);
      const year = yearOf(report);
      if (value === null || year === null) continue;
      years.add(year);
      const candidates = targetsFor(own, code, year);
      const target = candidates.find((t) => sameBasis(t.basis, value.basis)) ?? candidates[0];
      const gap = target && sameBasis(target.basis, value.basis) ? Math.round((value.percent - target.percent) * 100) / 100 : null;
      rows.push([
        unit.code,
        unitName(unit),
        report.period ? periodCell(report.period) : null,
        report.asOf,
        value.numerator,
        value.denominator,
        fraction(value.percent),
        value.basis ? BASIS_WORDS[value.basis] : null,
        target ? fraction(target.percent) : null,
        target ? TARGET_KIND_WORDS[target.kind] : null,
        gap,
        sourceText(report, 'vi'),
        target ? targetSource(target) : null,
      ]);
    }
    for (const t of own.filter((t) => t.indicator === code && !years.has(t.year)).sort((a, b) => a.year - b.year)) {
      const kind = TARGET_KIND_WORDS[t.kind];
      rows.push([
        unit.code,
        unit.fullName,
        String(t.year),
        null,
        null,
        null,
        null,
        t.basis ? BASIS_WORDS[t.basis] : null,
        fraction(t.percent),
        kind,
        null,
        null,
        targetSource(t),
      ]);
    }
  }
  return rows;
}

/** The sheets of an export. */
export function exportSheets(input: ExportInput): SheetSpec[] {
  const order = new Map(input.units.map((u) => [u.id, u]));
  const byPeriod = (a: Report, b: Report) => comparePeriods(a.period ?? a.asOf ?? '', b.period ?? b.asOf ?? '') || a.id - b.id;
  const reports = input.reports.filter((r) => order.has(r.unitId) && within(yearOf(r), input)).sort(byPeriod);
  const targets = input.targets.filter((t) => order.has(t.unitId) && within(t.year, input));
  const sheets: SheetSpec[] = [];
  for (const code of INDICATORS) {
    const rows = indicatorRows(code, reports, targets, order);
    if (rows.length > 0) sheets.push({ name: indicatorSheetName(code), columns: INDICATOR_COLUMNS, rows });
  }
  const figureRows = [...order.values()].flatMap((unit) =>
    reports
      .filter((r) => r.unitId === unit.id && r.period !== null && (r.source.kind === 'submission' || r.source.kind === 'import'))
      .map((r): SpecValue[] => [
        unit.code,
        structureWord(unit),
        unit.fullName,
        periodCell(r.period as string),
        ...COUNT_KEYS.map((k) => r.counts[k] ?? null),
        sourceText(r, 'vi'),
      ]),
  );
  const targetRows = [...order.values()].flatMap((unit) =>
    targets
      .filter((t) => t.unitId === unit.id)
      .sort((a, b) => INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator) || a.year - b.year || a.id - b.id)
      .map((t): SpecValue[] => [
        unit.code,
        structureWord(unit),
        unit.fullName,
        indicatorSheetName(t.indicator),
        t.year,
        fraction(t.percent),
        t.basis ? BASIS_WORDS[t.basis] : null,
        TARGET_KIND_WORDS[t.kind],
        t.sourceDocument,
        t.sourceDate,
        t.label?.vi ?? null,
        t.label?.en ?? null,
        t.note,
      ]),
  );
  sheets.push(dataSheet(FIGURES_SHEET, FIGURE_COLUMNS, figureRows), dataSheet(TARGETS_SHEET, TARGET_COLUMNS, targetRows), guideSheet());
  return sheets;
}
