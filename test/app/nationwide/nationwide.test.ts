/**
 * The country as a place, through the real message handler on the seeded memory store: counting
 * questions answered from the unit list, coverage for the country from the provinces' figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let official: ReturnType<typeof chat>;

beforeAll(async () => {
  world = await makeWorld();
  const province = world.directory.current().units.find((u) => u.structure === 'post2025' && u.level === 'province') as Unit;
  await world.store.createInvite({ code: 'NATIONAL1', unitId: province.id, role: 'official', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
  await world.store.redeemInvite('NATIONAL1', { channel: 'console', userId: 'official', displayName: 'Cán bộ' }, world.clock.now());
  official = chat(world, 'official');
});

describe('nationwide: counting units', () => {
  it('counts the current communes, wards and special zones', async () => {
    const { text } = await official.say('Cả nước có bao nhiêu xã, phường sau sáp nhập?');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Hiện nay, cả nước có 3.321 đơn vị hành chính cấp xã: 2.611 xã, 697 phường, 13 đặc khu.',
      'Ngày 1/7/2025 có 2.621 xã, 687 phường, 13 đặc khu; ngày 30/4/2026, 10 xã trở thành phường.',
    ]);
    expect(text).not.toContain('Cái Nước');
  });

  it('counts the provinces before the merger, in English', async () => {
    const { text } = await official.say('How many provinces did Vietnam have before the 2025 merger?');
    expect(text).toMatch(/^Before 1 July 2025, Viet Nam had 63 provinces and centrally-run cities/);
  });

  it('counts the current provinces and the old districts typed without diacritics', async () => {
    expect((await official.say('Toàn quốc hiện có bao nhiêu tỉnh, thành phố?')).text).toContain('cả nước có 34 tỉnh, thành phố');
    expect((await official.say('ca nuoc co bao nhieu huyen truoc khi bo cap huyen')).text).toContain('cả nước có 696 đơn vị hành chính cấp huyện');
    expect((await official.say('ca nuoc truoc 1/7/2025 co bao nhieu xa phuong thi tran')).text).toContain('cả nước có 10.035 đơn vị hành chính cấp xã');
  });

  it('lists the special zones of the country, each with its province', async () => {
    const { text } = await official.say('Cả nước có những đặc khu nào?');
    expect(text.split('\n')[0]).toBe('Hiện nay, cả nước có 13 đặc khu:');
    expect(text).toContain('Côn Đảo (Hồ Chí Minh)');
    const english = await official.say('list all the special zones in Vietnam pls');
    expect(english.text).toMatch(/^Now, Viet Nam has 13 special zones:\n.*Phu Quoc \(An Giang\)/u);
  });

  it('counts a province typed with a slip, not the country', async () => {
    const { text } = await official.say('tỉnh Ngệ An có bao nhiêu xã');
    expect(text).toContain('Nghệ An');
    expect(text).not.toContain('3.321');
  });

  it('counts a type below the provinces asked "trước sáp nhập", not the provinces merged', async () => {
    const { text } = await official.say('Trước sáp nhập cả nước có bao nhiêu thị xã và thành phố thuộc tỉnh?');
    expect(text).toMatch(/^Trước 1\/7\/2025, cả nước có 86 thành phố thuộc tỉnh và 52 thị xã/);
  });
});

describe('nationwide: coverage for the country', () => {
  it('says there is no national figure and lists the provinces that have one, with period and source', async () => {
    const { text } = await official.say('Tỷ lệ bao phủ BHXH cả nước là bao nhiêu?');
    expect(text).toMatch(/^Chưa có số liệu tỷ lệ bao phủ BHXH của cả nước/);
    expect(text).toContain('2/63 tỉnh, thành phố cũ (trước 1/7/2025) có số liệu:');
    // Value with its counts, period, and source.
    expect(text).toMatch(/^- Tỉnh Bắc Kạn: 15,54% \(31\.455\/202\.418 [^)]+\) — 9 tháng đầu năm 2021 .*; nguồn: .*Bắc Kạn/m);
    expect(text).not.toContain('Cái Nước');
  });

  it('answers in English for "nationwide health insurance coverage"', async () => {
    const { text } = await official.say('nationwide health insurance coverage');
    expect(text).toMatch(/^There is no nationwide health insurance coverage figure in the system/);
    expect(text).toContain('2/63 former provinces (before 1 July 2025) have figures:');
    expect(text).toContain('Hai Phong City: 92.35%');
  });

  it('lists the provinces’ targets for a target question', async () => {
    const { text } = await official.say('Chỉ tiêu BHXH cả nước năm 2025');
    expect(text).toMatch(/^Chưa có chỉ tiêu tỷ lệ bao phủ BHXH của cả nước/);
    expect(text).toContain('3/63 tỉnh, thành phố cũ (trước 1/7/2025) có chỉ tiêu năm 2025:');
    expect(text).toMatch(/^- Tỉnh Gia Lai: 16,83% \(kế hoạch.*156\/KH-UBND/m);
  });

  it('adds up the counts of provinces that report one period, saying it is not a national figure', async () => {
    const current = world.directory.current().units.filter((u) => u.structure === 'post2025' && u.level === 'province');
    const [a, b] = current.slice(-2) as [Unit, Unit];
    for (const [unit, bhyt, ds] of [
      [a, 900_000, 1_000_000],
      [b, 1_700_000, 2_000_000],
    ] as const) {
      await world.store.saveDocumentReport({
        unit,
        period: '2026-6M',
        periodStart: null,
        periodEnd: null,
        asOf: '2026-06-30',
        counts: { bhyt, ds },
        rates: [],
        fulfilment: [],
        sourceLabel: null,
        sourceDocument: `Báo cáo ${unit.code}`,
        sourceDate: '2026-07-10',
        sourceNote: null,
      } as Parameters<World['store']['saveDocumentReport']>[0]);
    }
    const { text } = await official.say('Tỷ lệ tham gia BHYT toàn quốc 6 tháng đầu năm 2026');
    expect(text).toContain('2/34 tỉnh, thành phố hiện nay (từ 1/7/2025) có số liệu 6 tháng đầu năm 2026:');
    expect(text).toContain('Cộng số người của 2 tỉnh có số liệu cùng kỳ 6 tháng đầu năm 2026, cùng mẫu số: 86,67% (2.600.000/3.000.000 dân số)');
  });

  it('answers a place named beside the country as that place’s question', async () => {
    const { text } = await official.say('bhxh Bắc Kạn 9 tháng 2021, Việt Nam');
    expect(text).toContain('15,54% (31.455/202.418');
    expect(text).not.toContain('cả nước');
  });
});

describe('nationwide: other places are left alone', () => {
  it.each(['bhxh ca mau cai nuoc', 'BHXH huyện Cái Nước'])('"%s" is the district, not the country', async (question) => {
    const { text } = await official.say(question);
    expect(text).toContain('Cái Nước');
    expect(text).not.toMatch(/cả nước|đơn vị hành chính cấp/);
  });

  it('counts a province named, not the country nor the merged provinces ("Tỉnh Gia Lai sau sáp nhập", "Hanoi")', async () => {
    expect((await official.say('Tỉnh Gia Lai sau sáp nhập có bao nhiêu phường?')).text).toMatch(/^Hiện nay \(từ 1\/7\/2025\), Tỉnh Gia Lai có 25 phường/);
    expect((await official.say('How many wards does Hanoi have now')).text).toMatch(/^Now \(since 1 July 2025\), Ha Noi City has 51 wards/);
  });

  it('does not disturb a focal point’s submission', async () => {
    const ward = world.communes.find((u) => u.name === 'Cửa Lò') as Unit;
    await registerFocalPoint(world, 'ward', [ward]);
    const { text } = await chat(world, 'ward').say('nop 6T/2026 bb 41.200 tn 3.150 ld 180.000');
    expect(text).toMatch(/^Đã ghi nhận số liệu/);
  });
});
