/**
 * A time limit on every database call of the hot path. A message, a button or a reminder must not wait
 * forever on a database that stopped answering: PostgreSQL's pool already limits each query (15 s) and
 * each wait for a connection (5 s), but a store method may make several, and the embedded engine has
 * no such limits. So the service and the worker hand the application a store whose every method
 * rejects with DatabaseTimeLimitError when it has not answered within its limit; the handler then
 * answers with its apology (and a webhook asks for the update again). The call itself goes on: a
 * promise cannot be cancelled, and an engine that never answers is ended by engine-fatal.ts.
 *
 * Start-up work (migrations, loading the reference data), the retention job and the engine's own
 * liveness probe (engine-liveness.ts, which waits on its own terms) use the bare store.
 */

import type { Counter } from 'prom-client';
import { ExternalServiceError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';

/** A store method may take this long (our choice): a transaction's 15 s plus a few for its queue. */
export const CALL_LIMIT_MS = 20_000;

/**
 * Other limits by method (our choice): `ping` answers whether the database is there, for the
 * handler's apology and /readyz, and a database that needs seconds for `SELECT 1` is not; a workbook
 * sent in chat (`importFile`, up to 20,000 rows in one transaction: 4–8 s here) may take two minutes.
 */
export const METHOD_LIMITS_MS: Readonly<Record<string, number>> = { ping: 2_000, importFile: 120_000 };

/** A database call that did not answer within its limit. */
export class DatabaseTimeLimitError extends ExternalServiceError {
  constructor(
    readonly method: string,
    readonly limitMs: number,
  ) {
    super('database', `the database did not answer ${method} within ${limitMs} ms`, { code: 'DATABASE_TIME_LIMIT' });
  }
}

export interface CallLimitOptions {
  /** Default CALL_LIMIT_MS. */
  readonly limitMs?: number;
  /** Default METHOD_LIMITS_MS. */
  readonly methodLimitsMs?: Readonly<Record<string, number>>;
  /** Told of each call that passed its limit (for a log line and a counter). */
  readonly onLate?: (error: DatabaseTimeLimitError) => void;
}

/** `target` with every method that returns a promise limited in time (a Proxy; other members pass through). */
export function limitCalls<T extends object>(target: T, options: CallLimitOptions = {}): T {
  const limitMs = options.limitMs ?? CALL_LIMIT_MS;
  const methodLimits = options.methodLimitsMs ?? METHOD_LIMITS_MS;
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (typeof value !== 'function') return value;
      const known = wrapped.get(key);
      if (known) return known;
      const method = String(key);
      const ms = methodLimits[method] ?? limitMs;
      const limited = (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        return result instanceof Promise ? answerWithin(result, method, ms, options.onLate) : result;
      };
      wrapped.set(key, limited);
      return limited;
    },
  });
}

function answerWithin<T>(call: Promise<T>, method: string, ms: number, onLate?: (error: DatabaseTimeLimitError) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new DatabaseTimeLimitError(method, ms);
      onLate?.(error);
      reject(error);
    }, ms);
    timer.unref();
    call.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The hot path's store: limited, with one warning line and a count per late call. */
export function hotPathStore<T extends object>(store: T, log: Logger, late: Counter<'method'>): T {
  return limitCalls(store, {
    onLate: (error) => {
      late.inc({ method: error.method });
      log.warn({ err: error, method: error.method, limitMs: error.limitMs }, 'database call passed its time limit');
    },
  });
}
