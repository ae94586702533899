import { describe, expect, it } from 'vitest';
import { composeUnitRank, readUnitRankQuestion, type UnitRankQuestion } from '../../../src/core/nationwide/index.js';
import type { Unit } from '../../../src/core/types.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const TODAY = '2026-12-07';

describe('readUnitRankQuestion', () => {
  it('reads "which of the 34 new provinces", keeping what the words after it say', () => {
    expect(readUnitRankQuestion('Which of the 34 new provinces has the fewest wards?')).toEqual({
      ask: { level: 'commune', typeCodes: ['ward'] },
      structure: 'post2025',
      order: 'fewest',
    });
  });

  it('reads "nơi nào", "tỉnh cũ nào" with its structure, and an ordinal for "nhất"', () => {
    expect(readUnitRankQuestion('Trong 34 tỉnh thành mới, nơi nào có nhiều phường nhất?')).toEqual({
      ask: { level: 'commune', typeCodes: ['ward'] },
      structure: 'post2025',
      order: 'most',
    });
    expect(readUnitRankQuestion('tinh cu nao nhieu xa phuong thi tran thu 3')).toEqual({
      ask: { level: 'commune', typeCodes: null },
      structure: 'pre2025',
      order: 'most',
    });
    expect(readUnitRankQuestion('truoc 2025 tinh nao nhieu huyen thu 2 sau ha noi')).toMatchObject({ ask: { level: 'district' }, order: 'most' });
  });

  it.each([
    'Sau sáp nhập tỉnh nào có nhiều xã nhất (không tính phường)?',
    'tinh nao co nhieu xa nhat, chi tinh xa',
    'Which province has the most rural communes now?',
    'Which province has the most communes, excluding wards and special zones?',
  ])('reads communes in the narrow sense: %s', (text) => {
    expect(readUnitRankQuestion(text)?.ask).toEqual({ level: 'commune', typeCodes: ['commune'] });
  });

  it('reads the kind counted, the structure and the direction', () => {
    expect(readUnitRankQuestion('Tỉnh nào có nhiều xã nhất sau sáp nhập?')).toEqual({
      ask: { level: 'commune', typeCodes: null },
      structure: 'post2025',
      order: 'most',
    });
    expect(readUnitRankQuestion('Which province has the fewest wards now?')).toEqual({
      ask: { level: 'commune', typeCodes: ['ward'] },
      structure: 'post2025',
      order: 'fewest',
    });
    // The district level exists only before 1 July 2025.
    expect(readUnitRankQuestion('tỉnh thành nào có nhiều đơn vị cấp huyện nhất?')?.structure).toBe('pre2025');
  });

  it.each([
    'tỉnh nào có tỷ lệ bhxh cao nhất',
    'Cả nước có bao nhiêu xã?',
    'xã nào ở Nghệ An có nhiều người tham gia nhất',
    'which province has the highest coverage',
  ])('leaves "%s" to the other kinds', (text) => {
    expect(readUnitRankQuestion(text)).toBeNull();
  });
});

describe('composeUnitRank', () => {
  it('gives the place of a province named, with those ahead of it, counted from the unit list', () => {
    const question = readUnitRankQuestion('Nghệ An mới đứng thứ mấy cả nước về số xã, phường ạ?');
    expect(question).toMatchObject({ ask: { level: 'commune', typeCodes: null }, structure: 'post2025', order: 'most' });
    expect(question?.placeOfNamed?.text).toContain('Nghệ An');
    expect(question?.placeOfNamed?.text).not.toContain('đứng thứ');
    const nghean = index.units.find((u) => u.structure === 'post2025' && u.level === 'province' && u.name === 'Nghệ An') as Unit;
    const communes = (name: string) =>
      index.units.filter((u) => u.structure === 'post2025' && u.level === 'commune' && index.provinceOf(u).name === name).length;
    const ahead = index.units.filter((u) => u.structure === 'post2025' && u.level === 'province' && communes(u.name) > communes('Nghệ An')).length;
    const [first, second] = composeUnitRank(question as UnitRankQuestion, index, TODAY, 'vi', nghean).split('\n');
    expect(first).toBe(
      `Hiện nay (từ 1/7/2025), Tỉnh Nghệ An đứng thứ ${ahead + 1}/34 tỉnh, thành phố về số đơn vị hành chính cấp xã: ${communes('Nghệ An')} đơn vị hành chính cấp xã.`,
    );
    expect(second).toMatch(/^Đứng trước: Thành phố Hồ Chí Minh \(/);
  });

  it('names the leader with its count, then the next two, from the unit list', () => {
    const question = readUnitRankQuestion('Trước sáp nhập, tỉnh thành nào có nhiều đơn vị cấp huyện nhất?');
    if (!question) throw new Error('not read');
    const [first, next] = composeUnitRank(question, index, TODAY, 'vi').split('\n');
    const districts = index.units.filter((u) => u.structure === 'pre2025' && u.level === 'district');
    const hanoi = districts.filter((u) => index.provinceOf(u).name === 'Hà Nội').length;
    expect(first).toBe(`Trước 1/7/2025, tỉnh, thành phố có nhiều đơn vị hành chính cấp huyện nhất: Thành phố Hà Nội (${hanoi} đơn vị hành chính cấp huyện).`);
    expect(next).toMatch(/^Tiếp theo: Tỉnh Thanh Hóa \(\d+ đơn vị hành chính cấp huyện\), /);
  });

  it('counts one type for the fewest, in English names', () => {
    const question = readUnitRankQuestion('Which province has the fewest wards now?');
    if (!question) throw new Error('not read');
    const text = composeUnitRank(question, index, TODAY, 'en');
    expect(text).toMatch(/^Now \(since 1 July 2025\), the province with the fewest wards: Lai Chau Province \(2 wards\)\./);
    expect(text).toContain('Source: the list of administrative units loaded in the system');
  });
});
