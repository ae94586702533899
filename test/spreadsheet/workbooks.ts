/**
 * Test workbooks made with exceljs, in the import layout or broken on purpose (formulas, merged
 * cells, text in number cells), and zip files crafted byte by byte (zip bombs' shapes).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { FIGURE_COLUMNS, FIGURES_SHEET, TARGET_COLUMNS, TARGETS_SHEET } from '../../src/core/spreadsheet/index.js';

export type CellInput = ExcelJS.CellValue;

export const FIGURE_HEADERS = FIGURE_COLUMNS.map((c) => c.header);
export const TARGET_HEADERS = TARGET_COLUMNS.map((c) => c.header);

/** A figures row: code, structure, name, period, then the counts in COUNT_KEYS order (ld ds bb tn bhtn bhyt huu sth). */
export function figureRow(code: string, structure: string, name: string | null, period: CellInput, counts: Partial<Record<string, CellInput>>): CellInput[] {
  const keys = ['ld', 'ds', 'bb', 'tn', 'bhtn', 'bhyt', 'huu', 'sth'];
  return [code, structure, name, period, ...keys.map((k) => counts[k] ?? null)];
}

export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
}

/** A workbook of these sheets; `tweak` may change it before it is written (merge cells, set formats). */
export async function bookOf(sheets: readonly SheetInput[], tweak?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow([...row]);
  }
  tweak?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook with a "Số liệu" sheet of these rows under the layout's headers (and "Chỉ tiêu" when given). */
export function figuresBook(rows: readonly (readonly CellInput[])[], targets?: readonly (readonly CellInput[])[], tweak?: (wb: ExcelJS.Workbook) => void) {
  const sheets: SheetInput[] = [{ name: FIGURES_SHEET, rows: [FIGURE_HEADERS, ...rows] }];
  if (targets) sheets.push({ name: TARGETS_SHEET, rows: [TARGET_HEADERS, ...targets] });
  return bookOf(sheets, tweak);
}

/** The sheets of a workbook as exceljs reads them back. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export interface ZipEntryInput {
  readonly name: string;
  readonly data: Buffer;
  /** Stored (0) or deflated (8). */
  readonly method?: 0 | 8;
  /** The uncompressed size to declare instead of the true one. */
  readonly declaredSize?: number;
}

/** A zip file written byte by byte, so that its directory can declare what a test wants. */
export function craftZip(entries: readonly ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const packed = method === 8 ? deflateRawSync(entry.data) : entry.data;
    const size = entry.declaredSize ?? entry.data.length;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
