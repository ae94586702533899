import { describe, expect, it } from 'vitest';
import { asksUnchangedProvinces, composeUnchangedProvinces } from '../../../src/core/nationwide/index.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);

describe('the provinces the reorganisation left unchanged', () => {
  it.each(['Bao nhiêu tỉnh thành giữ nguyên, không phải sáp nhập?', 'How many provinces kept their borders unchanged in 2025?', 'tỉnh nào không bị sáp nhập'])(
    'are asked by "%s"',
    (text) => {
      expect(asksUnchangedProvinces(text)).toBe(true);
    },
  );

  it.each(['Nghệ An có bị sáp nhập không', 'bhxh Gia Lai', 'giữ nguyên số liệu nhé'])('are not asked by "%s"', (text) => {
    expect(asksUnchangedProvinces(text)).toBe(false);
  });

  it('counts the current provinces formed from one old province alone, and names them', () => {
    const [first, second] = composeUnchangedProvinces(index, 'vi').split('\n');
    expect(first).toMatch(/^Khi sắp xếp từ 1\/7\/2025, 11\/34 tỉnh, thành phố giữ nguyên, không hợp nhất với tỉnh nào: Thành phố Hà Nội, /);
    expect(first).toContain('Tỉnh Nghệ An');
    expect(first).not.toContain('Tỉnh Gia Lai');
    expect(second).toBe('23 tỉnh, thành phố còn lại được hợp nhất từ 2 hoặc 3 tỉnh, thành phố cũ (trước đó cả nước có 63).');
    expect(composeUnchangedProvinces(index, 'en')).toMatch(/^In the reorganisation of 1 July 2025, 11 of the 34 provinces were kept as they were/);
  });
});
