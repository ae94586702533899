import { describe, expect, it } from 'vitest';
import { ImportError, readCsv } from '../../src/import/csv.js';
import { tempFile } from './temp-files.js';

describe('readCsv', () => {
  it("returns the requested columns of each row, trimmed, with the row's line number", async () => {
    const file = tempFile('units.csv', ['code,name,extra', '01, Hà Nội ,x', '', '02,Hà Giang,y']);
    expect(await readCsv(file, ['name', 'code'])).toEqual([
      { code: '01', name: 'Hà Nội', line: 2 },
      { code: '02', name: 'Hà Giang', line: 4 },
    ]);
  });

  it('keeps codes as text, leading zeros included', async () => {
    const [row] = await readCsv(tempFile('codes.csv', ['code', '00004']), ['code']);
    expect(row?.code).toBe('00004');
  });

  it('ignores a byte-order mark before the header', async () => {
    const rows = await readCsv(tempFile('bom.csv', ['\uFEFFcode', '01']), ['code']);
    expect(rows).toEqual([{ code: '01', line: 2 }]);
  });

  it('names the file and every missing column', async () => {
    const file = tempFile('provinces.csv', ['code,name', '01,Hà Nội']);
    await expect(readCsv(file, ['code', 'full_name', 'type'])).rejects.toThrow('provinces.csv: missing columns: full_name, type');
  });

  it('refuses an empty file', async () => {
    await expect(readCsv(tempFile('empty.csv', []), ['code'])).rejects.toThrow('empty.csv: the file is empty');
  });

  it('refuses a row with the wrong number of cells', async () => {
    const file = tempFile('ragged.csv', ['code,name', '01,Hà Nội,extra']);
    await expect(readCsv(file, ['code'])).rejects.toBeInstanceOf(ImportError);
    await expect(readCsv(file, ['code'])).rejects.toThrow(/ragged\.csv: .*line 2/);
  });

  it('says when the file does not exist', async () => {
    await expect(readCsv('/nonexistent/facts.csv', ['code'])).rejects.toThrow('/nonexistent/facts.csv: file not found');
  });
});
