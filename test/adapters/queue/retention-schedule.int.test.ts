/** The retention's schedules: at start-up and on a timer without Redis; a BullMQ job scheduler with it. */
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RETENTION_QUEUE, startRetentionJob, startRetentionTimer } from '../../../src/adapters/queue/retention-schedule.js';
import type { RetentionCutoffs } from '../../../src/ports/retention.js';
import { manualClock } from '../../support/manual-clock.js';
import { recordingLogger, testRedisUrl, uniquePrefix } from './queue-kit.js';

function countingStore() {
  const runs: RetentionCutoffs[] = [];
  return {
    runs,
    store: {
      pruneOperational: async (cutoffs: RetentionCutoffs) => {
        runs.push(cutoffs);
        return { inbound: 3, conversations: 1 };
      },
    },
  };
}

describe('retention schedule', () => {
  it('without Redis, prunes at start-up with the default periods and then on its timer', async () => {
    const { runs, store } = countingStore();
    const { log, entries } = recordingLogger();
    const clock = manualClock('2026-11-25T02:00:00Z');
    const stop = startRetentionTimer({ store, clock, log }, 50);
    await new Promise((resolve) => setTimeout(resolve, 180));
    await stop();
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs[0]?.inboundBefore.toISOString()).toBe('2026-10-26T02:00:00.000Z');
    expect(runs[0]?.conversationsExpiredBefore.toISOString()).toBe('2026-11-24T02:00:00.000Z');
    expect(entries.find((e) => e.msg === 'old operational rows pruned')).toMatchObject({ inbound: 3, conversations: 1 });
  });

  it('with Redis, keeps one daily job scheduler however many instances start, and runs it at start-up', async () => {
    const { runs, store } = countingStore();
    const { log } = recordingLogger();
    const clock = manualClock('2026-11-25T02:00:00Z');
    const prefix = uniquePrefix('retention');
    const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const stops = [await startRetentionJob({ store, clock, log, connection, prefix }), await startRetentionJob({ store, clock, log, connection, prefix })];
    for (let i = 0; i < 100 && runs.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.length).toBeGreaterThanOrEqual(1);
    const schedulers = await connection.keys(`${prefix}:${RETENTION_QUEUE}:repeat*`);
    expect(schedulers.length).toBeGreaterThanOrEqual(1);
    const { Queue } = await import('bullmq');
    const queue = new Queue(RETENTION_QUEUE, { connection, prefix });
    expect(await queue.getJobSchedulersCount()).toBe(1);
    await queue.close();
    for (const stop of stops) await stop();
    await connection.quit();
  });
});
