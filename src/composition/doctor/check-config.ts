/** The doctor's first check: the environment read exactly as the service reads it at start-up. */
import { resolve } from 'node:path';
import { type Config, ConfigError, createConfig, enabledChannels } from '../../config.js';
import { type CheckLine, failed, passed } from './report.js';

const PIECE = 'Configuration';

/** The configuration and its line, or only the line when it is invalid. */
export function checkConfig(env: Readonly<Record<string, string | undefined>>): { line: CheckLine; config?: Config } {
  let config: Config;
  try {
    config = createConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // ConfigError names the variables and what is wrong with them, never their values.
    const variables = [...new Set(error.variables)];
    const text =
      `${error.message.replace(/^Invalid configuration: /, '')}. Correct ${variables.join(', ')} in the env file; ` +
      'the service and the worker refuse to start until then.';
    return { line: failed(PIECE, text) };
  }
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${resolve(config.dataDir)} (DATA_DIR)`;
  const channels = enabledChannels(config);
  const parts = [
    `database: ${database}`,
    `channels: ${channels.length > 0 ? channels.join(', ') : 'none (no bot token is set: the service will answer no one)'}`,
    `reminders: ${config.redisUrl ? 'on (REDIS_URL)' : 'off (REDIS_URL is not set)'}`,
  ];
  return { line: passed(PIECE, `valid. ${parts.join('; ')}.`), config };
}
