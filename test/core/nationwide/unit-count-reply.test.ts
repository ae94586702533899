import { describe, expect, it } from 'vitest';
import { composeUnitCount, readUnitCountQuestion, tallyLevel } from '../../../src/core/nationwide/index.js';
import type { Language, Unit } from '../../../src/core/types.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const TODAY = '2026-11-25';

function answer(text: string, lang: Language = 'vi'): string {
  const question = readUnitCountQuestion(text);
  if (!question) throw new Error(`not a counting question: ${text}`);
  return composeUnitCount(question, { lang, index, today: TODAY });
}

describe('tallyLevel', () => {
  it('counts the units of a level by type from the index, most numerous first', () => {
    expect(tallyLevel(index, 'post2025', 'commune', TODAY)).toEqual({
      structure: 'post2025',
      level: 'commune',
      total: 3321,
      byType: [
        { typeCode: 'commune', type: 'Xã', count: 2621 },
        { typeCode: 'ward', type: 'Phường', count: 687 },
        { typeCode: 'special_administrative_region', type: 'Đặc khu tại hải đảo', count: 13 },
      ],
    });
    expect(tallyLevel(index, 'pre2025', 'province', TODAY).total).toBe(63);
    expect(tallyLevel(index, 'post2025', 'province', TODAY).total).toBe(34);
    expect(tallyLevel(index, 'pre2025', 'district', TODAY).total).toBe(696);
    expect(tallyLevel(index, 'pre2025', 'commune', TODAY).total).toBe(10035);
    expect(tallyLevel(index, 'post2025', 'district', TODAY).total).toBe(0);
  });

  it('leaves out current units that ended before today', () => {
    const unit = (id: number, validTo: string | null): Unit => ({
      id,
      structure: 'post2025',
      level: 'commune',
      code: String(id),
      name: `X${id}`,
      fullName: `Xã X${id}`,
      type: 'Xã',
      typeCode: 'commune',
      nameEn: `X${id}`,
      parentId: null,
      validFrom: '2025-07-01',
      validTo,
    });
    const small = buildUnitIndex([unit(1, null), unit(2, '2026-01-31'), unit(3, '2027-01-01')], []);
    expect(tallyLevel(small, 'post2025', 'commune', TODAY).total).toBe(2);
  });
});

describe('composeUnitCount', () => {
  it('gives the current communes with the count of each type, and the old total beside it', () => {
    expect(answer('Cả nước có bao nhiêu xã, phường sau sáp nhập?')).toBe(
      [
        'Hiện nay (từ 1/7/2025), cả nước có 3.321 đơn vị hành chính cấp xã: 2.621 xã, 687 phường, 13 đặc khu.',
        '(Trước 1/7/2025: 10.035 đơn vị hành chính cấp xã; nay ít hơn 6.714, tức giảm 66,9%.)',
        'Nguồn: danh mục đơn vị hành chính đã nạp vào hệ thống (mã GSO).',
      ].join('\n'),
    );
  });

  it('counts the provinces now and before', () => {
    expect(answer('Toàn quốc hiện có bao nhiêu tỉnh, thành phố?')).toContain('cả nước có 34 tỉnh, thành phố: 28 tỉnh, 6 thành phố trực thuộc trung ương.');
    expect(answer('How many provinces did Vietnam have before the 2025 merger?', 'en')).toMatch(
      /^Before 1 July 2025, Viet Nam had 63 provinces and centrally-run cities: 57 provinces, 6 centrally-run cities\.\n\(Now: 34 provinces/,
    );
  });

  it('counts the old districts and communes', () => {
    expect(answer('ca nuoc co bao nhieu huyen truoc khi bo cap huyen')).toMatch(/^Trước 1\/7\/2025, cả nước có 696 đơn vị hành chính cấp huyện: 508 huyện, /);
    expect(answer('ca nuoc truoc 1/7/2025 co bao nhieu xa phuong thi tran')).toMatch(
      /^Trước 1\/7\/2025, cả nước có 10\.035 đơn vị hành chính cấp xã: 7\.692 xã, 1\.726 phường, 617 thị trấn\./,
    );
  });

  it('says the district level was abolished when asked for districts now, and gives the old count', () => {
    const text = answer('Cả nước hiện có bao nhiêu huyện?');
    expect(text).toMatch(/^Cấp huyện đã bỏ từ 1\/7\/2025: chính quyền địa phương nay có hai cấp, tỉnh và xã\.\nTrước 1\/7\/2025, cả nước có 696 /);
    expect(answer('How many districts does Vietnam have now?', 'en')).toMatch(/^The district level was abolished on 1 July 2025/);
  });

  it('counts one type within its level', () => {
    expect(answer('Cả nước có bao nhiêu phường?')).toMatch(
      /^Hiện nay \(từ 1\/7\/2025\), cả nước có 687 phường \(trong 3\.321 đơn vị hành chính cấp xã: 2\.621 xã, 687 phường, 13 đặc khu\)\.$/m,
    );
  });

  it('says a type no longer exists, and how many there were', () => {
    expect(answer('Cả nước còn bao nhiêu thị trấn?').split('\n').slice(0, 2)).toEqual([
      'Hiện nay không có thị trấn.',
      'Trước 1/7/2025, cả nước có 617 thị trấn (trong 10.035 đơn vị hành chính cấp xã: 7.692 xã, 1.726 phường, 617 thị trấn).',
    ]);
  });

  it('uses the number format of the reply language', () => {
    expect(answer('How many communes does Vietnam have?', 'en')).toContain('3,321 commune-level units: 2,621 communes, 687 wards, 13 special zones');
  });
});

describe('composeUnitCount after a type changed within the structure', () => {
  // As the unit list's type_2026 columns have it: Đồng Nai a centrally-run city from 30 April 2026.
  const changed = national.units.map(
    (u): Unit =>
      u.structure === 'post2025' && u.level === 'province' && u.code === '75'
        ? {
            ...u,
            type: 'Thành phố trực thuộc trung ương',
            typeCode: 'municipality',
            fullName: 'Thành phố Đồng Nai',
            typeChange: { on: '2026-04-30', type: u.type, typeCode: u.typeCode, fullName: u.fullName },
          }
        : u,
  );
  const after = buildUnitIndex(changed, national.successions);
  const ask = (text: string, lang: Language, today = TODAY) =>
    composeUnitCount(readUnitCountQuestion(text) ?? { asks: [], structures: [] }, { lang, index: after, today });

  it('counts today’s types, then those of 1 July 2025 and what changed since', () => {
    expect(ask('Hiện nay có bao nhiêu thành phố trực thuộc trung ương?', 'vi').split('\n').slice(0, 2)).toEqual([
      'Hiện nay, cả nước có 7 thành phố trực thuộc trung ương (trong 34 tỉnh, thành phố: 27 tỉnh, 7 thành phố trực thuộc trung ương).',
      'Ngày 1/7/2025 có 28 tỉnh, 6 thành phố trực thuộc trung ương; ngày 30/4/2026, Tỉnh Đồng Nai trở thành thành phố trực thuộc trung ương.',
    ]);
    expect(ask('How many provinces does Vietnam have now?', 'en')).toContain(
      'On 1 July 2025 there were 28 provinces, 6 centrally-run cities; on 30 April 2026, Dong Nai Province became a centrally-run city.',
    );
  });

  it('says nothing of the change when the types asked are not touched by it, or before it took effect', () => {
    expect(ask('cả nước có bao nhiêu đặc khu', 'vi')).not.toContain('30/4/2026');
    expect(tallyLevel(after, 'post2025', 'province', '2026-01-15').byType.map((t) => [t.typeCode, t.count])).toEqual([
      ['province', 28],
      ['municipality', 6],
    ]);
    expect(ask('Hiện nay có bao nhiêu thành phố trực thuộc trung ương?', 'vi', '2026-01-15')).not.toContain('30/4/2026');
  });
});
