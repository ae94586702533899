/**
 * The bench's service process: the real service (store, handler, fastify webhook) started from a
 * configuration input given by the parent, exactly as `npm start` would start it from the environment
 * (the parent's environment is not read: no REDIS_URL or DATABASE_URL leaks in). Logs go to stderr
 * at the configured level, silent unless told.
 */

import { startService } from '../src/composition/start-service.js';
import { createConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { serveAsBenchChild } from './child-process.js';

await serveAsBenchChild(async (input: Record<string, string>) => {
  const config = createConfig(input);
  const stop = await startService(config, createLogger(config.logLevel ?? 'silent', false));
  return { ready: true, stop };
});
