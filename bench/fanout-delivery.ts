/**
 * The delivery half of the fan-out bench: the reminder service as `npm run worker` starts it
 * (startReminderService, configuration from an environment-like record, the limiter at `rate`
 * messages a second) drains the queue that planning filled, against the fake Bot API. The rate is
 * timed at the fake, from the first sendMessage it receives to the last expected one, on the fake's
 * own clock; duplicates and misses are counted from what the fake received, per chat id.
 *
 * BullMQ's limiter lets `rate` jobs start per 1-second window, so a worker with CPU to spare sends
 * each window's share at its start and 10,000 messages span a little over 9 s: the fraction of the
 * limit can then read up to about 1.1. Below 1 it means the worker (or the machine) did not keep up.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { createRedisConnection } from '../src/adapters/queue/index.js';
import { createDeliveryQueue } from '../src/adapters/queue/reminder-queue.js';
import { startReminderService } from '../src/composition/reminders.js';
import { createConfig } from '../src/config.js';
import type { UnitIndex } from '../src/core/units/unit-index.js';
import type { Logger } from '../src/logger.js';
import type { Clock } from '../src/ports/clock.js';
import type { Store } from '../src/ports/store.js';
import type { CpuSnapshot } from './fanout-cpu.js';
import type { FanoutCall } from './fanout-fake-api.js';

/** Give up when the fake has seen no new sendMessage for this long. */
const STALL_MS = 30_000;

/** What the delivery run measured. */
export interface DeliveryFigures {
  /** Seconds from the first sendMessage to the `expected`-th, at the fake. */
  readonly elapsedS: number;
  readonly ratePerS: number;
  /** The rate over the second half of the expected messages: the worker warmed up (JIT, caches). */
  readonly secondHalfPerS: number;
  readonly calls: number;
  readonly distinct: number;
  readonly duplicates: number;
  readonly missed: number;
  /** sendMessage calls for chats that were not recipients, and calls not answered 200. */
  readonly unexpected: number;
  readonly notOk: number;
  /** CPU counters when the service started and when the last expected message arrived. */
  readonly cpu: { readonly before: CpuSnapshot; readonly after: CpuSnapshot };
}

/** Where and how to deliver. */
export interface DeliveryRun {
  readonly redisUrl: string;
  readonly prefix: string;
  readonly token: string;
  readonly apiRoot: string;
  readonly reportUrl: string;
  readonly rate: number;
  readonly store: Store;
  readonly units: () => UnitIndex;
  /** The worker's clock: before the schedules' send hour, so its start-up catch-up plans nothing more. */
  readonly clock: Clock;
  readonly log: Logger;
  readonly chatIds: readonly string[];
  readonly cpuSnapshot: () => Promise<CpuSnapshot>;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fan-out bench: ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

async function waitForCalls(reportUrl: string, expected: number): Promise<void> {
  let seen = -1;
  let lastProgress = Date.now();
  for (;;) {
    const { count } = await getJson<{ count: number }>(`${reportUrl}/count`);
    if (count >= expected) return;
    if (count > seen) {
      seen = count;
      lastProgress = Date.now();
    } else if (Date.now() - lastProgress > STALL_MS) {
      throw new Error(`fan-out bench: delivery stalled at ${count} of ${expected} messages`);
    }
    await sleep(200);
  }
}

/** Waits until the channel's queue holds nothing waiting, active or delayed (late retries would show as duplicates). */
async function waitForDrain(connection: Redis, prefix: string): Promise<void> {
  const queue = createDeliveryQueue('telegram', { connection, prefix });
  try {
    const deadline = Date.now() + STALL_MS;
    while (Date.now() < deadline) {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      await sleep(200);
    }
    throw new Error('fan-out bench: the delivery queue did not drain');
  } finally {
    await queue.close();
  }
}

function figures(calls: readonly FanoutCall[], chatIds: readonly string[]): Omit<DeliveryFigures, 'cpu'> {
  const expected = new Set(chatIds);
  const received = new Set(calls.map((c) => c.chatId));
  const times = calls.map((c) => c.at).sort((a, b) => a - b);
  const first = times[0] ?? 0;
  const last = times[Math.min(chatIds.length, times.length) - 1] ?? first;
  const elapsedS = (last - first) / 1000;
  const half = Math.floor(chatIds.length / 2);
  const halfS = (last - (times[half - 1] ?? first)) / 1000;
  return {
    elapsedS,
    ratePerS: elapsedS > 0 ? chatIds.length / elapsedS : 0,
    secondHalfPerS: halfS > 0 ? (chatIds.length - half) / halfS : 0,
    calls: calls.length,
    distinct: received.size,
    duplicates: calls.length - received.size,
    missed: [...expected].filter((id) => !received.has(id)).length,
    unexpected: [...received].filter((id) => !expected.has(id)).length,
    notOk: calls.filter((c) => c.status !== 200).length,
  };
}

/** Starts the service, waits for every recipient's message and for the queue to drain, stops it. */
export async function deliverAll(run: DeliveryRun): Promise<DeliveryFigures> {
  const config = createConfig({
    REDIS_URL: run.redisUrl,
    REDIS_PREFIX: run.prefix,
    TELEGRAM_BOT_TOKEN: run.token,
    TELEGRAM_API_ROOT: run.apiRoot,
    TELEGRAM_MODE: 'polling',
    TELEGRAM_RATE_PER_SECOND: String(run.rate),
  });
  const before = await run.cpuSnapshot();
  const service = startReminderService(
    { ...config, redisUrl: run.redisUrl },
    {
      store: run.store,
      units: run.units,
      clock: run.clock,
      log: run.log,
    },
  );
  const watcher = createRedisConnection(run.redisUrl, { log: run.log, connectionName: 'bench-fanout-watcher' });
  let after: CpuSnapshot;
  try {
    await waitForCalls(run.reportUrl, run.chatIds.length);
    after = await run.cpuSnapshot();
    await waitForDrain(watcher, run.prefix);
  } finally {
    await service.close(10_000);
    await watcher.quit();
  }
  return { ...figures(await getJson<FanoutCall[]>(`${run.reportUrl}/calls`), run.chatIds), cpu: { before, after } };
}
