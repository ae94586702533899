/**
 * An in-memory flood guard: one budget per sender within one process. With REDIS_URL set the service
 * uses the Redis guard instead (adapters/queue/redis-flood-guard.ts), which falls back to this one.
 */
import { type Bucket, DEFAULT_FLOOD_POLICY, type FloodPolicy, takeToken } from '../../core/flood/token-bucket.js';
import type { FloodGuard } from '../../ports/flood-guard.js';

/** Senders remembered at most; the least recently seen are forgotten first. */
const MAX_SENDERS = 50_000;

/** An in-memory flood guard. */
export function createMemoryFloodGuard(policy: FloodPolicy = DEFAULT_FLOOD_POLICY): FloodGuard {
  const buckets = new Map<string, Bucket>();
  return {
    async hit(sender, now) {
      const { verdict, bucket } = takeToken(buckets.get(sender), now.getTime(), policy);
      buckets.delete(sender); // re-insert: Map order is then least recently seen first
      buckets.set(sender, bucket);
      if (buckets.size > MAX_SENDERS) buckets.delete(buckets.keys().next().value as string);
      return verdict;
    },
  };
}
