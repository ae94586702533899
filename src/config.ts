/**
 * Configuration: validated once at start-up from the environment. `createConfig` is pure so that it
 * can be tested with any input; errors name the variable and never echo a value (URLs and tokens may
 * carry secrets). A variable set to an empty (or blank) value counts as unset, as `.env.example` ships
 * them; URLs must parse as URLs, and a trailing slash on a base URL is dropped.
 */

import { z } from 'zod';
import { StartupError } from './core/errors.js';
import { type Environment, processEnvironment } from './environment.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const MODES = ['webhook', 'polling'] as const;
type Mode = (typeof MODES)[number];

const optional = (inner: z.ZodType<string>) => inner.optional();
const url = (protocols: RegExp, what: string) =>
  z
    .string()
    .trim()
    .regex(protocols, `must be a ${what} URL`)
    .refine((text) => URL.canParse(text), 'is not a valid URL')
    .transform((text) => text.replace(/\/+$/, ''));
/** Telegram allows 1–256 characters A–Z, a–z, 0–9, _ and -, Zalo 8–256; we ask for 16 of those at least, on both. */
const secret = z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and -');

const schema = z
  .object({
    DATABASE_URL: optional(url(/^postgres(ql)?:\/\//, 'postgres:// or postgresql://')),
    DATA_DIR: z.string().trim().min(1).default('.data'),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:-]+$/, 'must be an IP address or a host name')
      .default('0.0.0.0'),
    // Telegram and Zalo call webhooks over HTTPS only, and PUBLIC_URL serves nothing else.
    PUBLIC_URL: optional(url(/^https:\/\//, 'https://')),
    REDIS_URL: optional(url(/^rediss?:\/\//, 'redis:// or rediss://')),
    REDIS_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1–40 characters of A–Z, a–z, 0–9, _ and -')
      .default('baophu'),
    TELEGRAM_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(25),
    ZALO_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(10),
    // Reminders a dead worker left "sending": sent again (at least once) or only listed (at most once).
    REMINDER_STUCK: z.enum(['resend', 'list']).default('resend'),
    REMINDER_STUCK_AFTER_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
    TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'does not look like a bot token (<id>:<secret>)')),
    TELEGRAM_API_ROOT: url(/^https?:\/\//, 'http:// or https://').default('https://api.telegram.org'),
    TELEGRAM_WEBHOOK_SECRET: optional(secret),
    TELEGRAM_MODE: z.enum(MODES).optional(),
    ZALO_BOT_TOKEN: optional(z.string().min(10, 'is too short to be a bot token')),
    ZALO_API_BASE: url(/^https?:\/\//, 'http:// or https://').default('https://bot-api.zaloplatforms.com'),
    ZALO_WEBHOOK_SECRET: optional(secret),
    ZALO_MODE: z.enum(MODES).optional(),
    // The queue board's password: the same alphabet and length as the webhook secrets.
    ADMIN_UI_TOKEN: optional(secret),
    WORKER_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    // Chat submissions: the current year and this many before it; older history comes by import.
    SUBMISSION_YEARS_BACK: z.coerce.number().int().min(0).max(50).default(2),
  })
  .superRefine((env, ctx) => {
    // A channel in webhook mode needs a public URL to register and a secret to check.
    for (const channel of ['TELEGRAM', 'ZALO'] as const) {
      if (!env[`${channel}_BOT_TOKEN`] || modeOf(env[`${channel}_MODE`], env.PUBLIC_URL) !== 'webhook') continue;
      if (!env.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: `is required when ${channel}_MODE is webhook` });
      if (!env[`${channel}_WEBHOOK_SECRET`]) {
        ctx.addIssue({ code: 'custom', path: [`${channel}_WEBHOOK_SECRET`], message: `is required in webhook mode` });
      }
    }
  });

/** Webhook when a public URL is configured, else long polling, unless the mode is set. */
function modeOf(mode: Mode | undefined, publicUrl: string | undefined): Mode {
  return mode ?? (publicUrl ? 'webhook' : 'polling');
}

/** What every chat platform's settings carry, whatever the mode. */
interface ChannelBase {
  readonly token: string;
  readonly apiBase: string;
}

/** A channel the platform calls: registered at PUBLIC_URL, each call checked against the secret. */
export interface WebhookChannelConfig extends ChannelBase {
  readonly mode: 'webhook';
  readonly webhookSecret: string;
}

/** A channel that asks the platform for updates (long polling): no public URL, no secret. */
export interface PollingChannelConfig extends ChannelBase {
  readonly mode: 'polling';
}

/**
 * One chat platform's settings, told apart by their mode; absent when its token is not set (the
 * channel is off). Consumers narrow on `mode`: only a webhook channel has a secret.
 */
export type ChannelConfig = WebhookChannelConfig | PollingChannelConfig;

/** The service's validated configuration. */
export interface Config {
  /** PostgreSQL URL; absent means the embedded PGlite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Folder of the embedded database (and other local state). Default ".data". */
  readonly dataDir: string;
  /** pino level; default "info" for services and "warn" for the console chat. */
  readonly logLevel: (typeof LOG_LEVELS)[number] | undefined;
  /** HTTP port of the service (webhooks, health, metrics). Default 3000. */
  readonly port: number;
  /** Address the service listens on. Default 0.0.0.0 (every interface, as a container needs); 127.0.0.1 behind a local proxy. */
  readonly host: string;
  /** Public base URL the platforms call (webhook mode). */
  readonly publicUrl: string | undefined;
  /** Redis URL (the reminder queue); absent: no queue, no reminders. */
  readonly redisUrl: string | undefined;
  /** BullMQ key prefix, one per deployment sharing a Redis. Default "baophu". */
  readonly redisPrefix: string;
  /**
   * Reminders sent per second per channel. Telegram allows about 30 per second overall: the default
   * 25 leaves room for replies. Zalo publishes no figure: 10 is our cautious default.
   */
  readonly reminderRates: { readonly telegram: number; readonly zalo: number };
  /**
   * Reminders left "sending" by a worker that died: `resend` (default) sends them again,
   * `list` only lists them (admin reminders --stuck). `afterMs`: how old a claim must be to count as
   * stuck; absent: the job lock plus a margin (stuckAfterMs, 60 s).
   */
  readonly stuckReminders: { readonly policy: 'resend' | 'list'; readonly afterMs: number | undefined };
  readonly telegram: ChannelConfig | undefined;
  readonly zalo: ChannelConfig | undefined;
  /** Password of the queue board at /admin/queues; absent: the board is not mounted (404). Never logged. */
  readonly adminUiToken: string | undefined;
  /** HTTP port of `npm run worker` (/healthz, /readyz, /metrics) on `host`. Default 3001; 0: no HTTP server. */
  readonly workerPort: number;
  /** Chat submissions are for the current year and this many years before it. Default 2; older history comes by import. */
  readonly submissionYearsBack: number;
}

/** Raised when the environment does not describe a valid configuration. */
export class ConfigError extends StartupError {
  constructor(
    readonly variables: readonly string[],
    message: string,
  ) {
    super(message, { code: 'CONFIG_INVALID' });
  }
}

/** Builds the configuration from an environment-like record, or throws ConfigError naming each bad variable. */
export function createConfig(env: Environment): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ variable: String(issue.path[0]), message: issue.message }));
    const text = problems.map((p) => `${p.variable}: ${p.message}`).join('; ');
    throw new ConfigError(
      problems.map((p) => p.variable),
      `Invalid configuration: ${text}`,
    );
  }
  const e = parsed.data;
  const channel = (
    name: 'TELEGRAM' | 'ZALO',
    token: string | undefined,
    apiBase: string,
    mode: Mode | undefined,
    webhookSecret: string | undefined,
  ): ChannelConfig | undefined => {
    if (!token) return undefined;
    if (modeOf(mode, e.PUBLIC_URL) === 'polling') return { token, apiBase, mode: 'polling' };
    // The schema's refinement above made a webhook channel's secret required.
    if (webhookSecret === undefined)
      throw new ConfigError([`${name}_WEBHOOK_SECRET`], `Invalid configuration: ${name}_WEBHOOK_SECRET: is required in webhook mode`);
    return { token, apiBase, mode: 'webhook', webhookSecret };
  };
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    reminderRates: { telegram: e.TELEGRAM_RATE_PER_SECOND, zalo: e.ZALO_RATE_PER_SECOND },
    stuckReminders: {
      policy: e.REMINDER_STUCK,
      afterMs: e.REMINDER_STUCK_AFTER_SECONDS === undefined ? undefined : e.REMINDER_STUCK_AFTER_SECONDS * 1000,
    },
    telegram: channel('TELEGRAM', e.TELEGRAM_BOT_TOKEN, e.TELEGRAM_API_ROOT, e.TELEGRAM_MODE, e.TELEGRAM_WEBHOOK_SECRET),
    zalo: channel('ZALO', e.ZALO_BOT_TOKEN, e.ZALO_API_BASE, e.ZALO_MODE, e.ZALO_WEBHOOK_SECRET),
    adminUiToken: e.ADMIN_UI_TOKEN,
    workerPort: e.WORKER_HTTP_PORT,
    submissionYearsBack: e.SUBMISSION_YEARS_BACK,
  };
}

/** The process's configuration, from its environment: validated once, at start-up, by the entry point. */
export function loadConfig(): Config {
  return createConfig(processEnvironment());
}

/** The process's environment as it is, for the checks that read it raw (doctor) and the child processes a runner starts (eval). */
export function rawEnvironment(): Environment {
  return processEnvironment();
}

/** MIN_PCT of the question runner (npm run eval): the text as set, checked by the runner. */
export function evalMinimumPercentText(): string | undefined {
  return processEnvironment().MIN_PCT;
}

/** Where a channel's webhook is registered (and where the doctor expects it): PUBLIC_URL/webhooks/<channel>. */
export function webhookUrl(config: Pick<Config, 'publicUrl'>, channel: 'telegram' | 'zalo'): string {
  return `${(config.publicUrl ?? '').replace(/\/+$/, '')}/webhooks/${channel}`;
}

/** The channels that are on, for the start-up log (names only, never tokens). */
export function enabledChannels(config: Config): string[] {
  const on: string[] = [];
  if (config.telegram) on.push(`telegram (${config.telegram.mode})`);
  if (config.zalo) on.push(`zalo (${config.zalo.mode})`);
  return on;
}
