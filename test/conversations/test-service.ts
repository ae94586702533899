/**
 * The real service (startService) for a test: its own database, a free port, and fake Telegram and
 * Zalo Bot APIs on loopback for the channels asked for, in webhook or polling mode; on request, its
 * reminder workers on the test Redis (a key prefix of its own) and a clock of the test's.
 */
import { pino } from 'pino';
import { startService } from '../../src/composition/start-service.js';
import { createConfig } from '../../src/config.js';
import type { Clock } from '../../src/ports/clock.js';
import { testRedisUrl, uniquePrefix } from '../adapters/queue/queue-kit.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { type FakeZaloApi, startFakeZaloApi } from '../fakes/fake-zalo-api.js';
import { freePort } from '../setup/free-port.js';
import { type ReminderRuns, reminderRuns } from './reminder-runs.js';

/** How a channel receives updates. */
export type Mode = 'webhook' | 'polling';

export const TELEGRAM_TOKEN = '7012345678:AAF-conversation_tests-token-xyz';
export const ZALO_TOKEN = '1459232241454765289:conversation-tests-zalo';
export const TELEGRAM_SECRET = 'telegram-webhook_secret-0001';
export const ZALO_SECRET = 'zalo-webhook_secret-0002';

/** What to start. */
export interface TestServiceOptions {
  readonly databaseUrl: string;
  readonly telegram?: Mode;
  readonly zalo?: Mode;
  /** The service's clock (default: the system's). */
  readonly clock?: Clock;
  /** Start the reminder workers (REDIS_URL set), so that `remind` can run them. */
  readonly reminders?: boolean;
}

/** A running service and the fakes it talks to. */
export interface TestService {
  /** Where the service listens (http://127.0.0.1:<port>). */
  readonly url: string;
  /** The fake Telegram Bot API (throws when Telegram is off). */
  readonly telegram: FakeTelegramApi;
  /** The fake Zalo Bot API (throws when Zalo is off). */
  readonly zalo: FakeZaloApi;
  /** The service's log lines at warn level and above (JSON). */
  readonly logs: readonly string[];
  /** POSTs a JSON body to the service and resolves with the status. */
  post(path: string, body: unknown, headers?: Readonly<Record<string, string>>): Promise<number>;
  /**
   * Runs the reminders once as the daily scheduler does (planning on the service's clock, then
   * delivery through the channels) and resolves when every message is out; throws when they are off.
   */
  remind(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the fakes, then the service on a free port. */
export async function startTestService(options: TestServiceOptions): Promise<TestService> {
  const telegram = options.telegram ? await startFakeTelegramApi(TELEGRAM_TOKEN) : undefined;
  const zalo = options.zalo ? await startFakeZaloApi(ZALO_TOKEN, { pollWaitMs: 200, retryAfterSeconds: 1 }) : undefined;
  const port = await freePort();
  const redis = options.reminders ? { url: testRedisUrl(), prefix: uniquePrefix('conversation') } : undefined;
  const logs: string[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => void logs.push(line) });
  const env: Record<string, string> = {
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    // Loopback only: the tests need no other interface.
    HOST: '127.0.0.1',
    // The platforms call an https:// address (a TLS proxy in front of the service in production).
    PUBLIC_URL: `https://127.0.0.1:${port}`,
    ...(redis ? { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix } : {}),
    ...(telegram && options.telegram
      ? {
          TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
          TELEGRAM_API_ROOT: telegram.apiRoot,
          TELEGRAM_MODE: options.telegram,
          TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
        }
      : {}),
    ...(zalo && options.zalo
      ? {
          ZALO_BOT_TOKEN: ZALO_TOKEN,
          ZALO_API_BASE: zalo.baseUrl,
          ZALO_MODE: options.zalo,
          ZALO_WEBHOOK_SECRET: ZALO_SECRET,
        }
      : {}),
  };
  let stopService: () => Promise<void>;
  try {
    stopService = await startService(createConfig(env), log, { clock: options.clock });
  } catch (error) {
    await telegram?.close();
    await zalo?.close();
    throw error;
  }
  const runs: ReminderRuns | undefined = redis ? reminderRuns(redis.url, redis.prefix) : undefined;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    get telegram() {
      if (!telegram) throw new Error('Telegram is off in this service');
      return telegram;
    },
    get zalo() {
      if (!zalo) throw new Error('Zalo is off in this service');
      return zalo;
    },
    logs,
    async post(path, body, headers = {}) {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      return response.status;
    },
    async remind() {
      if (!runs) throw new Error('the reminders are off in this service');
      await runs.runOnce();
    },
    async stop() {
      await runs?.close();
      await stopService();
      await telegram?.close();
      await zalo?.close();
    },
  };
}
