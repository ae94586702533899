import { describe, expect, it } from 'vitest';
import { composeProvinceMergers, readProvinceMergerAsk } from '../../../src/core/nationwide/index.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);

describe('the provinces the reorganisation left unchanged', () => {
  it.each(['Bao nhiêu tỉnh thành giữ nguyên, không phải sáp nhập?', 'How many provinces kept their borders unchanged in 2025?', 'tỉnh nào không bị sáp nhập'])(
    'are asked by "%s"',
    (text) => {
      expect(readProvinceMergerAsk(text)).toBe('kept');
    },
  );

  it('are counted when asked how many were merged, that first', () => {
    for (const text of [
      'Có bao nhiêu tỉnh bị sáp nhập?',
      'Bao nhiêu tỉnh, thành cũ đã tham gia sáp nhập năm 2025?',
      'How many provinces were merged?',
      'Những tỉnh nào được hợp nhất từ 3 tỉnh cũ?',
      'How many of the new provinces were formed from three old provinces?',
    ]) {
      expect(readProvinceMergerAsk(text)).toBe('merged');
    }
    expect(composeProvinceMergers(index, 'en', 'merged')).toMatch(/^52 of the 63 former provinces were merged into 23 new ones/);
  });

  it.each([
    'Nghệ An có bị sáp nhập không',
    'bhxh Gia Lai',
    'giữ nguyên số liệu nhé',
    'Gia Lai được hợp nhất từ những tỉnh nào?',
    'Which province kept the highest coverage?',
    'Which provinces remained below target?',
  ])('are not asked by "%s"', (text) => {
    expect(readProvinceMergerAsk(text)).toBeNull();
  });

  it('counts the current provinces formed from one old province alone, and names them', () => {
    const [first, second] = composeProvinceMergers(index, 'vi').split('\n');
    expect(first).toMatch(/^Khi sắp xếp từ 1\/7\/2025, 11\/34 tỉnh, thành phố giữ nguyên, không hợp nhất với tỉnh nào: Thành phố Hà Nội, /);
    expect(first).toContain('Tỉnh Nghệ An');
    expect(first).not.toContain('Tỉnh Gia Lai');
    expect(second).toBe(
      '52/63 tỉnh, thành phố cũ được hợp nhất thành 23 tỉnh, thành phố mới: 17 tỉnh, thành phố mới từ 2 tỉnh cũ; 6 tỉnh, thành phố mới từ 3 tỉnh cũ ' +
        '(Phú Thọ, Ninh Bình, Lâm Đồng, Hồ Chí Minh, Vĩnh Long, Cần Thơ). Số tỉnh, thành phố giảm từ 63 xuống 34 (bớt 29).',
    );
    expect(composeProvinceMergers(index, 'en')).toMatch(/^In the reorganisation of 1 July 2025, 11 of the 34 provinces were kept as they were/);
  });
});
