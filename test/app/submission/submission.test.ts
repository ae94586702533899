/**
 * Quick numeric submissions through the chat (DESIGN 2.4): who may submit, for which unit
 * and period, what the reply says, and that nothing is stored on any error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let next = 0;
/** A commune no other test uses. */
const freshUnit = (): Unit => world.communes[next++ * 7] as Unit;
const named = (name: string, province: string): Unit => {
  const unit = world.communes.find((u) => u.name === name && world.directory.current().provinceOf(u).name === province);
  if (!unit) throw new Error(`no ${name}, ${province}`);
  return unit;
};
const history = (unit: Unit, period: string) => world.store.submissionHistory(unit.id, period);

beforeAll(async () => {
  world = await makeWorld();
});

describe('submit: recording', () => {
  it('reads a bare message from a focal point in a private chat, for the open period, and says how to name another', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'bare', [unit]);
    const { text } = await chat(world, 'bare').say('bb 41.200 tn 3.150 ld 180.000');
    expect(text).toMatch(/^Đã ghi nhận số liệu năm 2026 của .+ \(phiên bản 1\):/);
    expect(text).toContain('ld 180.000 · bb 41.200 · tn 3.150');
    expect(text).toContain('• BHXH: 24,64% (44.350/180.000)');
    expect(text).toContain('Nộp đúng hạn (hạn 21/12/2026).');
    expect(text).toContain("Kỳ báo cáo: Năm 2026 (kỳ đang mở). Để nộp cho kỳ khác, ghi kỳ sau 'nop'");
    expect(text).toContain("Gửi 'hoan tac' trong 10 phút để huỷ.");
    const [version] = await history(unit, '2026');
    expect(version).toMatchObject({ status: 'active', version: 1, onTime: true, counts: { bb: 41200, tn: 3150, ld: 180000 } });
  });

  it('shows the unit’s and the province’s targets for the period’s year and the gap, in English for /submit', async () => {
    const unit = named('Trường Vinh', 'Nghệ An');
    const province = world.directory.current().provinceOf(unit);
    const target = { indicator: 'bhxh', year: 2026, basis: 'labour_force', sourceDate: null, label: null, note: null } as const;
    await world.store.saveTarget({ ...target, unit, percent: 30, kind: 'assigned', sourceDocument: '12/QĐ-UBND' });
    await world.store.saveTarget({ ...target, unit: province, percent: 20, kind: 'plan', sourceDocument: '156/KH-UBND' });
    await registerFocalPoint(world, 'targets', [unit]);
    const { text } = await chat(world, 'targets').say('/submit 2026 bb 41.200 tn 3.150 ld 180.000');
    expect(text).toContain('Recorded the figures for 2026 of Truong Vinh Ward, Nghe An Province (version 1):');
    expect(text).toContain('ld 180,000 · bb 41,200 · tn 3,150');
    expect(text).toContain(
      "• Social insurance: 24.64% (44,350/180,000); unit's 2026 target 30% (assigned, 12/QĐ-UBND): 5.36 percentage points short; province's 2026 target 20% (plan, 156/KH-UBND): reached, 4.64 percentage points above",
    );
    expect(text).toContain('• Compulsory SI: 22.89% (41,200/180,000); no 2026 target');
    expect(text).not.toContain('open one');
  });

  it('records a named period, late when its due date has passed, and warns of a rate it cannot compute', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'late', [unit]);
    const { text } = await chat(world, 'late').say('nop 6T/2026 bhyt 520.000 bb 1.000');
    expect(text).toContain('Đã ghi nhận số liệu 6 tháng đầu năm 2026');
    // "Before 5 July" 2026: 4 July a Saturday, so the deadline ran to Monday 6 July.
    expect(text).toContain('Nộp muộn: hạn là 06/07/2026 (số liệu vẫn được ghi nhận).');
    expect(text).toContain("Lưu ý: chưa có 'ld' nên chưa tính được tỷ lệ cho bb.");
    expect(text).toContain("Lưu ý: chưa có 'ds' nên chưa tính được tỷ lệ cho bhyt.");
    expect((await history(unit, '2026-6M'))[0]).toMatchObject({ onTime: false, counts: { bhyt: 520000, bb: 1000 } });
  });

  it('writes who, when, which channel and the raw text to the audit trail', async () => {
    const unit = freshUnit();
    const personId = await registerFocalPoint(world, 'audit', [unit]);
    await chat(world, 'audit').say('nop bb 41.200 ld 180.000');
    const [event] = await world.store.listAudit(unit.id, 5);
    expect(event).toMatchObject({
      at: '2026-11-25T02:00:00.000Z',
      action: 'submit',
      actorId: personId,
      channel: 'console',
      unitId: unit.id,
      rawText: 'nop bb 41.200 ld 180.000',
      details: { period: '2026', version: 1 },
    });
    expect(event?.details).not.toHaveProperty('at');
  });
});

describe('submit: the keyword', () => {
  it('is required in a group: bare figures there are not a submission', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'group', [unit]);
    const inGroup = chat(world, 'group', { chatKind: 'group', chatId: 'group-1' });
    expect((await inGroup.say('bb 41.200 ld 180.000')).text).not.toContain('Đã ghi nhận');
    expect(await history(unit, '2026')).toHaveLength(0);
    for (const keyword of ['nop', 'nộp', '/nop', '/submit@baophu_bot']) {
      expect((await inGroup.say(`${keyword} bb 41.200 ld 180.000`)).text).toMatch(/^(Đã ghi nhận|Recorded)/);
    }
  });

  it('is required from someone who is not a focal point, who is then told who may submit', async () => {
    const unit = freshUnit();
    await world.store.createInvite({ code: 'OFFICIAL1', unitId: unit.id, role: 'official', createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
    await world.store.redeemInvite('OFFICIAL1', { channel: 'console', userId: 'official', displayName: 'Cán bộ' }, world.clock.now());
    const official = chat(world, 'official');
    expect((await official.say('bb 41.200 ld 180.000')).text).not.toContain('Đã ghi nhận');
    expect((await official.say('nop bb 41.200 ld 180.000')).text).toBe(
      'Chỉ đầu mối đã đăng ký mới nộp được số liệu. Hãy xin quản trị viên một mã mời và gửi mã đó cho bot.',
    );
    expect((await official.say('/submit bb 41.200 ld 180.000')).text).toMatch(/^Only a registered focal point can submit figures/);
    expect(await world.store.findReports([unit.id])).toEqual([]);
  });
});

describe('submit: the unit', () => {
  it('asks a focal point of several units to name one, and records for the one named', async () => {
    const [a, b] = [named('Vinh Phú', 'Nghệ An'), named('Vinh Lộc', 'Nghệ An')] as [Unit, Unit];
    await registerFocalPoint(world, 'two', [a, b]);
    const two = chat(world, 'two');
    const ask = await two.say('nop bb 5 ld 10');
    expect(ask.text).toContain('Bạn là đầu mối của nhiều đơn vị');
    expect(ask.text).toContain('• Phường Vinh Phú, Tỉnh Nghệ An\n• Phường Vinh Lộc, Tỉnh Nghệ An');
    expect((await two.say('nop phường Vinh Lộc bb 5 ld 10')).text).toContain('của Phường Vinh Lộc, Tỉnh Nghệ An (phiên bản 1)');
    expect(await history(a, '2026')).toHaveLength(0);
    expect(await history(b, '2026')).toHaveLength(1);
  });

  it('refuses a unit that is not the sender’s, naming the units they may submit for (vi and en)', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'notmine', [unit]);
    const vi = await chat(world, 'notmine').say('nop Cửa Lò bb 5 ld 10');
    expect(vi.text).toMatch(/^Bạn không phải đầu mối của 'Cửa Lò'\. Bạn có thể nộp số liệu cho:\n• /);
    const en = await chat(world, 'notmine').say('/submit Cua Lo bb 5 ld 10');
    expect(en.text).toMatch(/^You are not the focal point for 'Cua Lo'\. You may submit figures for:\n• /);
    expect(await history(named('Cửa Lò', 'Nghệ An'), '2026')).toHaveLength(0);
  });

  it('lets the console’s local administrator, once registered, submit for a unit they name', async () => {
    const unit = named('Cửa Lò', 'Nghệ An');
    const local = chat(world, 'admin');
    expect((await local.say('nop Cửa Lò bb 5 ld 10')).text).toContain('Số liệu phải ghi tên người nộp');
    await registerFocalPoint(world, 'admin', [freshUnit()]);
    expect((await local.say('nop Cửa Lò bb 5 ld 10')).text).toContain('Phường Cửa Lò, Tỉnh Nghệ An (phiên bản 1)');
    expect(await history(unit, '2026')).toHaveLength(1);
  });
});

describe('submit: errors store nothing and name the key and the value', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['nop bb 41.200 bb 41.300 ld 180.000', "'bb' xuất hiện hai lần (41.200 và 41.300)"],
    ['nop tn 200 ld 100', 'tn (200) lớn hơn ld (100).'],
    ['nop bb 41,5 ld 100', "'bb': '41,5' có phần thập phân"],
    ['/submit xx 5 ld 100', "'xx' (5) is not a known key"],
    ['/submit bb 5 ld 10 T13/2026', "Cannot read the period 'T13/2026'"],
  ];
  it.each(cases)('%s', async (message, expected) => {
    const unit = freshUnit();
    await registerFocalPoint(world, `err-${message}`, [unit]);
    const { text } = await chat(world, `err-${message}`).say(message);
    expect(text).toContain(expected);
    expect(text).toContain('nop 6T/2025 bb 41.200 tn 3.150 ld 180.000');
    expect((await world.store.findReports([unit.id])).length).toBe(0);
    expect(await world.store.listAudit(unit.id, 5)).toEqual([]);
  });

  it('refuses a period that has not begun (vi and en)', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'future', [unit]);
    expect((await chat(world, 'future').say('nop T1/2027 bb 5 ld 10')).text).toBe('Kỳ tháng 1/2027 chưa bắt đầu; chưa nộp được số liệu cho kỳ này.');
    expect((await chat(world, 'future').say('/submit 2027 bb 5 ld 10')).text).toBe('2027 has not begun yet; figures for it cannot be submitted.');
    expect(await world.store.findReports([unit.id])).toEqual([]);
  });
});
