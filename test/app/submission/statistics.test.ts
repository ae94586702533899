/**
 * Submissions from the provincial statistics office: it sends its province's denominators (ld, ds,
 * sth) and nothing else; a message with any other key is refused whole, with a reply naming the keys
 * it may send, and nothing is stored. Focal points keep every key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let nghean: Unit;
let gialai: Unit;

/** Registers `userId` as the statistics office of `unit` through an invite code. */
async function registerStatistics(userId: string, unit: Unit): Promise<void> {
  const code = `ST${userId}`.toUpperCase().replace(/[^A-Z0-9]/g, '');
  await world.store.createInvite({ code, unitId: unit.id, role: 'statistics', createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
  const redeemed = await world.store.redeemInvite(code, { channel: 'console', userId, displayName: `Thống kê ${userId}` }, world.clock.now());
  if (!redeemed.ok) throw new Error(`invite ${code} refused: ${redeemed.reason}`);
}

const province = (name: string): Unit => {
  const unit = world.directory.current().units.find((u) => u.level === 'province' && u.structure === 'post2025' && u.name === name);
  if (!unit) throw new Error(`no province ${name}`);
  return unit;
};
const history = (unit: Unit, period: string) => world.store.submissionHistory(unit.id, period);

beforeAll(async () => {
  world = await makeWorld();
  nghean = province('Nghệ An');
  gialai = province('Gia Lai');
  await registerStatistics('tk-na', nghean);
  await registerStatistics('tk-gl', gialai);
});

describe('submit: the statistics office', () => {
  it('records labour force and population for its province', async () => {
    const { text } = await chat(world, 'tk-na').say('nop Q3/2026 ld 1.850.000 ds 3.480.000');
    expect(text).toMatch(/^Đã ghi nhận số liệu .+ của Tỉnh Nghệ An \(phiên bản 1\):/);
    const [version] = await history(nghean, '2026-Q3');
    expect(version).toMatchObject({ status: 'active', version: 1, counts: { ld: 1_850_000, ds: 3_480_000 } });
  });

  it('records a bare message in its private chat, with people past retirement age', async () => {
    const { text } = await chat(world, 'tk-gl').say('Q2/2026 ds 3.590.000 sth 410.000');
    expect(text).toMatch(/^Đã ghi nhận số liệu .+ của Tỉnh Gia Lai/);
    expect((await history(gialai, '2026-Q2'))[0]?.counts).toEqual({ ds: 3_590_000, sth: 410_000 });
  });

  it('refuses a message with a participants key whole, naming the keys it may send, and stores nothing', async () => {
    const { text } = await chat(world, 'tk-na').say('nop Q2/2026 ld 1.850.000 bb 141.200');
    expect(text).toBe(
      [
        "Chưa ghi nhận số liệu nào: cán bộ thống kê chỉ nộp được ld (lực lượng lao động), ds (dân số), sth (số người sau tuổi nghỉ hưu); tin của bạn có 'bb'.",
        'Hãy gửi lại chỉ các số đó: nop <kỳ> ld <số> ds <số> sth <số>',
      ].join('\n'),
    );
    expect(await history(nghean, '2026-Q2')).toEqual([]);
  });

  it('gives the same reply to "bhxh", which is no key at all, rather than the list of every key', async () => {
    const { text } = await chat(world, 'tk-na').say('nop Q2/2026 ld 1.850.000 bhxh 141.200');
    expect(text).toMatch(/^Chưa ghi nhận số liệu nào: cán bộ thống kê chỉ nộp được ld \(lực lượng lao động\), ds \(dân số\), sth .+; tin của bạn có 'bhxh'\./);
    expect(text).not.toContain('bhyt');
    expect(await history(nghean, '2026-Q2')).toEqual([]);
  });

  it('answers /submit in English, naming every refused key', async () => {
    const { text } = await chat(world, 'tk-na').say('/submit Q2/2026 ds 3.480.000 bhyt 3.300.000 bhxh bb 141.200');
    expect(text).toBe(
      [
        "Nothing was recorded: the statistics office may send only ld (labour force), ds (population), sth (people past retirement age); your message has 'bb', 'bhyt'.",
        'Send those figures alone: nop <period> ld <n> ds <n> sth <n>',
      ].join('\n'),
    );
    expect(await history(nghean, '2026-Q2')).toEqual([]);
  });

  it('may not submit for a commune of its province', async () => {
    const { text } = await chat(world, 'tk-na').say('nop Q2/2026 phường Thành Vinh ld 50.000');
    expect(text).toMatch(/^Bạn không phải đầu mối của 'phường Thành Vinh'\. Bạn có thể nộp số liệu cho:\n• Tỉnh Nghệ An$/);
  });
});

describe('submit: focal points are unaffected', () => {
  it('records a focal point’s participants and labour force as before', async () => {
    const commune = world.communes.find((u) => world.directory.current().provinceOf(u).id === gialai.id) as Unit;
    await registerFocalPoint(world, 'fp-gl', [commune]);
    const { text } = await chat(world, 'fp-gl').say('nop 2026 bb 41.200 tn 3.150 ld 180.000');
    expect(text).toMatch(/^Đã ghi nhận số liệu năm 2026 của .+ \(phiên bản 1\):/);
    expect((await history(commune, '2026'))[0]?.counts).toEqual({ bb: 41_200, tn: 3_150, ld: 180_000 });
  });

  it('still lists every key to a focal point who writes one that does not exist', async () => {
    const commune = world.communes.find((u) => world.directory.current().provinceOf(u).id === nghean.id) as Unit;
    await registerFocalPoint(world, 'fp-na', [commune]);
    const { text } = await chat(world, 'fp-na').say('nop 2026 bhxh 41.200');
    expect(text).toContain('dùng một trong: ld, ds, bb, tn, bhtn, bhyt, huu, sth.');
  });
});
