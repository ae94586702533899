/**
 * The service's limits on what one sender and one chat cost: the flood guard (per sender) and the
 * reply pacer (per chat). With REDIS_URL set both live on Redis, shared by every replica, over one
 * producer connection (a command fails at once while Redis is away, and each falls back to this
 * process alone until it is back); otherwise both are in memory.
 */
import type { Logger } from '../../logger.js';
import type { FloodGuard } from '../../ports/flood-guard.js';
import { createMemorySlotBook, createReplyPacer, type ReplyPacer } from '../channel/index.js';
import { createMemoryFloodGuard } from '../memory/memory-flood-guard.js';
import { createRedisConnection } from './redis-connection.js';
import { createRedisFloodGuard } from './redis-flood-guard.js';
import { createRedisSlotBook } from './redis-reply-slots.js';

export interface SendingLimits {
  readonly flood: FloodGuard;
  readonly pacer: ReplyPacer;
  /** Where they live, for the start-up log line. */
  readonly shared: boolean;
  close(): Promise<void>;
}

/** Creates the limits: on Redis when `redisUrl` is given, else in memory. */
export function createSendingLimits(config: { readonly redisUrl?: string; readonly redisPrefix: string }, log: Logger): SendingLimits {
  if (config.redisUrl === undefined) {
    return { flood: createMemoryFloodGuard(), pacer: createReplyPacer(createMemorySlotBook(), { log }), shared: false, close: async () => {} };
  }
  const redis = createRedisConnection(config.redisUrl, { log, role: 'producer', connectionName: 'baophu-limits' });
  const options = { prefix: config.redisPrefix, log };
  return {
    flood: createRedisFloodGuard(redis, options),
    pacer: createReplyPacer(createRedisSlotBook(redis, options), { log }),
    shared: true,
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
