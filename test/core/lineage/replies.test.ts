import { describe, expect, it } from 'vitest';
import { composeBackward, composeForward, composeSubunits, planUnitAnswer, type SubunitsPlan } from '../../../src/core/lineage/index.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const oldHaTinh = national.unit('pre2025', 'province', '42');
const newHaTinh = national.unit('post2025', 'province', '42');
const oldQuangNam = national.unit('pre2025', 'province', '49');
const newDaNang = national.unit('post2025', 'province', '48');
const canLoc = national.unit('pre2025', 'district', '443');
const dienHoa = national.unit('pre2025', 'commune', '17899');
const dienChau = national.unit('post2025', 'commune', '17464');
const cuaLoWard = national.unit('post2025', 'commune', '16732');

function plan(question: Parameters<typeof planUnitAnswer>[0], unit: typeof canLoc): SubunitsPlan {
  const planned = planUnitAnswer(question, unit, index);
  if (planned.kind !== 'subunits') throw new Error(`expected sub-units, got ${planned.kind}`);
  return planned;
}

describe('composeForward', () => {
  it('names the province an old one merged into and the others merged with it, with the date and the source', () => {
    const text = composeForward(oldQuangNam, index, 'vi');
    expect(text).toMatch(/^Tỉnh Quảng Nam \(trước 1\/7\/2025\) đã hợp nhất với Thành phố Đà Nẵng \(cũ\) thành Thành phố Đà Nẵng từ 1\/7\/2025\./);
    expect(text).toContain('Nguồn: bảng đối chiếu đơn vị hành chính cũ – mới');
  });

  it('says a province kept whole was merged with none', () => {
    expect(composeForward(oldHaTinh, index, 'en')).toMatch(
      /^Ha Tinh Province \(before 1 Jul 2025\) was kept whole .*merged with no other unit; it is now Ha Tinh Province\./,
    );
  });

  it('lists the communes a district went into', () => {
    const text = composeForward(canLoc, index, 'vi');
    expect(text).toMatch(/^Huyện Can Lộc, Tỉnh Hà Tĩnh \(trước 1\/7\/2025\) từ 1\/7\/2025 được sắp xếp vào \d+ xã của Tỉnh Hà Tĩnh: Xã Can Lộc, /);
    expect(text).toContain('gồm những xã cũ nào');
  });

  it('marks a link that takes part of a unit, or that only one source gives', () => {
    const text = composeForward(dienHoa, index, 'vi');
    expect(text).toContain('Xã Diễn Châu (một phần; theo một nguồn, chưa chắc chắn)');
    expect(text).toContain('Xã Nghi Lộc (một phần)');
    expect(composeForward(dienHoa, index, 'en')).toContain('Dien Chau Commune (part of it; per one source only, uncertain)');
  });
});

describe('composeBackward', () => {
  it('names the old provinces a new one was formed from', () => {
    expect(composeBackward(newDaNang, index, 'vi')).toMatch(
      /^Thành phố Đà Nẵng \(từ 1\/7\/2025\) được hợp nhất từ 2 tỉnh, thành phố cũ: .*Thành phố Đà Nẵng \(cũ\)/,
    );
  });

  it('says a province kept whole continues the old one', () => {
    expect(composeBackward(newHaTinh, index, 'vi')).toMatch(/^Tỉnh Hà Tĩnh \(từ 1\/7\/2025\) giữ nguyên từ Tỉnh Hà Tĩnh cũ/);
  });

  it('lists the old communes of a new ward with their district once when they share it', () => {
    const text = composeBackward(cuaLoWard, index, 'en');
    expect(text).toMatch(
      /^Cua Lo Ward, Nghe An Province \(since 1 July 2025\) was formed on 1 July 2025 from 7 former commune-level units \(7 wards\) of Vinh City, Nghe An Province: Nghi Thuy Ward, /,
    );
  });

  it('names each old commune’s district when they come from several, with the link notes', () => {
    const text = composeBackward(dienChau, index, 'vi');
    expect(text).toContain('Xã Ngọc Bích – Huyện Diễn Châu');
    expect(text).toContain('Xã Diên Hoa – Huyện Nghi Lộc (một phần; theo một nguồn, chưa chắc chắn)');
  });
});

describe('composeSubunits', () => {
  it('says once that a kind of unit the reorganisation brought did not exist before, not a zero per old province', () => {
    const newAnGiang = national.unit('post2025', 'province', '91');
    const asked = { level: 'commune', typeCodes: ['special_administrative_region'] } as const;
    const text = composeSubunits(plan({ kind: 'count', asked, when: null }, newAnGiang), index, 'vi');
    expect(text).toContain('(Trước 1/7/2025 chưa có đặc khu.)');
    expect(text).not.toContain('có 0');
  });

  it('counts the sub-units with their types, the count before the reorganisation, and how to get the names', () => {
    const text = composeSubunits(plan({ kind: 'count', asked: { level: 'commune', typeCodes: null }, when: null }, newHaTinh), index, 'vi');
    expect(text.split('\n')).toEqual([
      'Hiện nay (từ 1/7/2025), Tỉnh Hà Tĩnh có 69 đơn vị hành chính cấp xã (60 xã, 9 phường).',
      '(Trước 1/7/2025: 209 đơn vị hành chính cấp xã.)',
      'Xem danh sách: hỏi "Tỉnh Hà Tĩnh có những xã nào".',
      'Nguồn: danh mục đơn vị hành chính đã nạp vào hệ thống (mã GSO).',
    ]);
  });

  it('counts a merged province’s old provinces one by one', () => {
    const text = composeSubunits(plan({ kind: 'count', asked: { level: 'commune', typeCodes: null }, when: null }, newDaNang), index, 'en');
    expect(text.split('\n')[1]).toBe('(Before 1 July 2025: Da Nang City had 47 and Quang Nam Province had 233 commune-level units.)');
  });

  it('cuts a long list at 40 names and says how many more', () => {
    const text = composeSubunits(plan({ kind: 'list', asked: { level: 'commune', typeCodes: ['commune'] }, when: null }, newHaTinh), index, 'vi');
    expect(text).toMatch(/^Hiện nay \(từ 1\/7\/2025\), Tỉnh Hà Tĩnh có 60 xã \(trong 69 đơn vị hành chính cấp xã: 60 xã, 9 phường\):/);
    const names = (text.split('\n')[1] ?? '').split(', ');
    expect(names).toHaveLength(40);
    expect(names.at(-1)).toMatch(/ và 20 đơn vị khác\.$/);
  });

  it('says when there is none of the type asked, and lists the level instead, in English', () => {
    const text = composeSubunits(plan({ kind: 'list', asked: { level: 'commune', typeCodes: ['ward'] }, when: null }, canLoc), index, 'en');
    expect(text).toMatch(/^Before 1 July 2025, Can Loc District, Ha Tinh Province had no wards; it had 17 commune-level units \(15 communes, 2 townships\):/);
    // Under an old unit, what it went into.
    expect(text).toContain('Can Loc District, Ha Tinh Province (before 1 Jul 2025) was reorganised on 1 July 2025 into');
  });

  it('says the district level is gone when asked of the current province', () => {
    const text = composeSubunits(plan({ kind: 'list', asked: { level: 'district', typeCodes: null }, when: null }, newHaTinh), index, 'vi');
    expect(text.split('\n')[0]).toBe('Cấp huyện đã bỏ từ 1/7/2025: chính quyền địa phương nay có hai cấp, tỉnh và xã.');
    expect(text.split('\n')[1]).toMatch(/^Trước 1\/7\/2025, Tỉnh Hà Tĩnh có 12 đơn vị hành chính cấp huyện \(9 huyện, 2 thị xã, 1 thành phố thuộc tỉnh\):$/);
  });
});
