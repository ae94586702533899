/**
 * The one ioredis connection the reminder queue, schedulers and workers share (BullMQ duplicates it
 * for the workers' blocking reads). Settings BullMQ needs: `maxRetriesPerRequest: null` (a worker's
 * commands wait out an outage instead of failing after a few retries) and a reconnect strategy that
 * never gives up, so a Redis restart is survived without restarting the process. An outage is
 * logged once when it starts and once when it ends, never per reconnect attempt, and never with the
 * URL's password.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../../logger.js';

/** Longest pause between reconnect attempts: backoff from 100 ms doubling up to this (our choice: 5 s). */
export const MAX_RECONNECT_DELAY_MS = 5_000;

/** How long the readiness check waits for PONG before calling Redis unavailable (our choice: 1 s). */
export const PING_TIMEOUT_MS = 1_000;

/** Options of {@link createRedisConnection}. */
export interface RedisConnectionOptions {
  readonly log: Logger;
  /** Shown by CLIENT LIST (e.g. 'baophu-worker'). */
  readonly connectionName?: string;
  /**
   * 'worker' (default): commands wait out an outage (what BullMQ workers need). 'producer': for queue
   * calls made while answering a chat message or an HTTP request; once connected, a command issued
   * while Redis is away fails at once instead of hanging in the offline queue (the caller says so).
   * Workers must not use a producer connection.
   */
  readonly role?: 'worker' | 'producer';
}

/** Delay before reconnect attempt `times` (1, 2, …): 100 ms doubling, capped; never null (never give up). */
export function reconnectDelay(times: number): number {
  return Math.min(100 * 2 ** Math.min(Math.max(times - 1, 0), 16), MAX_RECONNECT_DELAY_MS);
}

/** The URL without its password or user name, safe to log: `redis://host:port/db`. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unparsable Redis URL)';
  }
}

/** Opens a connection for BullMQ (it connects at once and keeps reconnecting while Redis is away). */
export function createRedisConnection(url: string, options: RedisConnectionOptions): Redis {
  const redisOptions: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    ...(options.role === 'producer' ? { enableOfflineQueue: false } : {}),
    retryStrategy: reconnectDelay,
    // A managed Redis that failed over leaves us on a replica: reconnect to reach the new primary.
    reconnectOnError: (error) => error.message.startsWith('READONLY'),
    ...(options.connectionName ? { connectionName: options.connectionName } : {}),
  };
  const connection = new Redis(url, redisOptions);
  logOutages(connection, options.log.child({ redis: describeRedisUrl(url) }));
  return connection;
}

/** Logs the first error of an outage and the recovery, and nothing in between. */
function logOutages(connection: Redis, log: Logger): void {
  let down = false;
  connection.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log.warn({ msg: 'redis connection lost; reconnecting', err: error });
  });
  connection.on('ready', () => {
    if (!down) return;
    down = false;
    log.info({ msg: 'redis connection restored' });
  });
}

/**
 * For the readiness check: true when Redis answers PING within `timeoutMs`. Answers false at once
 * while the connection is down (commands would otherwise wait in the offline queue until it is back).
 */
export async function pingRedis(connection: Redis, timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  if (connection.status !== 'ready') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      connection.ping().then(
        (reply) => reply === 'PONG',
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
