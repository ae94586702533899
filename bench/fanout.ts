/**
 * Fan-out of one reminder occasion to 10,000 recipients, against real servers:
 * PostgreSQL (a fresh database on the bench's server, see bench/fanout-world.ts), a throwaway Redis
 * (or BENCH_REDIS_URL), BullMQ, and a fake Telegram Bot API on loopback in its own process.
 *
 * 1. Planning: wall time of runPlanning for the monthly figures' first nudge after a fixed date
 *    (what the schedule's daily 'plan' job runs), the ledger rows and jobs for every recipient.
 *    Goal <= 5 s.
 * 2. Delivery: the reminder service with the Telegram limiter at 1,000 messages a second drains the
 *    queue; the achieved rate as a fraction of the limit (goal >= 0.95), duplicates (goal 0) and
 *    misses (goal 0) as the fake counted them, the ledger's final statuses, and where the CPU went
 *    (bench/fanout-cpu.ts): on a small machine that line says whether the rate was within reach.
 *
 * `npm run bench` runs it last; `npx tsx bench/fanout-only.ts` runs it alone.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fixedClock } from '../src/adapters/memory/fixed-clock.js';
import { createRedisConnection, createReminderQueue } from '../src/adapters/queue/index.js';
import { type PlanningSummary, runPlanning } from '../src/app/reminders/plan-reminders.js';
import { holidayCalendar } from '../src/core/calendar/index.js';
import { addDays } from '../src/core/civil-time/index.js';
import { occasionsBetween } from '../src/core/reminders/index.js';
import type { Occasion } from '../src/core/reminders/types.js';
import { createLogger, type Logger } from '../src/logger.js';
import { findRedisServer, startThrowawayRedis, type ThrowawayRedis } from '../test/setup/throwaway-redis.js';
import { startBenchChild } from './child-process.js';
import { cpuSnapshot, describeCpu, describeWorkerCpu } from './fanout-cpu.js';
import { type DeliveryFigures, deliverAll } from './fanout-delivery.js';
import type { FanoutFakeApiReady } from './fanout-fake-api.js';
import { createFanoutWorld, type FanoutWorld } from './fanout-world.js';

/** Recipients and limiter of the goal. */
export const FANOUT_RECIPIENTS = 10_000;
export const FANOUT_RATE = 1_000;

/** The schedule planned, and the date after which its first nudge is taken (fixed: runs compare). */
const SCHEDULE_KEY = 'monthly';
const FROM_DATE = '2026-11-01';
const TOKEN = '7000000001:FANOUTbenchFakeTokenAAAAAAAAAAAAAA';

/** Where to run it. */
export interface FanoutOptions {
  /** A PostgreSQL URL whose role may CREATE DATABASE (the bench's own database is made and dropped). */
  readonly databaseUrl: string;
  /** Scratch folder (openDatabase wants one even for PostgreSQL). */
  readonly dataDir: string;
  /** A Redis to use (BENCH_REDIS_URL; the run's keys, `bench-fanout-<random>:*`, are removed after); else a throwaway redis-server. */
  readonly redisUrl?: string | undefined;
  readonly recipients?: number;
  readonly rate?: number;
}

const n = (value: number) => value.toLocaleString('en-US');

async function firstNudge(world: FanoutWorld): Promise<Occasion> {
  const to = addDays(FROM_DATE, 62);
  const holidays = holidayCalendar(await world.store.listHolidays(FROM_DATE, to));
  const nudge = occasionsBetween([world.schedule], FROM_DATE, to, holidays).find((o) => o.kind === 'nudge');
  if (!nudge) throw new Error(`fan-out bench: schedule ${SCHEDULE_KEY} has no nudge after ${FROM_DATE}`);
  return nudge;
}

async function plan(
  world: FanoutWorld,
  where: { readonly redisUrl: string; readonly prefix: string },
  date: string,
  log: Logger,
): Promise<{ ms: number; summary: PlanningSummary }> {
  const connection = createRedisConnection(where.redisUrl, { log, connectionName: 'bench-fanout-planner' });
  const queue = createReminderQueue({ connection, prefix: where.prefix, log });
  try {
    await connection.ping();
    const deps = { store: world.store, units: world.directory.current, clock: fixedClock(`${date}T01:00:00Z`), log, queue };
    const t0 = performance.now();
    const summary = await runPlanning(deps, { date, scheduleKey: SCHEDULE_KEY });
    return { ms: performance.now() - t0, summary };
  } finally {
    await queue.close();
    await connection.quit();
  }
}

const portOf = (url: string) => Number(new URL(url).port) || null;

/** Removes a run's keys from a Redis the bench does not own. */
async function removeKeys(redisUrl: string, prefix: string, log: Logger): Promise<void> {
  const connection = createRedisConnection(redisUrl, { log, connectionName: 'bench-fanout-cleanup' });
  try {
    for await (const keys of connection.scanStream({ match: `${prefix}:*`, count: 1_000 })) {
      if ((keys as string[]).length > 0) await connection.unlink(...(keys as string[]));
    }
  } finally {
    await connection.quit();
  }
}

/** The bench's lines: what was set up, the three figures against their goals, and where the CPU went. */
function describeRun(run: {
  readonly world: FanoutWorld;
  readonly occasion: Occasion;
  readonly recipients: number;
  readonly rate: number;
  readonly planMs: number;
  readonly delivered: DeliveryFigures;
  readonly ledger: string;
}): string[] {
  const { world, occasion, recipients, rate, delivered } = run;
  return [
    `fan-out: ${n(recipients)} focal points with private Telegram chats in ${n(world.audience)} post-2025 communes ` +
      `(about ${(recipients / world.audience).toFixed(1)} each), registered by invite in ${(world.registerMs / 1000).toFixed(1)} s; ` +
      `occasion ${SCHEDULE_KEY} ${occasion.period} due ${occasion.due}, nudge ${occasion.offsetDays} days before, on ${occasion.sendOn}`,
    `fan-out: ${n(recipients)} recipients planned in ${(run.planMs / 1000).toFixed(2)} s (goal <= 5 s); ` +
      `delivered at ${n(Math.round(delivered.ratePerS))} msg/s with the limiter at ${n(rate)}/s = ` +
      `${(delivered.ratePerS / rate).toFixed(2)} of the limit (goal >= 0.95); duplicates ${delivered.duplicates}, missed ${delivered.missed}`,
    `fan-out: ${n(delivered.calls)} sendMessage calls for ${n(delivered.distinct)} distinct chats ` +
      `(${delivered.unexpected} not recipients, ${delivered.notOk} not answered 200), first to last expected in ${delivered.elapsedS.toFixed(2)} s ` +
      `(second half at ${n(Math.round(delivered.secondHalfPerS))} msg/s, the worker warm); ledger ${run.ledger}`,
    describeCpu(delivered.cpu.before, delivered.cpu.after, recipients),
    describeWorkerCpu(delivered.cpu.before, delivered.cpu.after, recipients),
  ];
}

/** Runs the fan-out bench and returns its printable lines. */
export async function benchFanout(options: FanoutOptions): Promise<string[]> {
  const recipients = options.recipients ?? FANOUT_RECIPIENTS;
  const rate = options.rate ?? FANOUT_RATE;
  const log = createLogger('warn', false);
  // Fresh per run: the ledger's ids, hence the job ids, start again at 1 in each new database.
  const prefix = `bench-fanout-${randomBytes(3).toString('hex')}`;
  let redis: ThrowawayRedis | null = null;
  const world = await createFanoutWorld({
    adminUrl: options.databaseUrl,
    dataDir: join(options.dataDir, 'fanout'),
    recipients,
    scheduleKey: SCHEDULE_KEY,
  });
  try {
    let redisUrl = options.redisUrl;
    if (!redisUrl) {
      const server = findRedisServer();
      if (!server) throw new Error('No redis-server found: install Redis or set BENCH_REDIS_URL');
      redis = await startThrowawayRedis(server);
      redisUrl = redis.url;
    }
    const fake = await startBenchChild<FanoutFakeApiReady>('./fanout-fake-api.ts', { token: TOKEN });
    try {
      const occasion = await firstNudge(world);
      const planned = await plan(world, { redisUrl, prefix }, occasion.sendOn, log);
      if (planned.summary.enqueued !== recipients) {
        throw new Error(`fan-out bench: planning queued ${planned.summary.enqueued} jobs, not ${recipients}`);
      }
      const delivered = await deliverAll({
        redisUrl,
        prefix,
        token: TOKEN,
        apiRoot: fake.ready.apiRoot,
        reportUrl: fake.ready.reportUrl,
        rate,
        store: world.store,
        units: world.directory.current,
        clock: fixedClock(`${occasion.sendOn}T00:00:00+07:00`),
        log,
        chatIds: world.chatIds,
        cpuSnapshot: () =>
          cpuSnapshot({
            fakeApiCpuMs: async () => (await fake.usage()).cpuMs,
            postgresPort: portOf(options.databaseUrl),
            redisPort: portOf(redisUrl),
          }),
      });
      const ledger = await world.db.prisma.reminderDelivery.groupBy({ by: ['status'], _count: { _all: true } });
      return describeRun({
        world,
        occasion,
        recipients,
        rate,
        planMs: planned.ms,
        delivered,
        ledger: ledger.map((g) => `${g.status} ${n(g._count._all)}`).join(', '),
      });
    } finally {
      await fake.stop();
      if (!redis) await removeKeys(redisUrl, prefix, log);
    }
  } finally {
    await redis?.stop();
    await world.drop();
  }
}
