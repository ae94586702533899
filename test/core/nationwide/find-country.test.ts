import { describe, expect, it } from 'vitest';
import { findCountry, unitNameTest, withoutCountry } from '../../../src/core/nationwide/index.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const find = (text: string) => findCountry(text, { isUnitName: unitNameTest(index) });

describe('findCountry', () => {
  it.each([
    ['Tỷ lệ bao phủ BHXH cả nước là bao nhiêu?', 'cả nước'],
    ['Cả nước có bao nhiêu xã, phường sau sáp nhập?', 'Cả nước'],
    ['ca nuoc co bao nhieu huyen truoc khi bo cap huyen', 'ca nuoc'],
    ['Tỷ lệ tham gia BHYT toàn quốc', 'toàn quốc'],
    ['bhyt toan quoc 2024', 'toan quoc'],
    ['nationwide health insurance coverage', 'nationwide'],
    ['national social insurance coverage', 'national'],
    ['coverage across the whole country', 'the whole country'],
    ['How many provinces did Vietnam have before the 2025 merger?', 'Vietnam'],
    ["Vietnam's health insurance coverage", 'Vietnam'],
    ['social insurance coverage of Viet Nam', 'Viet Nam'],
    ['Việt Nam có mấy tỉnh thành', 'Việt Nam'],
    ['viet nam co bao nhieu tinh', 'viet nam'],
  ])('finds the country in "%s"', (text, typed) => {
    expect(find(text)?.typed).toBe(typed);
  });

  it.each([
    ['the district Cái Nước', 'Cái Nước'],
    ['the same, typed without diacritics', 'bhxh ca mau cai nuoc'],
    ['a place typed with other diacritics than the phrase', 'bhxh Cà Nước'],
    ['words that merely contain the letters', 'international vietnamese nationals nationwideness'],
    ['a province with Nam in its name', 'bhxh Quảng Nam, Hà Nam, Nam Định'],
    ['two unit names that meet at "Việt Nam"', 'xã Đồng Việt Nam Định'],
    ['the same without diacritics', 'xa dong viet nam dinh'],
  ])('does not fire on %s', (_name, text) => {
    expect(find(text)).toBeNull();
  });

  it('takes the first mention and gives its span in the text', () => {
    const text = 'BHYT toàn quốc và cả nước';
    const mention = find(text);
    expect(mention).toMatchObject({ phrase: 'toan-quoc', typed: 'toàn quốc' });
    expect(text.slice(mention?.start, mention?.end)).toBe('toàn quốc');
  });

  it('reads "Việt Nam" as the country when only one side makes a name ("Nậm Có")', () => {
    expect(find('Việt Nam có bao nhiêu tỉnh')?.phrase).toBe('viet-nam');
  });

  it('never throws', () => {
    expect(findCountry('')).toBeNull();
    expect(findCountry(undefined as unknown as string)).toBeNull();
    expect(findCountry('\ud800 cả nước')?.typed).toBe('cả nước');
  });
});

describe('withoutCountry', () => {
  it('takes the country’s words out and keeps the rest as typed', () => {
    const text = 'Tỷ lệ BHXH Nghệ An so với cả nước?';
    const mention = find(text);
    if (!mention) throw new Error('no country');
    expect(withoutCountry(text, mention)).toBe('Tỷ lệ BHXH Nghệ An so với ?');
  });
});
