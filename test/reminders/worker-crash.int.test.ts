/**
 * The reminders' crash check: "a crash test that kills the worker process in the middle of a fan-out and restarts it,
 * after which every recipient has exactly one message at the fake Bot API". The worker is its own OS
 * process (test/support/reminder-worker-child.ts: the real composition, only the clock and the lock
 * timings injected) on a real PostgreSQL and Redis, sending to the fake Telegram Bot API over HTTP.
 * 200 focal points each get one nudge; the first worker is SIGKILLed part-way, a second one finishes.
 *
 * Nothing is lost. A row is claimed (pending → sending) before its send; a kill after the
 * claim leaves it 'sending', and once the claim is older than the stale threshold (shortened here by
 * REMINDER_STUCK_AFTER_SECONDS) the restarted worker's sweep sends it again (at least once). So every
 * recipient gets a message, and the duplicates are at most the rows that were 'sending' at the kill
 * (their request may have reached the platform before the kill). The second test kills before any
 * claim (nothing twice), the third at a moment of the scheduler's choosing.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, openStore } from '../../src/adapters/db/open-store.js';
import { createRedisConnection } from '../../src/adapters/queue/index.js';
import { ledgerLine } from '../../src/admin/commands/reminders.js';
import { createConfig } from '../../src/config.js';
import { recordingLogger, testRedisUrl, uniquePrefix, waitFor } from '../adapters/queue/queue-kit.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { dropPostgresDatabase, freshPostgresUrl } from '../support/postgres.js';
import { logLines, outcomes, seedFanOut, spawnWorker, tally, type WorkerProcess } from './crash-kit.js';
import { countByStatus, DAY_BEFORE_DUE, DUE_DAY, sixMonthLedger, storeDefaultCalendar, THREE_DAYS_BEFORE } from './reminder-seed.js';

const TOKEN = '7012345678:AAF-reminder-crash-test-token';
const RECIPIENTS = 200;
/** The restarted worker's rate: 64 delivery slots (the most one worker runs), so it finishes in seconds. */
const FAST_RATE = 1000;
/** Short locks so that the dead worker's jobs come back in about 3 s instead of a minute. */
const SHORT_LOCKS = { REMINDER_LOCK_MS: '2000', REMINDER_STALLED_MS: '1000' };
/** A claim older than 3 s (past the 2 s lock) counts as stuck and is sent again: seconds, not a minute. */
const SHORT_STUCK = { REMINDER_STUCK_AFTER_SECONDS: '3' };
const RESENT = 'reminders left sending by a stopped worker: sent again';

describe('a reminder worker killed in the middle of a fan-out', () => {
  let databaseUrl: string;
  let opened: OpenedStore;
  let redis: Redis;
  let scheduleId: number;
  let chats: string[];
  let api: FakeTelegramApi | undefined;
  const workers: WorkerProcess[] = [];

  /** A fake API, a Redis prefix and a clock of their own for one test; `start` spawns a worker on them. */
  async function fanOut(clock: string): Promise<{ api: FakeTelegramApi; prefix: string; start(rate: number): WorkerProcess }> {
    const fake = await startFakeTelegramApi(TOKEN);
    api = fake;
    const prefix = uniquePrefix('crash');
    return {
      api: fake,
      prefix,
      start(rate) {
        const worker = spawnWorker({
          DATABASE_URL: databaseUrl,
          REDIS_URL: testRedisUrl(),
          REDIS_PREFIX: prefix,
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: fake.apiRoot,
          TELEGRAM_RATE_PER_SECOND: String(rate),
          REMINDER_CLOCK: clock,
          ...SHORT_LOCKS,
          ...SHORT_STUCK,
        });
        workers.push(worker);
        return worker;
      },
    };
  }

  /** Waits until every ledger row is closed (none pending, none sending) and no delivery job is left to run. */
  async function waitForFanOutDone(prefix: string, offsetDays: number): Promise<void> {
    const queue = new Queue('reminders-telegram', { connection: redis, prefix });
    try {
      await waitFor(
        'the fan-out to finish',
        async () => {
          const rows = await sixMonthLedger(opened.store, scheduleId, offsetDays);
          if (rows.length !== RECIPIENTS || rows.some((r) => r.status === 'pending' || r.status === 'sending')) return false;
          const counts = await queue.getJobCounts('completed', 'waiting', 'active', 'delayed');
          const n = (state: string) => counts[state] ?? 0;
          return n('completed') >= RECIPIENTS && n('waiting') + n('active') + n('delayed') === 0;
        },
        60_000,
      );
    } finally {
      await queue.close();
    }
  }

  const ledger = (offsetDays: number) => sixMonthLedger(opened.store, scheduleId, offsetDays);

  beforeAll(async () => {
    databaseUrl = await freshPostgresUrl();
    opened = await openStore(createConfig({ DATABASE_URL: databaseUrl }));
    chats = await seedFanOut(opened.store, RECIPIENTS, new Date(DAY_BEFORE_DUE));
    scheduleId = await storeDefaultCalendar(opened.store);
    redis = createRedisConnection(testRedisUrl(), { log: recordingLogger().log });
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
    await api?.close();
    api = undefined;
  });

  afterAll(async () => {
    await redis?.quit();
    await opened?.close();
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  });

  it('loses nothing when killed with sends in flight and restarted: the sends cut short go again', async () => {
    const run = await fanOut(DAY_BEFORE_DUE);
    const release = run.api.hold('sendMessage');
    // 25 a second gives the worker 25 delivery slots: with every answer held, 25 sends are in flight.
    const first = run.start(25);
    await first.ready;
    await run.api.waitForCalls('sendMessage', 25, 60_000);
    // Every slot waits on an answer, so no other row can be claimed: each claimed row's request has arrived.
    expect(countByStatus(await ledger(1))).toEqual({ sending: 25, pending: RECIPIENTS - 25 });

    expect((await first.stop('SIGKILL')).signal).toBe('SIGKILL');
    release();
    const second = run.start(FAST_RATE);
    await waitForFanOutDone(run.prefix, 1);

    const result = await outcomes(opened.store, run.api, chats, await ledger(1));
    // 0 lost: every recipient has a message and every row is closed as sent.
    expect(result.filter((o) => o.messages === 0 || o.status !== 'sent')).toEqual([]);
    // The 25 sends the kill cut short had reached the platform: sent again, they are the only duplicates.
    expect(tally(result)).toEqual({ '1/sent': RECIPIENTS - 25, '2/sent': 25 });
    expect(ledgerLine(await ledger(1))).toBe(`  already in the ledger: ${RECIPIENTS} sent, 0 pending, 0 sending, 0 failed, 0 skipped`);
    const resent = logLines(second.stderr(), RESENT).flatMap((line) => line.resent as number[]);
    expect(resent).toHaveLength(25);
    expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('loses nothing when the worker dies while composing (the database slow): the restart sends it', async () => {
    const run = await fanOut(DUE_DAY);
    const release = run.api.hold('sendMessage');
    const first = run.start(5);
    await first.ready;
    await run.api.waitForCalls('sendMessage', 5, 60_000);
    // Composing a reminder reads the submissions: with their table locked, the next sends wait there,
    // before their claim, so the kill finds them unclaimed.
    const lock = new pg.Client({ connectionString: databaseUrl });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE report IN ACCESS EXCLUSIVE MODE');
      release();
      await waitFor(
        'the held sends confirmed and the next ones waiting on the lock',
        async () => {
          const waiting = await lock.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
          return countByStatus(await ledger(0)).sent === 5 && (waiting.rows[0] as { n: number }).n > 0;
        },
        30_000,
      );
      expect(countByStatus(await ledger(0))).toEqual({ sent: 5, pending: RECIPIENTS - 5 });
      await first.stop('SIGKILL');
    } finally {
      await lock.query('ROLLBACK');
      await lock.end();
    }

    run.start(FAST_RATE);
    await waitForFanOutDone(run.prefix, 0);
    const result = await outcomes(opened.store, run.api, chats, await ledger(0));
    expect(tally(result)).toEqual({ '1/sent': RECIPIENTS });
    expect(ledgerLine(await ledger(0))).toContain(`${RECIPIENTS} sent, 0 pending, 0 sending`);
  }, 120_000);

  it('loses nothing when killed at an arbitrary moment, and sends twice only what was sending at the kill', async ({ annotate }) => {
    const run = await fanOut(THREE_DAYS_BEFORE);
    const first = run.start(FAST_RATE);
    await first.ready;
    await run.api.waitForCalls('sendMessage', RECIPIENTS / 2, 60_000);
    await first.stop('SIGKILL');
    const atKill = run.api.calls('sendMessage').length;
    const sendingAtKill = countByStatus(await ledger(3)).sending ?? 0;

    run.start(FAST_RATE);
    await waitForFanOutDone(run.prefix, 3);
    const result = await outcomes(opened.store, run.api, chats, await ledger(3));
    expect(result.filter((o) => o.messages === 0 || o.status !== 'sent')).toEqual([]);
    const duplicates = result.reduce((n, o) => n + o.messages - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(sendingAtKill);
    await annotate(`killed after ${atKill} sends reached the API, ${sendingAtKill} rows sending; outcomes (messages/status): ${JSON.stringify(tally(result))}`);
  }, 120_000);
});
