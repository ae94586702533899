/**
 * No reminder lost in silence on the memory store: a row a dead worker left "sending" is
 * put back to pending with the reason and queued again under a job of its own, which sends it; a
 * claim younger than the threshold is left alone; a row with nothing left to say is closed; and the
 * admin's `reminders --stuck` lists them, `--resend-stuck` sends them.
 */
import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { remindersCommand } from '../../../src/admin/commands/reminders.js';
import { resendStuckReminders, STUCK_MARGIN_MS, stuckAfterMs, stuckReminders } from '../../../src/app/reminders/stuck-reminders.js';
import type { DeliveryJob } from '../../../src/ports/reminder-queue.js';
import { recordingQueue } from '../../support/reminder-fakes.js';
import { createReminderWorld, type ReminderWorld } from '../../support/reminder-world.js';

/** Monday 14 December 2026: the annual report's 7-day reminder. */
const DAY = '2026-12-14';

let world: ReminderWorld;
beforeEach(async () => {
  world = await createReminderWorld();
});

const deps = () => ({ store: world.store, units: world.directory.current, clock: world.clock, log: pino({ level: 'silent' }), queue: world.queue });

/** Plans the day for one focal point, and claims its row as a worker would before it died mid-send. */
async function stuckJob(userId: string, commune = 0): Promise<DeliveryJob> {
  await world.assign(userId, world.laiChauCommune(commune), 'focal_point');
  await world.plan({ date: DAY });
  const job = world.queue.jobs.find((j) => j.chat.externalChatId === userId);
  if (!job) throw new Error(`no job for ${userId}`);
  expect(await world.store.claimDelivery(job.deliveryId)).toMatchObject({ status: 'sending', attempts: 1 });
  // The job handed back after the lock expired finds the row claimed and does not send it.
  expect(await world.deliver(job)).toBe('not-sent-again');
  return job;
}

describe('the stuck reminders sweep', () => {
  it('counts a claim as stuck after the job lock and a named margin: 60 s with BullMQ 30 s lock', () => {
    expect(STUCK_MARGIN_MS).toBe(30_000);
    expect(stuckAfterMs(30_000)).toBe(60_000);
  });

  it('sends a row left sending again, under a job of its own, recording why', async () => {
    const job = await stuckJob('fp');
    const summary = await resendStuckReminders(deps(), 0);
    expect(summary.resent.map((r) => r.id)).toEqual([job.deliveryId]);
    expect(summary.closed).toBe(0);
    expect(await world.store.findDelivery(job.deliveryId)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringMatching(/^left sending since \d{4}-.* by a worker that stopped; sent again$/),
    });
    const again = world.queue.jobs.filter((j) => j.deliveryId === job.deliveryId);
    expect(again).toEqual([job, { ...job, resend: 1 }]);
    expect(await world.deliver({ ...job, resend: 1 })).toBe('sent');
    expect(world.telegram.textsTo('fp')).toHaveLength(1);
    expect(await world.store.findDelivery(job.deliveryId)).toMatchObject({ status: 'sent', attempts: 2 });
    // Nothing is left for the next sweep.
    expect((await resendStuckReminders(deps(), 0)).stuck).toEqual([]);
  });

  it('leaves a claim younger than the threshold alone: a live worker may be sending it', async () => {
    const job = await stuckJob('fp');
    expect(await resendStuckReminders(deps(), 60_000)).toEqual({ stuck: [], resent: [], closed: 0 });
    expect(await world.store.findDelivery(job.deliveryId)).toMatchObject({ status: 'sending' });
    expect(world.queue.jobs).toHaveLength(1);
  });

  it('closes a stuck row with nothing left to say (the unit reported since) instead of queuing it', async () => {
    const job = await stuckJob('fp');
    await world.submitted([world.laiChauCommune(0)], '2026');
    const summary = await resendStuckReminders(deps(), 0);
    expect(summary).toMatchObject({ resent: [], closed: 1 });
    expect(await world.store.findDelivery(job.deliveryId)).toMatchObject({ status: 'skipped', lastError: expect.stringContaining('nothing left to send') });
    expect(world.queue.jobs).toHaveLength(1);
  });

  it('lets two sweeps at once queue a stuck row once', async () => {
    const job = await stuckJob('fp');
    const [a, b] = await Promise.all([resendStuckReminders(deps(), 0), resendStuckReminders(deps(), 0)]);
    expect(a.resent.length + b.resent.length).toBe(1);
    expect(world.queue.jobs.filter((j) => j.deliveryId === job.deliveryId)).toHaveLength(2);
  });
});

describe('admin reminders --stuck and --resend-stuck', () => {
  it('lists the stuck rows (schedule, period, offset, chat, since when) and sends them again with one command', async () => {
    const job = await stuckJob('fp');
    const queue = recordingQueue();
    let closed = 0;
    const stuckDeps = () => ({
      stuckAfterMs: 0,
      openQueue: async () => ({ queue, close: async () => void (closed += 1) }),
    });
    const listed: string[] = [];
    await remindersCommand(world.store, ['--stuck'], (line) => listed.push(line), world.clock, stuckDeps);
    expect(listed[0]).toBe('reminders stuck in "sending" (claimed over 0 s ago by a worker that stopped, never confirmed): 1');
    expect(listed[1]).toMatch(
      new RegExp(`^ {2}#${job.deliveryId} {2}annual 2026 {2}7 day\\(s\\) before due {2}telegram fp \\(private\\) {2}sending since \\d{4}-\\S+Z {2}attempts 1$`),
    );
    expect(listed[2]).toContain('reminders --resend-stuck');
    expect(closed).toBe(0);

    const resent: string[] = [];
    await remindersCommand(world.store, ['--resend-stuck'], (line) => resent.push(line), world.clock, stuckDeps);
    expect(resent[0]).toBe('reminders stuck in "sending": 1; queued again: 1; closed with nothing left to send: 0');
    expect(queue.jobs).toEqual([{ ...job, resend: 1 }]);
    expect(closed).toBe(1);
    expect(await stuckReminders({ store: world.store }, 0)).toEqual([]);
  });

  it('refuses --stuck with other options', async () => {
    await expect(remindersCommand(world.store, ['--stuck', '--date', DAY], () => undefined, world.clock)).rejects.toThrow(/take no other option/);
    await expect(remindersCommand(world.store, ['--stuck', '--resend-stuck'], () => undefined, world.clock)).rejects.toThrow(/not both/);
  });
});
