/**
 * A "Chỉ tiêu" row: a target of a unit for an indicator and a year, from a source document. The
 * percent is 0–100, the basis and kind are words of the layout (or their codes); a target's source
 * is required, as every target in the database has one.
 */
import { allIndicators } from '../indicators/index.js';
import { fold } from '../text/fold.js';
import { BASES, type IndicatorCode, TARGET_KINDS, type Target } from '../types.js';
import { readDate, readNumber, readPercent } from './cells.js';
import { BASIS_WORDS, indicatorSheetName, TARGET_KIND_WORDS } from './layout.js';
import { type CheckContext, type RowReader, readUnit } from './row-reader.js';

/** One checked target row: a target as it will be stored, and the sheet row it came from. */
export interface CheckedTarget extends Omit<Target, 'id'> {
  readonly row: number;
}

function indicatorOf(text: string): IndicatorCode | null {
  const folded = fold(text);
  for (const def of allIndicators()) {
    const names = [def.code, indicatorSheetName(def.code)];
    if (names.some((n) => fold(n) === folded)) return def.code;
  }
  return null;
}

function wordOf<T extends string>(text: string, codes: readonly T[], words: Readonly<Record<T, string>>): T | null {
  const folded = fold(text);
  return codes.find((c) => fold(c) === folded || fold(words[c]) === folded) ?? null;
}

/** Reads and checks one row; null when it has problems (recorded in the reader). */
export function checkTarget(r: RowReader, ctx: CheckContext): CheckedTarget | null {
  const unit = readUnit(r, ctx);
  const indicatorText = r.text('indicator');
  const indicator = indicatorText === null ? r.fail('indicator', { code: 'missing' }) : indicatorOf(indicatorText);
  if (indicatorText !== null && indicator === null) r.fail('indicator', { code: 'bad_indicator', text: indicatorText });
  const year = r.take('year', readNumber(r.cell('year'), ctx.textOnly));
  if (year === null) r.fail('year', { code: 'missing' });
  else if (!Number.isInteger(year) || year < 1995 || year > 2100) r.fail('year', { code: 'bad_year', text: String(year) });
  const percent = r.take('percent', readPercent(r.cell('percent'), ctx.textOnly));
  if (percent === null) r.fail('percent', { code: 'missing' });
  else if (!(percent >= 0 && percent <= 100)) r.fail('percent', { code: 'bad_percent', value: percent });
  const basisText = r.text('basis');
  const basis = basisText === null ? null : wordOf(basisText, BASES, BASIS_WORDS);
  if (basisText !== null && (basis === null || basis === 'plan_count')) r.fail('basis', { code: 'bad_basis', text: basisText });
  const kindText = r.text('target_kind');
  const kind = kindText === null ? r.fail('target_kind', { code: 'missing' }) : wordOf(kindText, TARGET_KINDS, TARGET_KIND_WORDS);
  if (kindText !== null && kind === null) r.fail('target_kind', { code: 'bad_kind', text: kindText });
  const sourceDocument = r.text('source_document');
  if (sourceDocument === null) r.fail('source_document', { code: 'missing' });
  const sourceDate = r.take('source_date', readDate(r.cell('source_date')));
  const vi = r.text('label_vi');
  const en = r.text('label_en');
  if ((vi === null) !== (en === null)) r.fail(vi === null ? 'label_vi' : 'label_en', { code: 'label_pair' });
  const note = r.text('note');
  if (unit === null || indicator === null || year === null || percent === null || kind === null || sourceDocument === null || r.problems.length > 0) {
    return null;
  }
  return {
    unitId: unit.id,
    indicator,
    year,
    percent,
    basis,
    kind,
    sourceDocument,
    sourceDate,
    label: vi !== null && en !== null ? { vi, en } : null,
    note,
    row: r.row.row,
  };
}
