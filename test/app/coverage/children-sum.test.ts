/**
 * A parent with no figure of its own answers with its children's counts summed (DESIGN 2.5), through
 * the real message handler: two wards of a province submit, an official asks for the province.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let province: Unit;
let children: readonly Unit[];

beforeAll(async () => {
  world = await makeWorld();
  const index = world.directory.current();
  province = index.units.find((u) => u.structure === 'post2025' && u.level === 'province' && u.name === 'Nghệ An') as Unit;
  children = index.childrenOf(province.id);
  const wards = children.filter((u) => u.typeCode === 'ward').slice(0, 2);
  for (const [i, ward] of wards.entries()) {
    await registerFocalPoint(world, `ward${i}`, [ward]);
    const figures = i === 0 ? 'bb 1.000 tn 200 ld 3.000' : 'bb 30 tn 4 ld 500';
    const { text } = await chat(world, `ward${i}`).say(`nop 6T/2026 ${figures}`);
    expect(text).toMatch(/^Đã ghi nhận số liệu/);
  }
  const code = 'CHILDSUM';
  await world.store.createInvite({ code, unitId: province.id, role: 'official', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
  await world.store.redeemInvite(code, { channel: 'console', userId: 'official', displayName: 'Cán bộ tỉnh' }, world.clock.now());
});

describe('coverage of a parent with no figure of its own', () => {
  it('sums the counts of the children that reported, saying how many of them', async () => {
    const { text } = await chat(world, 'official').say('bhxh tỉnh Nghệ An 6 tháng 2026');
    expect(text).toContain(
      `Tổng hợp từ 2/${children.length} đơn vị hành chính cấp xã có số liệu 6 tháng đầu năm 2026: 35,26% (1.234/3.500 lực lượng lao động trong độ tuổi)`,
    );
  });

  it('says it in English too', async () => {
    const { text } = await chat(world, 'official').say('social insurance coverage Nghe An province first half of 2026');
    expect(text).toContain(`Sum of the 2/${children.length} commune-level units with figures for first half of 2026: 35.26% (1,234/3,500`);
  });

  it('does not sum what no child counted', async () => {
    const { text } = await chat(world, 'official').say('bhyt tỉnh Nghệ An');
    expect(text).not.toContain('Tổng hợp từ');
  });
});
