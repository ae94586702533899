/**
 * Planning reminders (issue 5, DESIGN 2.3) on the memory store: who gets a nudge, one ledger row and
 * one job per message, planning again adds nothing, a scheduled run waits for the send hour in
 * Vietnam, and a focal point who chose English is nudged in English. The default calendar is in
 * force: on Friday 11 December 2026 the annual report (due Sunday 20 December) has its 7-day reminder.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/core/types.js';
import { createReminderWorld, LAI_CHAU, type ReminderWorld } from './reminder-world.js';

const DAY = '2026-12-11';

let world: ReminderWorld;

beforeEach(async () => {
  world = await createReminderWorld();
});

const commune = (i: number): Unit => world.laiChauCommune(i);
/** The queued jobs, as (chat, units) pairs. */
const recipients = () => world.queue.jobs.map((j) => ({ chat: `${j.chat.channel}/${j.chat.externalChatId}`, kind: j.kind, units: j.unitIds }));

describe('runPlanning for a date', () => {
  it('gives each focal point of a unit that has not reported one nudge about all their missing units, and nobody else one', async () => {
    await world.assign('fp-two', commune(0), 'focal_point');
    await world.assign('fp-two', commune(1), 'focal_point');
    await world.assign('fp-one', commune(2), 'focal_point', 'zalo');
    await world.assign('fp-done', commune(3), 'focal_point');
    await world.assign('fp-half', commune(4), 'focal_point');
    await world.assign('fp-half', commune(5), 'focal_point');
    await world.assign('official', world.province(LAI_CHAU).unit, 'official');
    await world.assign('admin', world.province(LAI_CHAU).unit, 'admin');
    await world.submitted([commune(3), commune(5)], '2026');

    const summary = await world.plan({ date: DAY });

    expect(summary).toEqual({ occasions: 1, planned: 3, enqueued: 3 });
    expect(recipients()).toEqual([
      { chat: 'telegram/fp-half', kind: 'nudge', units: [commune(4).id] },
      { chat: 'telegram/fp-two', kind: 'nudge', units: [commune(0).id, commune(1).id] },
      { chat: 'zalo/fp-one', kind: 'nudge', units: [commune(2).id] },
    ]);
    expect(world.queue.jobs.every((j) => j.scheduleId === world.schedule('annual').id && j.period === '2026'
      && j.offsetDays === 7 && j.due === '2026-12-20' && j.sendOn === DAY)).toBe(true);
    const rows = await world.ledger('annual', '2026', 7);
    expect(rows.map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
    expect(new Set(world.queue.jobs.map((j) => j.deliveryId))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('lists both missing units in the one message to a focal point of two', async () => {
    await world.assign('fp-two', commune(0), 'focal_point');
    await world.assign('fp-two', commune(1), 'focal_point');
    await world.plan({ date: DAY });
    expect(await world.deliverQueued()).toEqual(['sent']);
    const [text, ...more] = world.telegram.textsTo('fp-two');
    expect(more).toEqual([]);
    expect(text).toContain('Nhắc nộp báo cáo: Báo cáo năm, kỳ năm 2026.');
    expect(text).toContain('Hạn nộp: 20/12/2026 (còn 9 ngày).');
    expect(text).toContain(`Chưa nộp: ${commune(0).fullName}, Tỉnh Lai Châu, ${commune(1).fullName}, Tỉnh Lai Châu.`);
  });

  it('plans nothing new when run again for the same date, before or after the messages went out', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    await world.assign('fp-b', commune(1), 'focal_point');
    await world.plan({ date: DAY });
    await world.plan({ date: DAY });
    expect(world.queue.added).toEqual([2, 0]);
    expect(await world.ledger('annual', '2026', 7)).toHaveLength(2);

    expect(await world.deliverQueued()).toEqual(['sent', 'sent']);
    const again = await world.plan({ date: DAY });
    expect(again).toEqual({ occasions: 1, planned: 2, enqueued: 0 });
    expect(world.queue.added).toEqual([2, 0, 0]);
    expect(await world.ledger('annual', '2026', 7)).toHaveLength(2);
    expect(await world.deliverQueued()).toEqual([]);
    expect(world.telegram.sent).toHaveLength(2);
  });

  it('plans only the schedule asked for', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    // 17 December: the annual report's 3-day reminder and the monthly figures' (due the 20th too).
    await world.plan({ date: '2026-12-17', scheduleKey: 'monthly' });
    expect(world.queue.jobs.map((j) => [j.period, j.offsetDays])).toEqual([['2026-12', 3]]);
    await world.plan({ date: '2026-12-17' });
    expect(world.queue.jobs.map((j) => [j.period, j.offsetDays])).toEqual([['2026-12', 3], ['2026', 3]]);
  });

  it('plans nothing on a day with no occasion, and nothing for a schedule switched off', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    expect(await world.plan({ date: '2026-12-12' })).toEqual({ occasions: 0, planned: 0, enqueued: 0 });
    await world.store.updateSchedule('annual', { active: false });
    expect(await world.plan({ date: DAY })).toEqual({ occasions: 0, planned: 0, enqueued: 0 });
    expect(world.queue.jobs).toEqual([]);
  });
});

describe('runPlanning by the clock', () => {
  it('waits for the schedule’s send hour in Asia/Ho_Chi_Minh, then plans that civil day', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    world.clock.advance(-30 * 60_000); // 07:30 in Vietnam, 00:30 UTC
    expect((await world.plan()).occasions).toBe(0);
    world.clock.advance(30 * 60_000); // 08:00 in Vietnam
    expect(await world.plan()).toEqual({ occasions: 1, planned: 1, enqueued: 1 });
    expect(world.queue.jobs[0]).toMatchObject({ sendOn: DAY, offsetDays: 7 });
  });

  it('keeps planning the day until midnight in Vietnam (a worker that starts late catches up), not after', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    world.clock.advance(15 * 3_600_000 + 59 * 60_000); // 23:59 in Vietnam
    expect((await world.plan()).planned).toBe(1);
    world.clock.advance(60_000); // 00:00 on Saturday 12 December in Vietnam, still the 11th in UTC
    expect((await world.plan()).occasions).toBe(0);
  });

  it('takes "today" in Vietnam, not in UTC: at 00:30 on the 11th in Vietnam a midnight schedule plans the 11th', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    await world.store.updateSchedule('annual', { sendHour: 0 });
    world.clock.advance(-8 * 3_600_000 + 30 * 60_000); // 2026-12-10T17:30Z
    expect(await world.plan()).toEqual({ occasions: 1, planned: 1, enqueued: 1 });
    expect(world.queue.jobs[0]?.sendOn).toBe(DAY);
  });

  it('plans each schedule at its own hour', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    await world.store.updateSchedule('annual', { sendHour: 9 });
    expect((await world.plan()).occasions).toBe(0);
    world.clock.advance(3_600_000);
    expect((await world.plan()).planned).toBe(1);
  });
});

describe('the language of a nudge', () => {
  it('is English for a focal point who chose English, Vietnamese for the others', async () => {
    const english = await world.assign('fp-en', commune(0), 'focal_point');
    await world.store.setLanguage(english, 'en');
    await world.assign('fp-vi', commune(1), 'focal_point');
    await world.plan({ date: DAY });
    expect(world.queue.jobs.map((j) => [j.chat.externalChatId, j.language])).toEqual([['fp-en', 'en'], ['fp-vi', 'vi']]);
    await world.deliverQueued();
    const [en] = world.telegram.textsTo('fp-en');
    expect(en).toContain('Reminder: Annual report, 2026.');
    expect(en).toContain('(in 9 days)');
    expect(en).toContain(`Not yet reported: ${commune(0).nameEn}`);
    expect(en).toContain('Just reply in one message: /submit 2026 bb <n> tn <n> ld <n>');
    expect(en).not.toMatch(/Nhắc|Hạn nộp|Chưa nộp/);
    expect(world.telegram.textsTo('fp-vi')[0]).toContain('Nhắc nộp báo cáo: Báo cáo năm');
  });

  it('gives an English hint that works as written', async () => {
    const english = await world.assign('fp-en', commune(0), 'focal_point');
    await world.store.setLanguage(english, 'en');
    await world.plan({ date: DAY });
    await world.deliverQueued();
    const hint = /in one message: (.+)$/m.exec(world.telegram.textsTo('fp-en')[0] ?? '')?.[1] ?? '';
    const figures = ['41200', '3150', '180000'];
    const answer = hint.replace(/<n>/g, () => figures.shift() ?? '');
    const reply = await world.handler.handle({ channel: 'telegram', chatId: 'fp-en', userId: 'fp-en', text: answer });
    expect(reply.text).toContain('Recorded the figures for 2026');
    expect(await world.store.findSubmission(commune(0).id, '2026')).toMatchObject({ counts: { bb: 41200, tn: 3150, ld: 180000 } });
  });
});
