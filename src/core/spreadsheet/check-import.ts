/**
 * Checks a whole workbook before anything is stored: the data sheets are there with their columns,
 * the rows are within the limit, and every row is sound. Any bad row and the file is refused with
 * every problem listed: a file is imported whole or not at all.
 */
import { fold } from '../text/fold.js';
import { isBlank, type Sheet, type WorkbookData } from './cells.js';
import { type CheckedFigures, checkFigures } from './check-figures.js';
import { type CheckedTarget, checkTarget } from './check-targets.js';
import { mapColumns } from './columns.js';
import { FIGURE_COLUMNS, FIGURES_SHEET, MAX_IMPORT_ROWS, TARGET_COLUMNS, TARGETS_SHEET } from './layout.js';
import type { FileRefusal, RowProblem } from './problems.js';
import { type CheckContext, RowReader } from './row-reader.js';

export type ImportCheck =
  | { readonly kind: 'refused'; readonly refusal: FileRefusal }
  | { readonly kind: 'invalid'; readonly problems: readonly RowProblem[] }
  | { readonly kind: 'ok'; readonly figures: readonly CheckedFigures[]; readonly targets: readonly CheckedTarget[] };

const isSheet = (sheet: Sheet, name: string) => fold(sheet.name) === fold(name);

/** Data rows: after the header, not wholly blank. */
const dataRows = (sheet: Sheet) => sheet.rows.filter((r) => r.row > 1 && !r.cells.every(isBlank));

/** A CSV holds one sheet: targets when its header names an indicator column, else figures. */
function sheetsOf(book: WorkbookData): { figures?: Sheet; targets?: Sheet } {
  if (!book.textOnly) return { figures: book.sheets.find((s) => isSheet(s, FIGURES_SHEET)), targets: book.sheets.find((s) => isSheet(s, TARGETS_SHEET)) };
  const sheet = book.sheets[0];
  if (!sheet) return {};
  const targetLike = mapColumns(sheet, TARGET_COLUMNS).map.at.has('indicator');
  return targetLike ? { targets: { ...sheet, name: TARGETS_SHEET } } : { figures: { ...sheet, name: FIGURES_SHEET } };
}

/** Checks the workbook; `ok` carries the rows ready to store. */
export function checkImport(book: WorkbookData, ctx: CheckContext): ImportCheck {
  const first = book.sheets[0]?.rows[0];
  if (book.textOnly && first?.cells.some((c) => c.kind === 'text' && c.text.trim() === 'value_percent')) {
    return { kind: 'refused', refusal: { code: 'facts_format' } };
  }
  const { figures, targets } = sheetsOf(book);
  if (!figures && !targets) return { kind: 'refused', refusal: { code: 'no_data_sheet', found: book.sheets.map((s) => s.name) } };
  const plan = [
    { sheet: figures, defs: FIGURE_COLUMNS },
    { sheet: targets, defs: TARGET_COLUMNS },
  ].flatMap(({ sheet, defs }) => (sheet ? [{ sheet, ...mapColumns(sheet, defs) }] : []));
  for (const { sheet, missing } of plan) {
    if (missing.length > 0) return { kind: 'refused', refusal: { code: 'missing_columns', sheet: sheet.name, columns: missing } };
  }
  const rowCount = plan.reduce((n, { sheet }) => n + dataRows(sheet).length, 0);
  if (rowCount > MAX_IMPORT_ROWS) return { kind: 'refused', refusal: { code: 'too_many_rows', rows: rowCount, limit: MAX_IMPORT_ROWS } };
  if (rowCount === 0) return { kind: 'refused', refusal: { code: 'no_rows' } };

  const problems: RowProblem[] = [];
  const goodFigures: CheckedFigures[] = [];
  const goodTargets: CheckedTarget[] = [];
  const seen = new Map<string, number>();
  for (const { sheet, map } of plan) {
    const isFigures = sheet === figures;
    for (const row of dataRows(sheet)) {
      const reader = new RowReader(sheet.name, row, map);
      const checked = isFigures ? checkFigures(reader, ctx) : checkTarget(reader, ctx);
      problems.push(...reader.problems);
      if (checked === null) continue;
      const key =
        'period' in checked ? `f|${checked.unitId}|${checked.period}` : `t|${checked.unitId}|${checked.indicator}|${checked.year}|${checked.sourceDocument}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({ sheet: sheet.name, row: row.row, column: null, detail: { code: 'duplicate_row', otherRow: earlier } });
        continue;
      }
      seen.set(key, row.row);
      if ('period' in checked) goodFigures.push(checked);
      else goodTargets.push(checked);
    }
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  return { kind: 'ok', figures: goodFigures, targets: goodTargets };
}
