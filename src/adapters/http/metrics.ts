/**
 * Prometheus metrics of the service, in a registry of its own (no global state, so tests and a
 * second server in one process do not collide).
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The service's metrics. Labels are fixed, small sets (channel, outcome) to keep cardinality low. */
export interface Metrics {
  readonly registry: Registry;
  /** Updates received from a platform, by channel. */
  readonly updates: Counter<'channel'>;
  /** Replies the platform took, by channel (a reply that could not be sent is not counted). */
  readonly replies: Counter<'channel'>;
  /** Submission versions recorded, by channel (a redelivered submission is counted once). */
  readonly submissions: Counter<'channel'>;
  /** Reminders sent and failed (issue 5). */
  readonly remindersSent: Counter<'channel'>;
  readonly remindersFailed: Counter<'channel'>;
  /** Time to handle one message, in seconds. */
  readonly handlerSeconds: Histogram<'channel'>;
}

/** Creates the metrics; `defaults` adds Node's process metrics (off in tests to keep them quick). */
export function createMetrics(defaults = true): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'baophu_' });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers: [registry] });
  return {
    registry,
    updates: counter('baophu_updates_total', 'Updates received from a platform', ['channel']),
    replies: counter('baophu_replies_total', 'Replies sent', ['channel']),
    submissions: counter('baophu_submissions_total', 'Submission versions recorded', ['channel']),
    remindersSent: counter('baophu_reminders_sent_total', 'Reminders sent', ['channel']),
    remindersFailed: counter('baophu_reminders_failed_total', 'Reminders that failed for good', ['channel']),
    handlerSeconds: new Histogram({
      name: 'baophu_handler_seconds',
      help: 'Time to handle one message',
      labelNames: ['channel'],
      buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}
