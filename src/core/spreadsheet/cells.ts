/**
 * A workbook as the import reads it, whatever it came from (an XLSX unpacked by the adapter, or a CSV
 * whose cells are all text), and the readers of one cell. A reader returns the value, or the problem
 * that makes the cell unusable.
 */

/** One cell as the file holds it. */
export type Cell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  /** `percent`: the cell is formatted as a percentage, so 0.1683 means 16.83 %. */
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'formula' }
  /** An error value (#N/A), a picture or anything else no column takes. */
  | { readonly kind: 'other'; readonly text: string };

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  readonly row: number;
  readonly cells: readonly Cell[];
}

export interface Sheet {
  readonly name: string;
  /** Rows in order, the header first; rows with no cell at all may be left out. */
  readonly rows: readonly SheetRow[];
}

export interface WorkbookData {
  readonly sheets: readonly Sheet[];
  /** A CSV: every cell is text, so numbers are read from text ("41.200", "16,83"). */
  readonly textOnly: boolean;
}

export const EMPTY: Cell = { kind: 'empty' };

/** Why a cell cannot be used. */
export type CellProblem =
  | { readonly code: 'formula' }
  | { readonly code: 'text_in_number'; readonly text: string }
  | { readonly code: 'not_a_number'; readonly text: string }
  | { readonly code: 'bad_date'; readonly text: string }
  | { readonly code: 'missing' };

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CellProblem };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (problem: CellProblem): Read<never> => ({ ok: false, problem });

/** Whether the cell holds nothing (blank text counts as nothing). */
export function isBlank(cell: Cell): boolean {
  return cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}

/** The cell as text (a number as its digits, a date as ISO), or null when blank. */
export function readText(cell: Cell): Read<string | null> {
  switch (cell.kind) {
    case 'empty':
      return ok(null);
    case 'text':
      return ok(cell.text.trim() === '' ? null : cell.text.trim());
    case 'number':
      return ok(String(cell.value));
    case 'date':
      return ok(cell.iso);
    case 'formula':
      return bad({ code: 'formula' });
    case 'other':
      return bad({ code: 'not_a_number', text: cell.text });
  }
}

/** "41.200", "41 200", "41200", "41,5" (a decimal, which the count rules then refuse) as a number. */
function numberOfText(text: string): number | null {
  const t = text.replace(/\u00a0/g, ' ').trim();
  if (/^-?\d{1,3}(?:[. ]\d{3})+$/.test(t)) return Number(t.replace(/[. ]/g, ''));
  if (/^-?\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/**
 * A number: a number cell as it is; in a workbook a text cell is refused (a number stored as text
 * is a slip the person should see), in a CSV the text is read with Vietnamese separators.
 */
export function readNumber(cell: Cell, textOnly: boolean): Read<number | null> {
  if (cell.kind === 'number') return ok(cell.value);
  if (cell.kind === 'formula') return bad({ code: 'formula' });
  if (isBlank(cell)) return ok(null);
  const text = cell.kind === 'text' ? cell.text.trim() : cell.kind === 'date' ? cell.iso : cell.kind === 'other' ? cell.text : '';
  if (!textOnly || cell.kind !== 'text') return bad({ code: 'text_in_number', text });
  const value = numberOfText(text);
  return value === null ? bad({ code: 'not_a_number', text }) : ok(value);
}

/**
 * A percentage in percent points (16.83): a cell formatted as a percentage holds a fraction (0.1683);
 * any other number is already in points; a CSV may write "16,83" or "16,83%".
 */
export function readPercent(cell: Cell, textOnly: boolean): Read<number | null> {
  if (cell.kind === 'number') return ok(cell.percent ? cell.value * 100 : cell.value);
  if (textOnly && cell.kind === 'text' && /%\s*$/.test(cell.text)) return readNumber({ kind: 'text', text: cell.text.replace(/%\s*$/, '') }, true);
  return readNumber(cell, textOnly);
}

/** A date: a date cell, or text "18/01/2023" or "2023-01-18"; null when blank. */
export function readDate(cell: Cell): Read<string | null> {
  if (cell.kind === 'date') return ok(cell.iso);
  if (cell.kind === 'formula') return bad({ code: 'formula' });
  if (isBlank(cell)) return ok(null);
  const text = cell.kind === 'text' ? cell.text.trim() : cell.kind === 'number' ? String(cell.value) : cell.kind === 'other' ? cell.text : '';
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = vn ? `${vn[3]}-${(vn[2] as string).padStart(2, '0')}-${(vn[1] as string).padStart(2, '0')}` : text;
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) return bad({ code: 'bad_date', text });
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? bad({ code: 'bad_date', text }) : ok(iso);
}
