/**
 * Runs the retention (ports/retention.ts) on a schedule. With Redis: a BullMQ job scheduler, once a
 * day, whose job any one instance runs (every replica upserts the same scheduler, so there is one);
 * it also runs once at start-up. Without Redis: at start-up and then every 24 hours on a timer in
 * this process. A failed run is logged and tried again at the next.
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import type { Clock } from '../../ports/clock.js';
import { DEFAULT_RETENTION, type RetentionPolicy, type RetentionStore, retentionCutoffs } from '../../ports/retention.js';

/** Once a day. */
export const RETENTION_EVERY_MS = 86_400_000;
/** The BullMQ queue of the retention job. */
export const RETENTION_QUEUE = 'retention';

export interface RetentionDeps {
  readonly store: RetentionStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly policy?: RetentionPolicy;
}

/** One run: prunes and logs what went. */
export async function runRetention(deps: RetentionDeps): Promise<void> {
  const pruned = await deps.store.pruneOperational(retentionCutoffs(deps.clock.now(), deps.policy ?? DEFAULT_RETENTION));
  deps.log.info({ msg: 'old operational rows pruned', ...pruned });
}

function runLogged(deps: RetentionDeps): Promise<void> {
  return runRetention(deps).catch((error: unknown) => {
    deps.log.warn({ msg: 'pruning old rows failed; trying again at the next run', err: error });
  });
}

/** Without Redis: now, then daily. Returns the stop. */
export function startRetentionTimer(deps: RetentionDeps, everyMs = RETENTION_EVERY_MS): () => Promise<void> {
  const first = runLogged(deps);
  const timer = setInterval(() => void runLogged(deps), everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await first;
  };
}

/** How long stopping waits for the retention queue and worker before it lets go of them (Redis may be away). */
const CLOSE_LIMIT_MS = 1_000;

const within = (work: Promise<unknown>, ms: number) =>
  Promise.race([work.catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * With Redis: a daily job scheduler (and one run now) on BullMQ. Returns the stop. Neither starting
 * nor stopping waits on a Redis that is away: the scheduler is put in place in the background (an
 * outage only delays the first prune), and the stop lets go after CLOSE_LIMIT_MS.
 */
export function startRetentionJob(deps: RetentionDeps & { readonly connection: Redis; readonly prefix: string }): () => Promise<void> {
  const { connection, prefix } = deps;
  const queue = new Queue(RETENTION_QUEUE, { connection, prefix });
  queue.on('error', (err) => deps.log.warn({ msg: 'retention queue error', err }));
  const workerConnection = connection.duplicate();
  const worker = new Worker(RETENTION_QUEUE, () => runRetention(deps), { connection: workerConnection, prefix, concurrency: 1 });
  worker.on('error', (err) => deps.log.warn({ msg: 'retention worker error', err }));
  worker.on('failed', (_job, err) => deps.log.warn({ msg: 'pruning old rows failed; trying again at the next run', err }));
  const scheduled = queue
    .upsertJobScheduler('daily-prune', { every: RETENTION_EVERY_MS, immediately: true }, { name: 'prune', opts: { removeOnComplete: 10, removeOnFail: 10 } })
    .catch((err: unknown) => deps.log.warn({ msg: 'retention schedule not set; trying again at the next start', err }));
  return async () => {
    await within(scheduled, CLOSE_LIMIT_MS);
    await within(worker.close(true), CLOSE_LIMIT_MS);
    await within(queue.close(), CLOSE_LIMIT_MS);
    workerConnection.disconnect();
  };
}
