/** The Redis flood guard against the FloodGuard contract, over the test Redis. */
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { createRedisFloodGuard } from '../../../src/adapters/queue/redis-flood-guard.js';
import { CONTRACT_FLOOD_POLICY, describeFloodGuardContract } from '../../ports/flood-guard-contract.js';
import { recordingLogger, testRedisUrl, uniquePrefix } from './queue-kit.js';

describeFloodGuardContract('on Redis', async () => {
  const { log, entries } = recordingLogger();
  const redis = createRedisConnection(testRedisUrl(), { log });
  const guard = createRedisFloodGuard(redis, { prefix: uniquePrefix('flood-contract'), log, policy: CONTRACT_FLOOD_POLICY });
  return {
    guard,
    async close() {
      await redis.quit();
      // The verdicts came from Redis, not from the in-memory fallback.
      if (entries.some((e) => e.msg?.startsWith('flood guard: Redis unavailable'))) throw new Error('the Redis guard fell back to memory');
    },
  };
});
