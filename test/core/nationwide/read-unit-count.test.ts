import { describe, expect, it } from 'vitest';
import { readUnitCountQuestion } from '../../../src/core/nationwide/index.js';

const read = readUnitCountQuestion;

describe('readUnitCountQuestion', () => {
  it('reads "bnh" as "bao nhiêu"', () => {
    expect(read('nghe an co bnh xa')?.asks).toEqual([{ level: 'commune', typeCodes: null }]);
  });

  it('reads "thành phố (trực) thuộc tỉnh" and "tp thuộc tỉnh" as the provincial cities, not the provinces', () => {
    expect(read('tp thuoc tinh truoc sap nhap ca nuoc co bao nhieu')?.asks).toEqual([{ level: 'district', typeCodes: ['provincial_city'] }]);
    expect(read('Cả nước có bao nhiêu thành phố trực thuộc tỉnh?')?.asks).toEqual([{ level: 'district', typeCodes: ['provincial_city'] }]);
  });

  it.each([
    ['truoc sap nhap ca nuoc co bao nhieu huyen, khong tinh quan thi xa thanh pho', { level: 'district', typeCodes: ['district'] }],
    ['Cả nước có bao nhiêu xã, không tính phường và đặc khu?', { level: 'commune', typeCodes: ['commune'] }],
    ['how many rural communes are there now', { level: 'commune', typeCodes: ['commune'] }],
  ])('reads a level narrowed to its plain type: %s', (text, ask) => {
    expect(read(text)?.asks).toEqual([ask]);
  });

  it.each([
    ['Cả nước có bao nhiêu xã, phường sau sáp nhập?', [{ level: 'commune', typeCodes: null }], ['post2025']],
    ['Toàn quốc hiện có bao nhiêu tỉnh, thành phố?', [{ level: 'province', typeCodes: null }], ['post2025']],
    ['How many provinces did Vietnam have before the 2025 merger?', [{ level: 'province', typeCodes: null }], ['pre2025']],
    ['ca nuoc co bao nhieu huyen truoc khi bo cap huyen', [{ level: 'district', typeCodes: null }], ['pre2025']],
    ['ca nuoc truoc 1/7/2025 co bao nhieu xa phuong thi tran', [{ level: 'commune', typeCodes: null }], ['pre2025']],
    ['Việt Nam có mấy tỉnh thành', [{ level: 'province', typeCodes: null }], ['post2025']],
    ['ca nuoc co bn tp truc thuoc tw', [{ level: 'province', typeCodes: ['municipality'] }], ['post2025']],
    ['số xã cả nước', [{ level: 'commune', typeCodes: null }], ['post2025']],
    ['Cả nước có bao nhiêu phường trước và sau sáp nhập?', [{ level: 'commune', typeCodes: ['ward'] }], ['pre2025', 'post2025']],
    ['How many wards and special zones does Vietnam have now?', [{ level: 'commune', typeCodes: ['special_administrative_region', 'ward'] }], ['post2025']],
    ['Cả nước có bao nhiêu quận năm 2024', [{ level: 'district', typeCodes: ['urban_district'] }], ['pre2025']],
    [
      'Cả nước có bao nhiêu tỉnh và xã cũ',
      [
        { level: 'province', typeCodes: null },
        { level: 'commune', typeCodes: null },
      ],
      ['pre2025'],
    ],
  ])('reads "%s"', (text, asks, structures) => {
    expect(read(text)).toEqual({ asks, structures });
  });

  it.each([
    ['no counting word', 'Tỷ lệ bao phủ BHXH cả nước'],
    ['people, not units', 'Cả nước có bao nhiêu người tham gia bảo hiểm xã hội?'],
    ['"tình hình" is not a province', 'tình hình bao nhiêu'],
    ['"tính đến" is not a province', 'tinh den nay ca nuoc bao nhieu nguoi'],
    ['"liên quan" is not an urban district', 'co bao nhieu van ban lien quan'],
    ['"xa" (far) in a message typed with diacritics', 'Bao nhiêu người ở xa?'],
  ])('does not read a count with %s', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it('reads "địa phương" as the provinces, not as wards', () => {
    expect(read('Cả nước có bao nhiêu địa phương?')?.asks).toEqual([{ level: 'province', typeCodes: null }]);
  });

  it('takes "năm trước" for last year, not the old structure', () => {
    expect(read('năm trước cả nước có bao nhiêu tỉnh')?.structures).toEqual(['post2025']);
  });
});
