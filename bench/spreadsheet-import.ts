/**
 * Import throughput: a 10,000-row workbook of figures (every post-2025 commune, for as many years
 * as it takes), read, checked and stored in one transaction as the admin command does it. The first
 * run stores every row as new, each later run changes every row (so each is a new version); a last
 * run imports the same file again (nothing written). Rows per second of each run; the caller prints.
 */
import ExcelJS from 'exceljs';
import { importSpreadsheet } from '../src/app/spreadsheet/import-spreadsheet.js';
import { FIGURE_COLUMNS, FIGURES_SHEET, periodCell } from '../src/core/spreadsheet/index.js';
import type { UnitIndex } from '../src/core/units/unit-index.js';
import type { Store } from '../src/ports/store.js';

export const IMPORT_ROWS = 10_000;

export interface ImportTimings {
  /** Rows per second of each run that wrote every row (the first: all new; the others: all changed). */
  readonly writing: readonly number[];
  /** Rows per second of importing the last file again (nothing written). */
  readonly unchanged: number;
  /** The workbook's size in bytes. */
  readonly bytes: number;
}

/** A workbook of IMPORT_ROWS rows; `step` makes every count differ from another step's. */
async function workbook(index: UnitIndex, step: number): Promise<Uint8Array> {
  const communes = index.units.filter((u) => u.structure === 'post2025' && u.level === 'commune');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(FIGURES_SHEET);
  ws.addRow(FIGURE_COLUMNS.map((c) => c.header));
  for (let i = 0; i < IMPORT_ROWS; i += 1) {
    const unit = communes[i % communes.length];
    if (!unit) throw new Error('no communes to import for');
    const year = 2025 - Math.floor(i / communes.length);
    const ld = 20_000 + (i % 997) + step;
    ws.addRow([
      unit.code,
      'Từ 1/7/2025',
      null,
      periodCell(String(year)),
      ld,
      null,
      Math.floor(ld / 5),
      Math.floor(ld / 50),
      Math.floor(ld / 6),
      null,
      null,
      null,
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Times `runs` writing imports and one unchanged import. */
export async function benchImport(store: Store, index: UnitIndex, runs = 5): Promise<ImportTimings> {
  const now = new Date('2026-11-25T03:00:00Z');
  const timeImport = async (bytes: Uint8Array, expectWritten: boolean): Promise<number> => {
    const start = performance.now();
    const outcome = await importSpreadsheet(
      { store, units: () => index },
      { fileName: 'bench.xlsx', bytes, scope: 'all', language: 'vi', personId: null, channel: null, now },
    );
    const seconds = (performance.now() - start) / 1000;
    const written = outcome.stored ? outcome.stored.figures.created + outcome.stored.figures.changed : -1;
    if (written !== (expectWritten ? IMPORT_ROWS : 0)) throw new Error(`bench: import wrote ${written} rows: ${outcome.text.slice(0, 300)}`);
    return IMPORT_ROWS / seconds;
  };
  const writing: number[] = [];
  let last: Uint8Array = new Uint8Array();
  for (let run = 0; run < runs; run += 1) {
    last = await workbook(index, run);
    writing.push(await timeImport(last, true));
  }
  return { writing, unchanged: await timeImport(last, false), bytes: last.length };
}

/** "PGlite: import 10,000-row workbook (…): median … rows/s (…–…, 5 runs); unchanged again …". */
export function importLine(name: string, t: ImportTimings): string {
  const sorted = [...t.writing].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const r = (n: number) => Math.round(n).toLocaleString('en-US');
  return `${name}: import ${r(IMPORT_ROWS)}-row workbook (${(t.bytes / 1024).toFixed(0)} KB): median ${r(median)} rows/s (spread ${r(sorted[0] ?? 0)}–${r(sorted.at(-1) ?? 0)}, ${sorted.length} runs, each row a new version); the same file again ${r(t.unchanged)} rows/s`;
}
