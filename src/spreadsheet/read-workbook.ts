/**
 * A file's bytes as the rows the import checks (core/spreadsheet), or why the file is refused before
 * any row is read: empty, too large, not a workbook, a zip bomb's shape, merged cells, too many rows.
 * An XLSX is read with exceljs only after zip-guard.ts has checked its parts; a CSV with csv-parse.
 */

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  type Cell,
  FIGURES_SHEET,
  type FileRefusal,
  MAX_FILE_BYTES,
  MAX_IMPORT_ROWS,
  type Sheet,
  type SheetRow,
  TARGETS_SHEET,
  type WorkbookData,
} from '../core/spreadsheet/index.js';
import { fold } from '../core/text/fold.js';
import { checkZip } from './zip-guard.js';

export type ReadResult = { readonly kind: 'ok'; readonly book: WorkbookData } | { readonly kind: 'refused'; readonly refusal: FileRefusal };

const refused = (refusal: FileRefusal): ReadResult => ({ kind: 'refused', refusal });

/** Rows of all sheets together read at most: the data sheets' limit, with room for an export's indicator sheets. */
const ALL_SHEETS_ROWS = MAX_IMPORT_ROWS * 10;

/** The file's kind by its name: .xlsx or .csv; anything else is not read. */
export function fileKind(name: string): 'xlsx' | 'csv' | null {
  const lower = name.toLowerCase();
  return lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.csv') ? 'csv' : null;
}

function cellOf(cell: ExcelJS.Cell): Cell {
  const { ValueType } = ExcelJS;
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return { kind: 'empty' };
    case ValueType.Number:
      return { kind: 'number', value: cell.value as number, percent: /%/.test(cell.numFmt ?? '') };
    case ValueType.String:
    case ValueType.SharedString:
    case ValueType.RichText:
    case ValueType.Hyperlink:
      return { kind: 'text', text: cell.text };
    case ValueType.Date:
      return { kind: 'date', iso: (cell.value as Date).toISOString().slice(0, 10) };
    case ValueType.Formula:
      return { kind: 'formula' };
    default:
      return { kind: 'other', text: cell.text };
  }
}

function sheetOf(ws: ExcelJS.Worksheet): Sheet {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellOf(row.getCell(i)));
    rows.push({ row: number, cells });
  });
  return { name: ws.name, rows };
}

const isDataSheet = (name: string) => fold(name) === fold(FIGURES_SHEET) || fold(name) === fold(TARGETS_SHEET);

async function readXlsx(bytes: Buffer): Promise<ReadResult> {
  const zip = checkZip(bytes);
  if (zip.verdict !== 'ok') return refused({ code: zip.verdict === 'zip_bomb' ? 'zip_bomb' : 'not_workbook' });
  // Every sheet together (an export's indicator sheets repeat the data): far past the limit, exceljs is not even asked.
  if (zip.sheetRows > ALL_SHEETS_ROWS) return refused({ code: 'too_many_rows', rows: zip.sheetRows, limit: MAX_IMPORT_ROWS });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return refused({ code: 'not_workbook' });
  }
  // A zip of other things (no workbook part, no sheet) opens as an empty workbook.
  if (workbook.worksheets.length === 0) return refused({ code: 'not_workbook' });
  const data = workbook.worksheets.filter((ws) => isDataSheet(ws.name));
  const rows = data.reduce((n, ws) => n + Math.max(0, ws.actualRowCount - 1), 0);
  if (rows > MAX_IMPORT_ROWS) return refused({ code: 'too_many_rows', rows, limit: MAX_IMPORT_ROWS });
  for (const ws of data) {
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    if (merges.length > 0) return refused({ code: 'merged_cells', sheet: ws.name, range: merges[0] as string });
  }
  // Only the data sheets are read: the others (an export's indicator sheets, the guide) are for people.
  const sheets = workbook.worksheets.map((ws) => (isDataSheet(ws.name) ? sheetOf(ws) : { name: ws.name, rows: [] }));
  return { kind: 'ok', book: { sheets, textOnly: false } };
}

function readCsvBytes(bytes: Buffer): ReadResult {
  let records: string[][];
  try {
    records = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch {
    return refused({ code: 'not_workbook' });
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) return refused({ code: 'too_many_rows', rows: records.length - 1, limit: MAX_IMPORT_ROWS });
  const rows = records.map((record, i): SheetRow => ({ row: i + 1, cells: record.map((text) => ({ kind: 'text', text })) }));
  return { kind: 'ok', book: { sheets: [{ name: 'CSV', rows }], textOnly: true } };
}

/** Reads a file sent or named for import. */
export async function readWorkbook(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const kind = fileKind(name);
  if (kind === null) return refused({ code: 'unsupported_type' });
  if (bytes.length === 0) return refused({ code: 'empty' });
  if (bytes.length > MAX_FILE_BYTES) return refused({ code: 'too_big', bytes: bytes.length, limit: MAX_FILE_BYTES });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return kind === 'xlsx' ? readXlsx(buffer) : readCsvBytes(buffer);
}
