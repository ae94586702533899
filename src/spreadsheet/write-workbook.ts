/**
 * Writes sheets described as plain data (core/spreadsheet's SheetSpec) to XLSX bytes with exceljs:
 * numbers stay numbers, each column with its display format. Format codes are the standard ones
 * ('#,##0', '0.00%'); Excel and LibreOffice show them with the reader's separators, so a Vietnamese
 * locale sees 41.200 and 16,83%.
 */
import ExcelJS from 'exceljs';
import type { ColumnFormat, SheetSpec } from '../core/spreadsheet/index.js';

const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  count: '#,##0',
  percent: '0.00%',
  points: '+0.00;-0.00;0.00',
  date: 'dd/mm/yyyy',
  year: '0',
};

function cellValue(value: string | number | null, format: ColumnFormat): ExcelJS.CellValue {
  if (value === null) return null;
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** The workbook's bytes. */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'baophu';
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: NUMBER_FORMATS[c.format] } }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of spec.rows) ws.addRow(row.map((value, i) => cellValue(value, spec.columns[i]?.format ?? 'text')));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
