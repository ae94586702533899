import { describe, expect, it } from 'vitest';
import { readSpreadsheetRequest } from '../../../src/core/spreadsheet/index.js';

describe('readSpreadsheetRequest', () => {
  it.each(['mẫu nhập liệu', 'Mẫu Excel', 'mau nhap lieu', 'template', '/template', 'cho xin mẫu nhập liệu với', 'send me the template'])(
    'reads "%s" as the template',
    (text) => {
      expect(readSpreadsheetRequest(text)).toMatchObject({ kind: 'template', english: /template/.test(text) });
    },
  );

  it('reads an export with its place and years', () => {
    expect(readSpreadsheetRequest('xuất excel Nghệ An')).toEqual({ kind: 'export', rest: 'Nghệ An', from: null, to: null, english: false });
    expect(readSpreadsheetRequest('xuat excel nghe an')).toEqual({ kind: 'export', rest: 'nghe an', from: null, to: null, english: false });
    expect(readSpreadsheetRequest('export excel Gia Lai 2021-2025')).toEqual({ kind: 'export', rest: 'Gia Lai', from: 2021, to: 2025, english: true });
    expect(readSpreadsheetRequest('Xuất file Excel Bắc Kạn từ 2021 đến 2023')).toEqual({
      kind: 'export',
      rest: 'Bắc Kạn',
      from: 2021,
      to: 2023,
      english: false,
    });
    expect(readSpreadsheetRequest('xuất excel')).toEqual({ kind: 'export', rest: '', from: null, to: null, english: false });
  });

  it.each(['coverage for Vinh city', 'tỷ lệ bao phủ BHXH Gia Lai 2025', 'Gia Lai template?', 'xuất khẩu lao động Nghệ An', 'excel'])(
    'leaves "%s" to the other features',
    (text) => {
      expect(readSpreadsheetRequest(text)).toBeNull();
    },
  );
});
