/**
 * The flood guard port: whether a sender may be answered now. The in-memory guard suits one process;
 * with REDIS_URL set the service uses the Redis guard (adapters/queue/redis-flood-guard.ts), so that
 * every replica draws on one budget per sender.
 */
import { type Bucket, DEFAULT_FLOOD_POLICY, type FloodPolicy, type FloodVerdict, takeToken } from '../core/flood/token-bucket.js';

export interface FloodGuard {
  /** Records a message from `sender` at `now` and says whether to answer it, warn, or drop it. */
  hit(sender: string, now: Date): Promise<FloodVerdict>;
}

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
