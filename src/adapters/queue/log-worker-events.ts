/**
 * What a worker reports to the log: its errors (a Redis outage once, until the shared connection is
 * ready again, not once per reconnect attempt of each of its connections) and its failed jobs, as
 * retried or final. Only ids, names and error messages: never job data or connection details. The
 * caller passes a logger bound to the queue's name.
 */
import type { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/** True for the errors a Redis outage causes (the connection's reconnect strategy deals with them). */
export function isConnectionError(error: Error): boolean {
  const code = (error as Error & { code?: unknown }).code;
  return (typeof code === 'string' && CONNECTION_CODES.has(code)) || /Connection is closed|connect ETIMEDOUT/.test(error.message);
}

/** Subscribes the log to a worker's 'error' and 'failed' events; returns the unsubscribe (call it on close). */
export function logWorkerEvents<D, R, N extends string>(worker: Worker<D, R, N>, connection: Redis, log: Logger): () => void {
  let down = false;
  const onReady = () => {
    down = false;
  };
  connection.on('ready', onReady);
  worker.on('error', (error: Error) => {
    if (isConnectionError(error)) {
      if (down) return;
      down = true;
      log.warn({ msg: 'worker lost its redis connection; retrying', err: error });
      return;
    }
    log.error({ msg: 'worker error', err: error });
  });
  worker.on('failed', (job: Job<D, R, N> | undefined, error: Error) => {
    const attempts = job?.opts.attempts ?? 1;
    // 'failed' fires on every failed attempt; an UnrecoverableError ends the job whatever attempts are left.
    const final = job === undefined || error.name === 'UnrecoverableError' || job.attemptsMade >= attempts;
    const entry = {
      jobId: job?.id,
      jobName: job?.name,
      attemptsMade: job?.attemptsMade,
      attempts,
      err: error,
    };
    if (final) log.error({ msg: 'job failed for good', ...entry });
    else log.warn({ msg: 'job failed; retrying with backoff', ...entry });
  });
  return () => {
    connection.off('ready', onReady);
  };
}

/** A worker with its event log attached, and a close() that detaches it and then runs `after`. */
export function withEventLog<D, R, N extends string>(
  worker: Worker<D, R, N>,
  connection: Redis,
  log: Logger,
  after?: () => Promise<void>,
): { readonly worker: Worker<D, R, N>; close(force?: boolean): Promise<void> } {
  const unsubscribe = logWorkerEvents(worker, connection, log);
  return {
    worker,
    async close(force = false) {
      try {
        await worker.close(force);
      } finally {
        unsubscribe();
        await after?.();
      }
    },
  };
}
