/**
 * Old operational rows (inbound ledger, expired conversations, old attachments) pruned daily: a BullMQ
 * job with Redis (one replica runs it), a timer without.
 */

import type { OpenedStore } from '../adapters/db/open-store.js';
import { pruningAttachments } from '../adapters/http/attachment-links.js';
import { createRedisConnection } from '../adapters/queue/redis-connection.js';
import { startRetentionJob, startRetentionTimer } from '../adapters/queue/retention-schedule.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../ports/clock.js';
import type { Stop } from './limits.js';

/** Starts the daily pruning; resolves with its stops, in the order they were started. */
export function startRetention(config: Pick<Config, 'redisUrl' | 'redisPrefix'>, opened: OpenedStore, clock: Clock, log: Logger): Stop[] {
  const retention = { store: pruningAttachments(opened.store, opened.attachments, clock), clock, log };
  if (config.redisUrl === undefined) return [startRetentionTimer(retention)];
  const connection = createRedisConnection(config.redisUrl, { log, connectionName: 'baophu-retention' });
  const quit: Stop = async () => {
    await connection.quit().catch(() => connection.disconnect());
  };
  return [quit, startRetentionJob({ ...retention, connection, prefix: config.redisPrefix })];
}
