import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from '../../src/core/spreadsheet/index.js';
import { checkZip, readWorkbook } from '../../src/spreadsheet/index.js';
import { craftZip, figuresBook } from './workbooks.js';

const sheetXml = (rows: number) =>
  Buffer.from(`<worksheet><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(rows)}</sheetData><rowBreaks/></worksheet>`);

describe('checkZip', () => {
  it('passes a real workbook and counts the rows of its sheets', async () => {
    const bytes = Buffer.from(await figuresBook([['40'], ['40'], ['52']]));
    expect(checkZip(bytes)).toEqual({ verdict: 'ok', sheetRows: 4 });
  });

  it('refuses a directory that declares more than the limits, before inflating anything', () => {
    const huge = craftZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: MAX_UNPACKED_BYTES + 1 }]);
    expect(checkZip(huge).verdict).toBe('zip_bomb');
    const many = craftZip(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `p${i}`, data: Buffer.from('x'), method: 0 as const })));
    expect(checkZip(many).verdict).toBe('zip_bomb');
  });

  it('stops a part that unpacks to more than it declares at the declared size', () => {
    const liar = craftZip([{ name: 'xl/styles.xml', data: Buffer.alloc(50 * 1024 * 1024), declaredSize: 10 }]);
    expect(checkZip(liar).verdict).toBe('zip_bomb');
    const shorter = craftZip([{ name: 'xl/styles.xml', data: Buffer.alloc(100), declaredSize: 1_000 }]);
    expect(checkZip(shorter).verdict).toBe('zip_bomb');
  });

  it('tells what is no zip at all', () => {
    expect(checkZip(Buffer.from('just text, not a zip file at all....')).verdict).toBe('not_zip');
    expect(checkZip(craftZip([{ name: 'a', data: Buffer.from('abc') }]).subarray(0, 30)).verdict).toBe('not_zip');
  });
});

describe('readWorkbook', () => {
  it('refuses sheets of far too many rows from the zip alone, before exceljs reads them', async () => {
    const rows = MAX_IMPORT_ROWS * 10 + 1;
    const bytes = craftZip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(rows) }]);
    expect(await readWorkbook('big.xlsx', bytes)).toEqual({ kind: 'refused', refusal: { code: 'too_many_rows', rows, limit: MAX_IMPORT_ROWS } });
  });

  it('reads cells as the import sees them: numbers with their percent format, text, dates and formulas', async () => {
    const bytes = await figuresBook(
      [['40', 'Từ 1/7/2025', null, 2025, 1800, 0.5, { formula: 'E2*2', result: 3600 }, new Date('2023-01-18T00:00:00Z')]],
      undefined,
      (wb) => {
        wb.getWorksheet('Số liệu')!.getCell('F2').numFmt = '0.00%';
      },
    );
    const read = await readWorkbook('a.xlsx', bytes);
    if (read.kind !== 'ok') throw new Error('refused');
    expect(read.book.sheets[0]?.rows[1]?.cells).toEqual([
      { kind: 'text', text: '40' },
      { kind: 'text', text: 'Từ 1/7/2025' },
      { kind: 'empty' },
      { kind: 'number', value: 2025, percent: false },
      { kind: 'number', value: 1800, percent: false },
      { kind: 'number', value: 0.5, percent: true },
      { kind: 'formula' },
      { kind: 'date', iso: '2023-01-18' },
    ]);
  });
});
