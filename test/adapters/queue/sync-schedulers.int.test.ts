/**
 * Job schedulers derived from the calendar, on a real Redis: one per active schedule, one delayed
 * 'plan' job per scheduler, whatever the restarts, including five instances starting at once.
 */
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { createPlanQueue, type PlanQueue } from '../../../src/adapters/queue/reminder-queue.js';
import { InvalidScheduleError, syncSchedulers } from '../../../src/adapters/queue/sync-schedulers.js';
import type { ReportingSchedule } from '../../../src/core/reminders/types.js';
import { makeSchedule, recordingLogger, testRedisUrl, uniquePrefix } from './queue-kit.js';

const CALENDAR: readonly ReportingSchedule[] = [
  makeSchedule({ id: 1, key: 'monthly', sendHour: 8 }),
  makeSchedule({ id: 2, key: 'six_month', sendHour: 9, timezone: 'Asia/Bangkok' }),
  makeSchedule({ id: 3, key: 'annual', active: false }),
];

describe('syncSchedulers', () => {
  let connection: Redis;
  let prefix: string;
  const opened: PlanQueue[] = [];
  /** A planning queue as a freshly started instance opens it. */
  const instance = () => {
    const queue = createPlanQueue({ connection, prefix });
    opened.push(queue);
    return queue;
  };

  beforeEach(() => {
    connection = createRedisConnection(testRedisUrl(), { log: recordingLogger().log });
    prefix = uniquePrefix('sync');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((q) => q.close()));
    await connection.quit();
  });

  /** The schedulers and the delayed 'plan' jobs, by scheduler id. */
  async function state(queue: PlanQueue) {
    const schedulers = await queue.getJobSchedulers(0, -1);
    const delayed = (await queue.getDelayed(0, -1)) as Job[];
    const jobsPer = new Map<string, string[]>();
    for (const job of delayed.filter((j) => j.name === 'plan')) {
      const key = job.repeatJobKey ?? '(none)';
      jobsPer.set(key, [...(jobsPer.get(key) ?? []), String(job.id)]);
    }
    return {
      schedulers: schedulers.map((s) => ({ id: s.key, pattern: s.pattern, tz: s.tz, data: s.template?.data })).sort((a, b) => a.id.localeCompare(b.id)),
      jobsPer,
    };
  }

  it('makes one scheduler per active schedule, at its send hour in its time zone', async () => {
    const outcome = await syncSchedulers(instance(), CALENDAR);
    expect(outcome).toMatchObject({ skipped: false, upserted: ['plan-monthly', 'plan-six_month'], removed: [] });
    const { schedulers, jobsPer } = await state(instance());
    expect(schedulers).toEqual([
      { id: 'plan-monthly', pattern: '0 8 * * *', tz: 'Asia/Ho_Chi_Minh', data: { scheduleKey: 'monthly' } },
      { id: 'plan-six_month', pattern: '0 9 * * *', tz: 'Asia/Bangkok', data: { scheduleKey: 'six_month' } },
    ]);
    expect([...jobsPer.keys()].sort()).toEqual(['plan-monthly', 'plan-six_month']);
  });

  it('leaves unchanged schedulers and their next job alone after restarts', async () => {
    await syncSchedulers(instance(), CALENDAR);
    const before = await state(instance());
    for (let restart = 0; restart < 3; restart++) {
      const outcome = await syncSchedulers(instance(), CALENDAR);
      expect(outcome).toMatchObject({ upserted: [], removed: [], unchanged: ['plan-monthly', 'plan-six_month'] });
    }
    expect(await state(instance())).toEqual(before);
  });

  it('ends with exactly one scheduler and one delayed job each when five instances start at once, repeatedly', async () => {
    for (let round = 0; round < 3; round++) {
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => syncSchedulers(instance(), CALENDAR)));
      const applied = outcomes.filter((o) => !o.skipped && o.upserted.length > 0);
      expect(applied.length).toBe(round === 0 ? 1 : 0);
    }
    const { schedulers, jobsPer } = await state(instance());
    expect(schedulers.map((s) => s.id)).toEqual(['plan-monthly', 'plan-six_month']);
    for (const id of ['plan-monthly', 'plan-six_month']) expect(jobsPer.get(id)).toHaveLength(1);
    expect(jobsPer.size).toBe(2);
  });

  it('follows edits: a new hour, a deactivated schedule, a renamed key', async () => {
    await syncSchedulers(instance(), CALENDAR);
    const edited = [
      makeSchedule({ id: 1, key: 'monthly', sendHour: 14 }),
      makeSchedule({ id: 2, key: 'six_month', active: false }),
      makeSchedule({ id: 3, key: 'annual_report', sendHour: 7 }),
    ];
    // Concurrent instances again, now with changes to apply.
    await Promise.all(Array.from({ length: 5 }, () => syncSchedulers(instance(), edited)));
    const { schedulers, jobsPer } = await state(instance());
    expect(schedulers.map((s) => [s.id, s.pattern])).toEqual([
      ['plan-annual_report', '0 7 * * *'],
      ['plan-monthly', '0 14 * * *'],
    ]);
    expect([...jobsPer.entries()].sort()).toEqual([
      ['plan-annual_report', [expect.any(String)]],
      ['plan-monthly', [expect.any(String)]],
    ]);
  });

  it('removes every plan scheduler when no schedule is active, and leaves other schedulers alone', async () => {
    const queue = instance();
    await queue.upsertJobScheduler('sync' as 'sync', { every: 3_600_000 }, { name: 'sync', data: {} });
    await syncSchedulers(queue, CALENDAR);
    const outcome = await syncSchedulers(
      instance(),
      CALENDAR.map((s) => ({ ...s, active: false })),
    );
    expect(outcome).toMatchObject({ removed: ['plan-monthly', 'plan-six_month'] });
    const { schedulers, jobsPer } = await state(instance());
    expect(schedulers.map((s) => s.id)).toEqual(['sync']);
    expect(jobsPer.size).toBe(0);
  });

  it('refuses a schedule with an impossible hour or time zone before changing anything', async () => {
    await syncSchedulers(instance(), CALENDAR);
    const before = await state(instance());
    await expect(syncSchedulers(instance(), [makeSchedule({ key: 'bad', sendHour: 24 })])).rejects.toBeInstanceOf(InvalidScheduleError);
    await expect(syncSchedulers(instance(), [makeSchedule({ key: 'bad', timezone: 'Mars/Olympus' })])).rejects.toBeInstanceOf(InvalidScheduleError);
    expect(await state(instance())).toEqual(before);
  });

  it('skips when another instance holds the lock throughout, and releases only its own lock', async () => {
    const lockKey = `${prefix}:reminders-plan-sync-lock`;
    await connection.set(lockKey, 'someone-else', 'PX', 5_000);
    const outcome = await syncSchedulers(instance(), CALENDAR, { lockWaitMs: 200 });
    expect(outcome).toEqual({ skipped: true });
    expect(await connection.get(lockKey)).toBe('someone-else');
    await connection.del(lockKey);
    expect(await syncSchedulers(instance(), CALENDAR, { lockWaitMs: 200 })).toMatchObject({ skipped: false });
    expect(await connection.exists(lockKey)).toBe(0);
  });
});
