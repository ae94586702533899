/**
 * Rankings through the real message handler on the seeded memory store: the provinces by their
 * documents' figures and targets, a province's communes by what their focal points submitted, and
 * what a focal point may see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let official: ReturnType<typeof chat>;
let focal: ReturnType<typeof chat>;
let province: Unit;
let communes: Unit[];

beforeAll(async () => {
  world = await makeWorld();
  province = world.directory.current().units.find((u) => u.structure === 'post2025' && u.level === 'province') as Unit;
  await world.store.createInvite({ code: 'RANKING1', unitId: province.id, role: 'official', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
  await world.store.redeemInvite('RANKING1', { channel: 'console', userId: 'official', displayName: 'Cán bộ' }, world.clock.now());
  official = chat(world, 'official');
  communes = world.communes.filter((c) => c.parentId === province.id).slice(0, 2);
  const [first, second] = communes as [Unit, Unit];
  await registerFocalPoint(world, 'fp-a', [first]);
  await registerFocalPoint(world, 'fp-b', [second]);
  focal = chat(world, 'fp-a');
  expect((await focal.say('nop 2025 bb 30.000 tn 2.000 ld 100.000')).text).not.toMatch(/lỗi|error/i);
  expect((await chat(world, 'fp-b').say('nop 2025 bb 45.000 tn 5.000 ld 100.000')).text).not.toMatch(/lỗi|error/i);
});

describe('ranking of provinces', () => {
  it('ranks the old provinces that have a target, each basis apart, and counts the others', async () => {
    const { text } = await official.say('Tỉnh nào có chỉ tiêu BHXH 2025 thấp nhất cả nước?');
    expect(text).toMatch(/^Xếp hạng chỉ tiêu tỷ lệ bao phủ BHXH năm 2025 — 3\/63 tỉnh, thành phố cũ \(trước 1\/7\/2025\) có chỉ tiêu:/);
    expect(text).toContain('Thấp nhất (tính trên lực lượng lao động trong độ tuổi): Tỉnh Bắc Kạn (45%).');
    expect(text).toMatch(/Không nêu cơ sở tính:\n1\. Tỉnh Gia Lai: 16,83%/);
    expect(text).toContain('0/34 tỉnh, thành phố hiện nay (từ 1/7/2025) có chỉ tiêu.');
    expect(text).not.toContain('Cái Nước');
  });

  it('gives the place of a province named among the provinces, not a ranking within it', async () => {
    const { text } = await official.say('Bắc Kạn đứng thứ mấy về BHYT');
    expect(text).toMatch(/^Xếp hạng tỷ lệ bao phủ bảo hiểm y tế — 2\/63 tỉnh, thành phố cũ/);
    expect(text).toContain('→ Tỉnh Bắc Kạn đứng thứ 1/2 (tính trên dân số).');
  });

  it('says who alone holds a value, with no ranking', async () => {
    const { text } = await official.say('Tỉnh nào có chỉ tiêu BHXH năm 2023 cao nhất?');
    expect(text).toContain('Chỉ Tỉnh Gia Lai có chỉ tiêu nên chưa có thứ hạng: 14,83%');
    expect(text).not.toMatch(/^1\. /m);
  });

  it('ranks figures in English, flagging periods that differ', async () => {
    const { text } = await official.say('rank the provinces by health insurance coverage');
    expect(text).toMatch(/^Ranking: health insurance coverage — 2\/63 former provinces/);
    expect(text).toMatch(/1\. Bac Kan Province: 95%.*\n2\. Hai Phong City: 92\.35%/);
    expect(text).toContain('Note: different periods');
  });
});

describe('ranking by the gap to the target', () => {
  it('ranks the provinces by how far each figure is from its own target, saying the periods differ', async () => {
    const { text } = await official.say('Chuẩn bị họp giao ban: trong các tỉnh có số liệu, tỉnh nào còn cách xa chỉ tiêu BHYT nhất?');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Xếp hạng theo mức còn thiếu so với chỉ tiêu — tỷ lệ bao phủ bảo hiểm y tế — 2\/63 tỉnh, thành phố cũ/u);
    expect(lines.slice(1, 4)).toEqual([
      'Xa chỉ tiêu nhất: Thành phố Hải Phòng (còn thiếu 2,65 điểm phần trăm).',
      '1. Thành phố Hải Phòng: còn thiếu 2,65 điểm phần trăm (92,35% — Tháng 11/2023; chỉ tiêu 2025: 95%)',
      '2. Tỉnh Bắc Kạn: còn thiếu 2,5 điểm phần trăm (95% — 9 tháng đầu năm 2021; chỉ tiêu 2021: 97,5%)',
    ]);
    expect(text).toContain('Lưu ý: các đơn vị khác kỳ số liệu hoặc năm chỉ tiêu');
  });

  it('puts the closest first when asked so, in English', async () => {
    const reply = await official.say('which province is closest to its SI target');
    // In words only: a chart draws values, not gaps.
    expect(reply.choices).toBeUndefined();
    const { text } = reply;
    expect(text).toMatch(/\nClosest to target: Bac Kan Province \(0\.46 percentage points short\)\./u);
  });
});

describe('ranking within a place of a shared name', () => {
  it('asks which place, then ranks within the one chosen', async () => {
    const asked = await official.say('xếp hạng các xã của Châu Thành theo BHYT');
    expect(asked.text).toMatch(/^Có nhiều địa danh trùng tên, bạn muốn hỏi:\n1\. Huyện Châu Thành/);
    const { text } = await official.say('1');
    expect(text).toMatch(/^Xếp hạng tỷ lệ bao phủ bảo hiểm y tế — /);
    expect(text).toMatch(/0\/\d+ xã, phường, thị trấn cũ \(trước 1\/7\/2025\) của Huyện Châu Thành/);
  });
});

describe('ranking of communes', () => {
  it('ranks a province’s communes by their submitted figures', async () => {
    const { text } = await official.say(`xếp hạng các xã ${province.name} theo tỷ lệ BHXH`);
    expect(text).toContain(
      `2/${world.communes.filter((c) => c.parentId === province.id).length} xã, phường, đặc khu hiện nay (từ 1/7/2025) của ${province.fullName} có số liệu:`,
    );
    const [first, second] = communes as [Unit, Unit];
    expect(text).toMatch(new RegExp(`1\\. ${second.fullName}: 50% .*\\n2\\. ${first.fullName}: 32%`));
  });

  it('ranks a dissolved city’s old communes and the wards it went into, each structure apart', async () => {
    const { text } = await official.say('Phường nào ở TP Vinh có tỷ lệ BHYT cao nhất?');
    expect(text).toContain('0/6 xã, phường, đặc khu hiện nay (từ 1/7/2025) của Thành phố Vinh');
    expect(text).toContain('0/33 xã, phường, thị trấn cũ (trước 1/7/2025) của Thành phố Vinh');
  });

  it('shows a focal point their own units only, with a note', async () => {
    const { text } = await focal.say(`xã nào của ${province.name} có tỷ lệ BHXH cao nhất?`);
    expect(text).toMatch(/^Đầu mối chỉ xem được số liệu các đơn vị của mình/);
    expect(text).toContain('1/1 xã, phường, đặc khu hiện nay');
    expect(text).not.toContain((communes[1] as Unit).fullName);
  });
});
