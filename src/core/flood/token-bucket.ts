/**
 * A per-sender token bucket: a burst of `capacity` messages, then `refillPerSecond`. Over the limit,
 * the sender gets one polite "slow down" reply per flood EPISODE; the rest are dropped silently, so a
 * flood never turns into a flood of replies (nor of warnings, as one warning per refill would be).
 *
 * An episode starts with the first message over the limit and lasts while the sender keeps going
 * over it: it ends once `quietMs` (60 s by default) have passed since the last message over the limit
 * (the sender was quiet, or kept within the limit, that long). Messages the refill allows during an
 * episode are answered; a message over the limit after the episode ended starts a new one, warned
 * again. Pure: time is passed in.
 */

export interface FloodPolicy {
  readonly capacity: number;
  readonly refillPerSecond: number;
  /** How long after the last message over the limit the episode ends (and a new one is warned again). */
  readonly quietMs: number;
}

/** 20 messages at once, then one a second: far above what a person types, far below a script. One warning a minute at most. */
export const DEFAULT_FLOOD_POLICY: FloodPolicy = { capacity: 20, refillPerSecond: 1, quietMs: 60_000 };

export interface Bucket {
  readonly tokens: number;
  readonly atMs: number;
  /** When the sender last went over the limit (the episode's latest message over it), or null outside an episode. */
  readonly overAtMs: number | null;
}

export type FloodVerdict = 'ok' | 'warn' | 'drop';

/** Whether the bucket is inside a flood episode at `nowMs` (a clock that went back counts as inside). */
function inEpisode(bucket: Bucket | undefined, nowMs: number, policy: FloodPolicy): bucket is Bucket & { overAtMs: number } {
  return bucket !== undefined && bucket.overAtMs !== null && nowMs - bucket.overAtMs < policy.quietMs;
}

/** Takes one token for a message at `nowMs`; returns the verdict and the bucket to keep. */
export function takeToken(bucket: Bucket | undefined, nowMs: number, policy: FloodPolicy): { verdict: FloodVerdict; bucket: Bucket } {
  const elapsed = bucket ? Math.max(0, nowMs - bucket.atMs) / 1000 : 0;
  const tokens = Math.min(policy.capacity, (bucket?.tokens ?? policy.capacity) + elapsed * policy.refillPerSecond);
  const episode = inEpisode(bucket, nowMs, policy);
  if (tokens >= 1) return { verdict: 'ok', bucket: { tokens: tokens - 1, atMs: nowMs, overAtMs: episode ? bucket.overAtMs : null } };
  return { verdict: episode ? 'drop' : 'warn', bucket: { tokens, atMs: nowMs, overAtMs: nowMs } };
}
