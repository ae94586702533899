/**
 * A reminder worker as its own OS process, for tests that kill it (SIGKILL) in the middle of a
 * fan-out: the real composition of `npm run worker` (configuration from the environment, the
 * PostgreSQL store, startReminderService with its Redis connections, queues, workers and the
 * channels' messengers), with only two things injected from the environment:
 *
 *   REMINDER_CLOCK        ISO instant the clock stands at (required)
 *   REMINDER_LOCK_MS      job lock duration; REMINDER_STALLED_MS the stalled check interval
 *                         (both optional, default DEFAULT_WORKER_TIMING; a crash test shortens them
 *                         so that the dead worker's jobs come back in seconds, not a minute)
 *
 * Run with `node --import tsx test/support/reminder-worker-child.ts`. It logs JSON to stderr (level
 * LOG_LEVEL, default warn), writes "ready" on stdout once the service is started, and stops on SIGTERM.
 * Reference data is not seeded: the test has put exactly the units it wants in the database.
 */
import { openStore } from '../../src/adapters/db/open-store.js';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { DEFAULT_WORKER_TIMING, type WorkerTiming } from '../../src/adapters/queue/index.js';
import { loadUnitDirectory } from '../../src/app/units/unit-directory.js';
import { startReminderService } from '../../src/composition/reminders.js';
import { createConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

function timingFrom(env: NodeJS.ProcessEnv): WorkerTiming {
  const ms = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number of ms`);
    return parsed;
  };
  return {
    ...DEFAULT_WORKER_TIMING,
    lockDuration: ms('REMINDER_LOCK_MS', DEFAULT_WORKER_TIMING.lockDuration),
    stalledInterval: ms('REMINDER_STALLED_MS', DEFAULT_WORKER_TIMING.stalledInterval),
  };
}

async function main(): Promise<void> {
  const at = process.env.REMINDER_CLOCK;
  if (!at || Number.isNaN(Date.parse(at))) throw new Error('REMINDER_CLOCK must be an ISO instant');
  const config = createConfig(process.env);
  if (config.redisUrl === undefined) throw new Error('the reminder worker needs REDIS_URL');
  const log = createLogger(config.logLevel ?? 'warn', false);
  const opened = await openStore(config, log);
  const directory = await loadUnitDirectory(opened.store);
  const service = startReminderService(
    { ...config, redisUrl: config.redisUrl },
    {
      store: opened.store,
      units: directory.current,
      clock: fixedClock(at),
      log,
      timing: timingFrom(process.env),
    },
  );
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void (async () => {
      await service.close(5_000);
      await opened.close();
      process.exit(0);
    })();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`reminder worker child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
