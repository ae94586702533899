/** Finds a sheet's columns by their headers in row 1, whatever their order. */
import { fold } from '../text/fold.js';
import { type Cell, readText, type Sheet } from './cells.js';
import type { ColumnDef } from './layout.js';

/** Where each column is, and what the file calls it. */
export interface ColumnMap {
  readonly at: ReadonlyMap<string, number>;
  readonly header: (id: string) => string;
}

/** Whether a header names the column: its Vietnamese header, its id, or its key in brackets ("… (bb)"). */
function names(text: string, def: ColumnDef): boolean {
  const folded = fold(text);
  if (folded === fold(def.header) || folded === fold(def.id)) return true;
  const bracket = /\(([^()]+)\)\s*$/.exec(text.trim());
  return bracket !== null && fold(bracket[1] as string) === fold(def.id) && /\([^()]+\)\s*$/.test(def.header);
}

/** The columns found; `missing` lists the required ones the header row lacks (their Vietnamese headers). */
export function mapColumns(sheet: Sheet, defs: readonly ColumnDef[]): { map: ColumnMap; missing: string[] } {
  const first = sheet.rows[0];
  const headerCells: readonly Cell[] = first && first.row === 1 ? first.cells : [];
  const texts = headerCells.map((cell) => {
    const read = readText(cell);
    return read.ok ? (read.value ?? '') : '';
  });
  const at = new Map<string, number>();
  for (const def of defs) {
    const index = texts.findIndex((text, i) => text !== '' && names(text, def) && ![...at.values()].includes(i));
    if (index >= 0) at.set(def.id, index);
  }
  const missing = defs.filter((d) => d.required && !at.has(d.id)).map((d) => d.header);
  const header = (id: string) => {
    const index = at.get(id);
    return (index === undefined ? undefined : texts[index]) || (defs.find((d) => d.id === id)?.header ?? id);
  };
  return { map: { at, header }, missing };
}
