/**
 * Delivering planned reminders on the memory store: at most once per ledger row, composed
 * from the figures as they are at delivery, and the platform's failures: a 429 waits for its
 * retry_after, a transient error is retried, a user who blocked the bot is written to no more.
 */

import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createReminderDelivery } from '../../../src/app/reminders/deliver-reminder.js';
import type { Unit } from '../../../src/core/types.js';
import { SendError } from '../../../src/ports/messenger.js';
import { type DeliveryJob, RetryDelivery } from '../../../src/ports/reminder-queue.js';
import { createReminderWorld, type ReminderWorld } from '../../support/reminder-world.js';

/** Monday 14 December 2026: the annual report's 7-day reminder (its deadline ends on Monday 21 December). */
const DAY = '2026-12-14';

let world: ReminderWorld;

beforeEach(async () => {
  world = await createReminderWorld();
});

const commune = (i: number): Unit => world.laiChauCommune(i);

/** Plans the day and returns the one job for `userId`. */
async function planFor(userId: string): Promise<DeliveryJob> {
  await world.plan({ date: DAY });
  const job = world.queue.jobs.find((j) => j.chat.externalChatId === userId);
  if (!job) throw new Error(`no job for ${userId}`);
  return job;
}

const rowOf = async (job: DeliveryJob) => world.store.findDelivery(job.deliveryId);
const chatOf = async (userId: string) => (await world.store.ensurePrivateChats([{ channel: 'telegram', externalChatId: userId }]))[0];

describe('delivering a nudge', () => {
  it('sends it once and records it sent', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    expect(await world.deliver(job)).toBe('sent');
    expect(world.telegram.textsTo('fp')).toHaveLength(1);
    expect(await rowOf(job)).toMatchObject({ status: 'sent', attempts: 1, sentAt: '2026-12-14T01:00:00.000Z' });
  });

  it('does not send a job delivered again (a redelivery): not-sent-again', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    expect(await world.deliver(job)).toBe('sent');
    expect(await world.deliver(job)).toBe('not-sent-again');
    expect(world.telegram.sent).toHaveLength(1);
    expect(await rowOf(job)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('skips it when the unit has submitted since planning, sending nothing', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    const reply = await world.handler.handle({ channel: 'telegram', chatId: 'fp', userId: 'fp', text: 'nop 2026 bb 41.200 tn 3.150 ld 180.000' });
    expect(reply.text).toContain('Đã ghi nhận số liệu năm 2026');
    expect(await world.deliver(job)).toBe('skipped');
    expect(world.telegram.sent).toEqual([]);
    expect(await rowOf(job)).toMatchObject({ status: 'skipped', lastError: 'every unit has reported' });
  });

  it('names only the units still missing when one of two has submitted since planning', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    await world.assign('fp', commune(1), 'focal_point');
    const job = await planFor('fp');
    await world.submitted([commune(0)], '2026');
    expect(await world.deliver(job)).toBe('sent');
    const [text] = world.telegram.textsTo('fp');
    expect(text).toContain(`Chưa nộp: ${commune(1).fullName}, Tỉnh Lai Châu.`);
    expect(text).not.toContain(commune(0).fullName);
  });

  it('skips it when the schedule was switched off after planning', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    await world.store.updateSchedule('annual', { active: false });
    expect(await world.deliver(job)).toBe('skipped');
    expect(world.telegram.sent).toEqual([]);
  });

  it('skips it when its channel is off', async () => {
    await world.assign('fp', commune(0), 'focal_point', 'zalo');
    const job = await planFor('fp');
    const telegramOnly = createReminderDelivery({
      store: world.store,
      units: world.directory.current,
      clock: world.clock,
      log: pino({ level: 'silent' }),
      messengers: { telegram: world.telegram },
    });
    expect(await telegramOnly(job)).toBe('skipped');
    expect(await rowOf(job)).toMatchObject({ status: 'skipped', lastError: 'channel zalo is off' });
  });
});

describe('when the platform refuses', () => {
  it('a user who blocked the bot: failed, the chat inactive, and no more reminders planned for it', async () => {
    await world.assign('fp-blocked', commune(0), 'focal_point');
    await world.assign('fp-other', commune(1), 'focal_point');
    const job = await planFor('fp-blocked');
    world.telegram.failNext(new SendError('blocked', 'Forbidden: bot was blocked by the user'));

    expect(await world.deliver(job)).toBe('failed');
    expect(await rowOf(job)).toMatchObject({ status: 'failed', lastError: 'Forbidden: bot was blocked by the user' });
    expect(await chatOf('fp-blocked')).toMatchObject({ active: false });
    expect(await world.deliver(job)).toBe('not-sent-again');

    // Friday 18 December, the 1-day reminder (Sunday 20 moved back): only the other focal point.
    await world.plan({ date: '2026-12-18', scheduleKey: 'annual' });
    expect(world.queue.jobs.filter((j) => j.offsetDays === 1).map((j) => j.chat.externalChatId)).toEqual(['fp-other']);
    expect((await world.ledger('annual', '2026', 1)).map((r) => r.chatId)).toEqual([(await chatOf('fp-other'))?.id]);
  });

  it('a user who blocked the bot and writes to it again: the chat is active and reminded again', async () => {
    await world.assign('fp-back', commune(0), 'focal_point');
    const job = await planFor('fp-back');
    world.telegram.failNext(new SendError('blocked', 'Forbidden: bot was blocked by the user'));
    expect(await world.deliver(job)).toBe('failed');
    expect(await chatOf('fp-back')).toMatchObject({ active: false });

    await world.handler.handle({ channel: 'telegram', chatId: 'fp-back', userId: 'fp-back', chatKind: 'private', text: '/lich' });
    expect(await chatOf('fp-back')).toMatchObject({ active: true });
    await world.plan({ date: '2026-12-18', scheduleKey: 'annual' });
    expect(world.queue.jobs.filter((j) => j.offsetDays === 1).map((j) => j.chat.externalChatId)).toEqual(['fp-back']);
  });

  it('a request the platform rejects: failed for good, but the chat stays active', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    world.telegram.failNext(new SendError('rejected', 'Bad Request: chat not found'));
    expect(await world.deliver(job)).toBe('failed');
    expect(await chatOf('fp')).toMatchObject({ active: true });
  });

  it('429 with retry_after 7: RetryDelivery after 7000 ms, the row pending again, and the next delivery sends it', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    world.telegram.failNext(new SendError('rate_limited', 'Too Many Requests: retry after 7', 7));

    const retry = await world.deliver(job).then(
      () => null,
      (error: unknown) => error,
    );
    expect(retry).toBeInstanceOf(RetryDelivery);
    expect((retry as RetryDelivery).afterMs).toBe(7000);
    expect(await rowOf(job)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Too Many Requests: retry after 7' });

    expect(await world.deliver(job)).toBe('sent');
    expect(world.telegram.textsTo('fp')).toHaveLength(1);
    expect(await rowOf(job)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a transient error: RetryDelivery with no wait of its own (the queue backs off), then sent', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    world.telegram.failNext(new SendError('transient', 'socket hang up'), 2);

    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const retry = await world.deliver(job).then(
        () => null,
        (error: unknown) => error,
      );
      expect(retry).toBeInstanceOf(RetryDelivery);
      expect((retry as RetryDelivery).afterMs).toBeUndefined();
      expect(await rowOf(job)).toMatchObject({ status: 'pending', attempts: attempt });
    }
    expect(await world.deliver(job)).toBe('sent');
    expect(await chatOf('fp')).toMatchObject({ active: true });
  });

  it('a store that fails at the claim: the row stays pending, and the retry sends it (nothing lost)', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    const job = await planFor('fp');
    let failures = 1;
    const flaky = world.deliverOver({
      async claimDelivery(id, reports) {
        if (failures-- > 0) throw new Error('connection terminated unexpectedly');
        return world.store.claimDelivery(id, reports);
      },
    });

    await expect(flaky(job)).rejects.toThrow('connection terminated unexpectedly');
    expect(await rowOf(job)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await flaky(job)).toBe('sent');
    expect(world.telegram.textsTo('fp')).toHaveLength(1);
  });
});

describe('answering a nudge', () => {
  /** The nudge's "reply in one message" line with numbers in place of the placeholders. */
  const answerOf = (text: string) => {
    const figures = ['41.200', '3.150', '180.000'];
    return (/(?:trả lời một tin|in one message): (.+)$/m.exec(text)?.[1] ?? '').replace(/<(số|n)>/g, () => figures.shift() ?? '');
  };

  it('as its hint says records the figures for the period it reminded of, even when another report is due the same day', async () => {
    await world.assign('fp', commune(0), 'focal_point');
    // December's figures by Sunday 20 December: like the annual report's, their deadline ends on Monday
    // 21, and on Friday 18 December both have their 1-day reminder.
    await world.monthlyDueOn(20);
    await world.plan({ date: '2026-12-18' });
    expect(world.queue.jobs.map((j) => [j.period, j.offsetDays, j.due])).toEqual([
      ['2026', 1, '2026-12-21'],
      ['2026-12', 1, '2026-12-21'],
    ]);
    world.clock.advance(4 * 86_400_000);
    await world.deliverQueued();
    const [annual, monthly] = world.telegram.textsTo('fp').map(answerOf);
    expect(monthly).toMatch(/^nop T12\/2026 bb 41.200/);
    expect(annual).toMatch(/^nop 2026 bb 41.200/);

    for (const text of [monthly, annual]) await world.handler.handle({ channel: 'telegram', chatId: 'fp', userId: 'fp', text: text ?? '' });
    expect(await world.store.findSubmission(commune(0).id, '2026-12')).toMatchObject({ version: 1 });
    expect(await world.store.findSubmission(commune(0).id, '2026')).toMatchObject({ version: 1 });
  });
});
