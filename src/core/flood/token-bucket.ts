/**
 * A per-sender token bucket: a burst of `capacity` messages, then `refillPerSecond`. The first message
 * over the limit gets one polite "slow down" reply; the rest are dropped silently until the bucket
 * refills, so a flood never turns into a flood of replies. Pure: time is passed in.
 */

export interface FloodPolicy {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

/** 20 messages at once, then one a second: far above what a person types, far below a script. */
export const DEFAULT_FLOOD_POLICY: FloodPolicy = { capacity: 20, refillPerSecond: 1 };

export interface Bucket {
  readonly tokens: number;
  readonly atMs: number;
  /** Whether the sender was already told to slow down since the bucket ran dry. */
  readonly warned: boolean;
}

export type FloodVerdict = 'ok' | 'warn' | 'drop';

/** Takes one token for a message at `nowMs`; returns the verdict and the bucket to keep. */
export function takeToken(bucket: Bucket | undefined, nowMs: number, policy: FloodPolicy): { verdict: FloodVerdict; bucket: Bucket } {
  const elapsed = bucket ? Math.max(0, nowMs - bucket.atMs) / 1000 : 0;
  const tokens = Math.min(policy.capacity, (bucket?.tokens ?? policy.capacity) + elapsed * policy.refillPerSecond);
  if (tokens >= 1) return { verdict: 'ok', bucket: { tokens: tokens - 1, atMs: nowMs, warned: false } };
  const warned = bucket?.warned ?? false;
  return { verdict: warned ? 'drop' : 'warn', bucket: { tokens, atMs: nowMs, warned: true } };
}
