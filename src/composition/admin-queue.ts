/** The stuck-reminder commands' needs, from the configuration: the threshold, and the reminder queue on Redis (resend only). */
import { createRedisConnection, createReminderQueue } from '../adapters/queue/index.js';
import type { StuckCommandDeps } from '../admin/commands/index.js';
import type { Config } from '../config.js';
import { StartupError } from '../core/errors.js';
import { createLogger } from '../logger.js';
import { configuredStuckAfterMs } from './stuck-sweep.js';

/** REMINDER_STUCK_AFTER_SECONDS (or the job lock plus a margin), and the queue on REDIS_URL under REDIS_PREFIX. */
export function stuckCommandDeps(config: Pick<Config, 'stuckReminders' | 'redisUrl' | 'redisPrefix'>): StuckCommandDeps {
  return {
    stuckAfterMs: configuredStuckAfterMs(config),
    async openQueue() {
      const redisUrl = config.redisUrl;
      if (redisUrl === undefined) throw new StartupError('reminders --resend-stuck needs REDIS_URL: the reminders are sent again through the queue');
      const log = createLogger('silent', false);
      const connection = createRedisConnection(redisUrl, { log, connectionName: 'baophu-admin', role: 'producer' });
      const queue = createReminderQueue({ connection, prefix: config.redisPrefix, log });
      return {
        queue,
        async close() {
          await queue.close();
          await connection.quit().catch(() => connection.disconnect());
        },
      };
    },
  };
}
