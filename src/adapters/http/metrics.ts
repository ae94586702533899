/**
 * Prometheus metrics of the service, in a registry of its own (no global state, so tests and a
 * second server in one process do not collide).
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { within } from '../../time-limit.js';

/** The service's metrics. Labels are fixed, small sets (channel, outcome) to keep cardinality low. */
export interface Metrics {
  readonly registry: Registry;
  /** Updates received from a platform, by channel. */
  readonly updates: Counter<'channel'>;
  /** Replies the platform took, by channel (a reply that could not be sent is not counted). */
  readonly replies: Counter<'channel'>;
  /** Submission versions recorded, by channel (a redelivered submission is counted once). */
  readonly submissions: Counter<'channel'>;
  /** Reminders sent and failed, by channel. */
  readonly remindersSent: Counter<'channel'>;
  readonly remindersFailed: Counter<'channel'>;
  /** Reminders a dead worker left stuck in sending, queued again, by channel. */
  readonly remindersResent: Counter<'channel'>;
  /** Database calls that passed their time limit (adapters/db/call-limit.ts), by store method. */
  readonly databaseLate: Counter<'method'>;
  /** Time to handle one message, in seconds. */
  readonly handlerSeconds: Histogram<'channel'>;
}

/** Creates the metrics; `defaults` adds Node's process metrics (off in tests to keep them quick). */
export function createMetrics(defaults = true): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'baophu_' });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) => new Counter<L>({ name, help, labelNames, registers: [registry] });
  return {
    registry,
    updates: counter('baophu_updates_total', 'Updates received from a platform', ['channel']),
    replies: counter('baophu_replies_total', 'Replies sent', ['channel']),
    submissions: counter('baophu_submissions_total', 'Submission versions recorded', ['channel']),
    remindersSent: counter('baophu_reminders_sent_total', 'Reminders sent', ['channel']),
    remindersFailed: counter('baophu_reminders_failed_total', 'Reminders that failed for good', ['channel']),
    remindersResent: counter('baophu_reminders_resent_total', 'Reminders left sending by a stopped worker and sent again', ['channel']),
    databaseLate: counter('baophu_database_calls_late_total', 'Database calls that passed their time limit', ['method']),
    handlerSeconds: new Histogram({
      name: 'baophu_handler_seconds',
      help: 'Time to handle one message',
      labelNames: ['channel'],
      buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}

/** Jobs in one queue by state, as the queue adapter counts them. */
export interface QueueJobCounts {
  readonly queue: string;
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  readonly failed: number;
}

/** Ledger rows not closed yet. */
export interface OpenDeliveryCounts {
  readonly pending: number;
  readonly sending: number;
}

/** Where the scrape-time gauges read; a source left out has no gauge. */
export interface StateSources {
  /** The reminder queues' job counts (Redis); absent without REDIS_URL. */
  readonly queues?: () => Promise<readonly QueueJobCounts[]>;
  /** The ledger's open rows (the database). */
  readonly ledger?: () => Promise<OpenDeliveryCounts>;
  /** Longest wait for each source at a scrape (default STATE_READ_TIMEOUT_MS). */
  readonly timeoutMs?: number;
}

/** How long a scrape waits for Redis or the database before it leaves their gauges out (our choice: 1 s). */
export const STATE_READ_TIMEOUT_MS = 1_000;

const QUEUE_STATES = ['waiting', 'delayed', 'active', 'failed'] as const;

/**
 * A read that waits at most `ms` and never has two calls in flight: a scrape that comes while the
 * previous read still hangs waits on that one instead of piling another on a slow Redis or database.
 * Resolves undefined on a timeout or a failure.
 */
function boundedRead<T>(read: () => Promise<T>, ms: number): () => Promise<T | undefined> {
  let inFlight: Promise<T | undefined> | undefined;
  return () => {
    if (inFlight === undefined) {
      const started: Promise<T | undefined> = read()
        .then(
          (value) => value,
          () => undefined,
        )
        .finally(() => {
          if (inFlight === started) inFlight = undefined;
        });
      inFlight = started;
    }
    return within(inFlight, ms, undefined);
  };
}

/**
 * Adds the gauges read at scrape time, once per Metrics:
 * - `baophu_queue_jobs{queue,state}`: jobs per reminder queue in state waiting (the depth), delayed,
 *   active and failed;
 * - `baophu_reminder_deliveries{status}`: ledger rows pending and sending (a row that stays sending
 *   was claimed by a worker that died before closing it: the sweep sends it again, counted by
 *   baophu_reminders_resent_total, or with REMINDER_STUCK=list leaves it to the admin);
 * - `baophu_state_up{source}`: 1 when `queues` (Redis) or `ledger` (the database) answered within the
 *   time limit at this scrape, else 0, and that source's gauge has no samples in this scrape (no
 *   stale value). A scrape waits at most `timeoutMs` per source, the sources in parallel.
 */
export function watchState(metrics: Metrics, sources: StateSources): void {
  const ms = sources.timeoutMs ?? STATE_READ_TIMEOUT_MS;
  const queues = sources.queues && boundedRead(sources.queues, ms);
  const ledger = sources.ledger && boundedRead(sources.ledger, ms);
  const registers = [metrics.registry];
  if (queues) {
    new Gauge({
      name: 'baophu_queue_jobs',
      help: 'Jobs in a reminder queue by state, read from Redis at each scrape',
      labelNames: ['queue', 'state'] as const,
      registers,
      async collect() {
        this.reset();
        for (const counts of (await queues()) ?? []) {
          for (const state of QUEUE_STATES) this.set({ queue: counts.queue, state }, counts[state]);
        }
      },
    });
  }
  if (ledger) {
    new Gauge({
      name: 'baophu_reminder_deliveries',
      help: 'Reminder ledger rows pending and sending, read from the database at each scrape',
      labelNames: ['status'] as const,
      registers,
      async collect() {
        this.reset();
        const counts = await ledger();
        if (counts) for (const status of ['pending', 'sending'] as const) this.set({ status }, counts[status]);
      },
    });
  }
  new Gauge({
    name: 'baophu_state_up',
    help: 'Whether a source of the scrape-time gauges answered in time (1) or not (0)',
    labelNames: ['source'] as const,
    registers,
    async collect() {
      const [q, l] = await Promise.all([queues?.(), ledger?.()]);
      if (queues) this.set({ source: 'queues' }, q === undefined ? 0 : 1);
      if (ledger) this.set({ source: 'ledger' }, l === undefined ? 0 : 1);
    },
  });
}
