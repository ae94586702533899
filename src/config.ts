/**
 * Configuration: validated once at start-up from the environment. `createConfig` is pure so that it
 * can be tested with any input; errors name the variable and never echo a secret's value.
 */
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
});

/** The service's validated configuration. */
export interface Config {
  /** PostgreSQL URL; absent means the embedded PGlite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Folder of the embedded database (and other local state). Default ".data". */
  readonly dataDir: string;
  /** pino level; default "info" for services and "warn" for the console chat. */
  readonly logLevel: (typeof LOG_LEVELS)[number] | undefined;
}

/** Raised when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly variables: readonly string[], message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Builds the configuration from an environment-like record, or throws ConfigError naming each bad variable. */
export function createConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ variable: String(issue.path[0]), message: issue.message }));
    // The message names the variable and the rule only: a URL may carry a password.
    const text = problems.map((p) => `${p.variable}: ${p.message}`).join('; ');
    throw new ConfigError(problems.map((p) => p.variable), `Invalid configuration: ${text}`);
  }
  return { databaseUrl: parsed.data.DATABASE_URL, dataDir: parsed.data.DATA_DIR, logLevel: parsed.data.LOG_LEVEL };
}
