/**
 * The flood guard port: whether a sender may be answered now. The in-memory guard
 * (adapters/memory/memory-flood-guard.ts) suits one process; with REDIS_URL set the service uses the
 * Redis guard (adapters/queue/redis-flood-guard.ts), so that every replica draws on one budget per sender.
 */
import type { FloodVerdict } from '../core/flood/token-bucket.js';

export interface FloodGuard {
  /** Records a message from `sender` at `now` and says whether to answer it, warn, or drop it. */
  hit(sender: string, now: Date): Promise<FloodVerdict>;
}
