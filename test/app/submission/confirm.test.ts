/**
 * Figures that moved more than 30 % against the unit's previous submission (the most recent one for
 * an earlier period) are held for confirmation: nothing is stored until "xac nhan", "huy" drops them,
 * and after 30 minutes they are gone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let next = 0;
const freshUnit = (): Unit => world.communes[5 + next++ * 13] as Unit;

beforeAll(async () => {
  world = await makeWorld();
});

/** A focal point whose unit reported bb 30.000, ld 150.000 for the first half of 2026. */
async function withPreviousFigures(userId: string) {
  const unit = freshUnit();
  const personId = await registerFocalPoint(world, userId, [unit]);
  const c = chat(world, userId);
  await c.say('nop 6T/2026 bb 30.000 ld 150.000');
  return { unit, personId, c, year: () => world.store.submissionHistory(unit.id, '2026') };
}

describe('submission: changes of more than 30 %', () => {
  it('holds them, stores nothing, and asks with the figures and buttons', async () => {
    const { c, year } = await withPreviousFigures('hold');
    const reply = await c.say('nop bb 41.300 ld 160.000');
    expect(reply.text).toMatch(
      /^Chưa ghi nhận số liệu năm 2026 của .+\.\nSố liệu thay đổi hơn 30% so với kỳ trước:\n• bb: 30\.000 → 41\.300 \(\+37,7%\)\nTrả lời "xac nhan"/,
    );
    expect(reply.choices).toEqual(['xac nhan', 'huy']);
    expect(await year()).toEqual([]);
  });

  it('does not hold a change within 30 %', async () => {
    const { c, year } = await withPreviousFigures('within');
    expect((await c.say('nop bb 39.000 ld 150.000')).text).toMatch(/^Đã ghi nhận/);
    expect(await year()).toHaveLength(1);
  });

  it('records them on "xac nhan", with a confirm audit event', async () => {
    const { unit, personId, c, year } = await withPreviousFigures('confirm');
    await c.say('nop bb 41.300 ld 160.000');
    const { text } = await c.say('Xác nhận');
    expect(text).toMatch(/^Đã ghi nhận số liệu năm 2026 của .+ \(phiên bản 1\):/);
    expect(text).toContain('Đã xác nhận thay đổi hơn 30% so với kỳ trước: bb.');
    expect((await year())[0]?.counts).toEqual({ bb: 41300, ld: 160000 });
    const [event] = await world.store.listAudit(unit.id, 1);
    expect(event).toMatchObject({ action: 'confirm', actorId: personId, rawText: 'nop bb 41.300 ld 160.000' });
    expect(event?.details).toMatchObject({ confirmText: 'Xác nhận' });
    expect((await c.say('xac nhan')).text).toMatch(/^Không có số liệu nào đang chờ xác nhận/);
  });

  it('accepts the first button and /xacnhan, in the language of the submission', async () => {
    const first = await withPreviousFigures('button');
    const held = await first.c.say('/submit bb 41.300 ld 160.000');
    // In English, the words and the buttons are English ("xac nhan" and "huy" work as well).
    expect(held.choices).toEqual(['confirm', 'cancel']);
    expect(held.text).toContain('Reply "confirm" to record them or "cancel" to cancel.');
    expect((await first.c.say('1')).text).toMatch(/^Recorded the figures for 2026/);
    const slash = await withPreviousFigures('slash');
    await slash.c.say('nop bb 41.300 ld 160.000');
    expect((await slash.c.say('/xacnhan@baophu_bot')).text).toMatch(/^Đã ghi nhận/);
  });

  it('takes the answer wrapped as people type it: "dạ em xác nhận ạ", "ok đồng ý", "thôi hủy đi"', async () => {
    const polite = await withPreviousFigures('polite');
    await polite.c.say('nop bb 41.300 ld 160.000');
    expect((await polite.c.say('Dạ em xác nhận ạ')).text).toMatch(/^Đã ghi nhận số liệu năm 2026/);
    const agree = await withPreviousFigures('agree');
    await agree.c.say('nop bb 41.300 ld 160.000');
    expect((await agree.c.say('ok đồng ý nhé')).text).toMatch(/^Đã ghi nhận số liệu năm 2026/);
    const drop = await withPreviousFigures('drop');
    await drop.c.say('nop bb 41.300 ld 160.000');
    expect((await drop.c.say('Thôi hủy đi')).text).toBe('Đã hủy; không có số liệu nào được ghi nhận.');
    expect(await drop.year()).toEqual([]);
  });

  it('drops them on "huy" and stores nothing', async () => {
    const { c, year } = await withPreviousFigures('cancel');
    await c.say('nop bb 41.300 ld 160.000');
    expect((await c.say('hủy')).text).toBe('Đã hủy; không có số liệu nào được ghi nhận.');
    expect((await c.say('xac nhan')).text).toMatch(/^Không có số liệu nào đang chờ xác nhận/);
    expect(await year()).toEqual([]);
  });

  it('forgets them after 30 minutes', async () => {
    const { c, year } = await withPreviousFigures('expire');
    await c.say('nop bb 41.300 ld 160.000');
    world.clock.advance(30 * 60_000 + 1);
    expect((await c.say('xac nhan')).text).toBe('Không có số liệu nào đang chờ xác nhận (số liệu chờ quá 30 phút sẽ bị bỏ); hãy gửi lại số liệu.');
    expect((await c.say('confirm')).text).toMatch(/^No figures are waiting for confirmation/);
    expect(await year()).toEqual([]);
  });

  it('drops them when newer figures are recorded, so that a late "xac nhan" cannot revive them', async () => {
    const { c, year } = await withPreviousFigures('stale');
    await c.say('nop bb 41.300 ld 160.000');
    await c.say('nop bb 31.000 ld 150.000');
    expect((await c.say('xac nhan')).text).toMatch(/^Không có số liệu nào đang chờ xác nhận/);
    expect((await year()).map((v) => v.counts.bb)).toEqual([31000]);
  });
});
