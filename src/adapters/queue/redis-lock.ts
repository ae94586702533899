/**
 * A short mutual-exclusion lock in Redis, so that instances starting together apply scheduler changes
 * one at a time: SET NX PX with a random token, released only by its holder (compare-and-delete in
 * Lua), expiring by itself if the holder dies. One Redis, no Redlock: a lost lock at worst lets two
 * instances apply the same idempotent changes.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** How the lock is taken. */
export interface LockOptions {
  /** The lock expires after this long if its holder dies. */
  readonly ttlMs: number;
  /** How long to wait for another holder before giving up. */
  readonly waitMs: number;
  /** Pause between attempts while waiting. */
  readonly pollMs?: number;
}

/** What became of a locked run: its result, or 'busy' when the lock stayed taken for `waitMs`. */
export type Locked<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

/** Runs `fn` holding the lock `key`; waits up to `waitMs` for it, then gives up without running. */
export async function withRedisLock<T>(redis: Redis, key: string, options: LockOptions, fn: () => Promise<T>): Promise<Locked<T>> {
  const token = randomUUID();
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    const taken = await redis.set(key, token, 'PX', options.ttlMs, 'NX');
    if (taken === 'OK') break;
    if (Date.now() >= deadline) return { ran: false };
    await sleep(options.pollMs ?? 100);
  }
  try {
    return { ran: true, value: await fn() };
  } finally {
    await redis.eval(RELEASE, 1, key, token);
  }
}
