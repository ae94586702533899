/**
 * Planning reminders (DESIGN 2.3) on the memory store: who gets a nudge, one ledger row and
 * one job per message, planning again adds nothing, a scheduled run waits for the send hour in
 * Vietnam, and a focal point who chose English is nudged in English. The default calendar is in
 * force: the annual report's last day on time is Saturday 19 December 2026, so its deadline ends on
 * Monday 21 December, and on Monday 14 December it has its 7-day reminder.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { provinceKey } from '../../../src/core/calendar/index.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';
import type { Unit } from '../../../src/core/types.js';
import { createReminderWorld, DIEN_BIEN, LAI_CHAU, type ReminderWorld } from '../../support/reminder-world.js';

const DAY = '2026-12-14';

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
    expect(
      world.queue.jobs.every(
        (j) => j.scheduleId === world.schedule('annual').id && j.period === '2026' && j.offsetDays === 7 && j.due === '2026-12-21' && j.sendOn === DAY,
      ),
    ).toBe(true);
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
    expect(text).toContain('Hạn nộp: 21/12/2026 (còn 7 ngày).');
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
    // December's figures by Sunday 20 December, so they end on Monday 21 like the annual report: on
    // Friday 18 December both have their 1-day reminder.
    await world.monthlyDueOn(20);
    await world.plan({ date: '2026-12-18', scheduleKey: 'monthly' });
    expect(world.queue.jobs.map((j) => [j.period, j.offsetDays])).toEqual([['2026-12', 1]]);
    await world.plan({ date: '2026-12-18' });
    expect(world.queue.jobs.map((j) => [j.period, j.offsetDays])).toEqual([
      ['2026-12', 1],
      ['2026', 1],
    ]);
  });

  it('plans nothing on a day with no occasion, and nothing for a schedule switched off', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    // Tuesday 15 December: no reminder of the annual report, nor of the monthly figures, which have no day.
    expect(await world.plan({ date: '2026-12-15' })).toEqual({ occasions: 0, planned: 0, enqueued: 0 });
    await world.store.updateSchedule('annual', { active: false });
    expect(await world.plan({ date: DAY })).toEqual({ occasions: 0, planned: 0, enqueued: 0 });
    expect(world.queue.jobs).toEqual([]);
  });
});

describe('a province with its own schedule', () => {
  it('is reminded on its own days, and left out of the national schedule of the same family', async () => {
    const laiChau = world.province(LAI_CHAU).unit;
    await world.assign('fp-lc', commune(0), 'focal_point');
    await world.assign('fp-db', world.province(DIEN_BIEN).communes[0] as Unit, 'focal_point');
    // Lai Châu's own annual report, last day Thursday 10 December: the due-day nudge on the 10th.
    const own = provinceKey('annual', laiChau.id);
    await world.store.ensureSchedules([
      {
        ...(DEFAULT_REPORTING_SCHEDULES[1] as (typeof DEFAULT_REPORTING_SCHEDULES)[number]),
        key: own,
        provinceId: laiChau.id,
        due: { kind: 'fixed', month: 12, day: 10 },
      },
    ]);
    await world.calendar.reload();

    await world.plan({ date: '2026-12-10' });
    expect(world.queue.jobs.map((j) => [j.chat.externalChatId, j.scheduleId, j.offsetDays, j.due])).toEqual([
      ['fp-lc', world.schedule(own).id, 0, '2026-12-10'],
    ]);
    // Monday 14 December, the national report's 7-day nudge: Điện Biên's focal point alone.
    await world.plan({ date: DAY });
    expect(world.queue.jobs.slice(1).map((j) => [j.chat.externalChatId, j.scheduleId, j.offsetDays, j.due])).toEqual([
      ['fp-db', world.schedule('annual').id, 7, '2026-12-21'],
    ]);
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
    world.clock.advance(60_000); // 00:00 on Tuesday 15 December in Vietnam, still the 14th in UTC
    expect((await world.plan()).occasions).toBe(0);
  });

  it('takes "today" in Vietnam, not in UTC: at 00:30 on the 14th in Vietnam a midnight schedule plans the 14th', async () => {
    await world.assign('fp-a', commune(0), 'focal_point');
    await world.store.updateSchedule('annual', { sendHour: 0 });
    world.clock.advance(-8 * 3_600_000 + 30 * 60_000); // 2026-12-13T17:30Z
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
    expect(world.queue.jobs.map((j) => [j.chat.externalChatId, j.language])).toEqual([
      ['fp-en', 'en'],
      ['fp-vi', 'vi'],
    ]);
    await world.deliverQueued();
    const [en] = world.telegram.textsTo('fp-en');
    expect(en).toContain('Reminder: Annual report, 2026.');
    expect(en).toContain('(in 7 days)');
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
