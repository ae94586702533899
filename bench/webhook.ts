/**
 * Webhook end to end: an update POSTed to the real service's Telegram webhook until the fake Telegram
 * API (127.0.0.1) records the answer's sendMessage, at 200 updates/s offered open-loop, for the
 * service on each database and for a minimal grammY bot answering a constant text, whose p99 is the
 * yardstick (goal: ours at most twice its p99).
 */
import { composeInternalError } from '../src/core/answer/index.js';
import { composeSlowDown } from '../src/core/replies/flood.js';
import { composeUnregistered } from '../src/core/replies/registration.js';
import { createConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startService } from '../src/service.js';
import { startFakeTelegramApi } from '../test/fakes/fake-telegram-api.js';
import { freePort } from '../test/setup/free-port.js';
import { MINIMAL_REPLY, startMinimalBot } from './minimal-bot.js';
import { registerOfficials } from './webhook-officials.js';
import { runWebhookLoad, type LoadFigures, type LoadTarget, type PlannedUpdate } from './webhook-load.js';
import { OFFICIAL, STRANGER, chatIds, planTraffic } from './webhook-plan.js';

const INTERVAL_MS = 5;
const LIMITS = { intervalMs: INTERVAL_MS, requestTimeoutMs: 15_000 };
const SECRET = 'bench-webhook-secret-0123456789';
/** 400 officials × 4 questions + 400 strangers × 1 = 2,000 updates, 10 s at 200/s. */
const OFFICIALS = chatIds(710_000_001, 400);
const STRANGERS = chatIds(720_000_001, 400);
const ROUNDS = 4;
/** Warm-up (not measured): other chats, 200 updates. */
const WARM_OFFICIALS = chatIds(730_000_001, 100);
const WARM_STRANGERS = chatIds(740_000_001, 100);

/** Where the service's database is. */
export interface WebhookBenchOptions {
  readonly questions: readonly string[];
  /** Folder of the PGlite database the backend bench filled. */
  readonly dataDir: string;
  /** The PostgreSQL database the backend bench filled. */
  readonly databaseUrl: string;
}

const LANGUAGES = ['vi', 'en'] as const;
const BAD_REPLIES = new Set(LANGUAGES.flatMap((lang) => [composeInternalError(lang), composeSlowDown(lang)]));
const HINTS = new Set(LANGUAGES.map(composeUnregistered));

/** The service's replies: officials get answers, strangers the registration hint; never an error. */
function checkServiceReply(group: string, text: string): string | null {
  if (BAD_REPLIES.has(text)) return `an error or flood reply: ${text.slice(0, 80)}`;
  if (group === OFFICIAL && HINTS.has(text)) return 'a registered official got the registration hint';
  if (group === STRANGER && !HINTS.has(text)) return `an unregistered user got something else than the hint: ${text.slice(0, 80)}`;
  return null;
}

function plans(questions: readonly string[]): { warm: PlannedUpdate[]; measured: PlannedUpdate[] } {
  return {
    warm: planTraffic({ officials: WARM_OFFICIALS, strangers: WARM_STRANGERS, rounds: 1, questions }),
    measured: planTraffic({ officials: OFFICIALS, strangers: STRANGERS, rounds: ROUNDS, questions }),
  };
}

/** The real service (store, handler, fastify webhook) on one database, against a fresh fake API. */
async function benchService(questions: readonly string[], env: { DATA_DIR: string; DATABASE_URL?: string }): Promise<LoadFigures> {
  await registerOfficials({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL }, [...OFFICIALS, ...WARM_OFFICIALS], new Date());
  const token = '7100000001:BENCH_service_webhook_token';
  const fake = await startFakeTelegramApi(token);
  try {
    const port = await freePort();
    const config = createConfig({
      ...env, LOG_LEVEL: 'silent', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`,
      TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_MODE: 'webhook',
    });
    const stop = await startService(config, createLogger('silent', false));
    try {
      const target: LoadTarget = { webhookUrl: `http://127.0.0.1:${port}/webhooks/telegram`, secret: SECRET, fake, check: checkServiceReply };
      const { warm, measured } = plans(questions);
      await runWebhookLoad(target, warm, LIMITS);
      return await runWebhookLoad(target, measured, LIMITS);
    } finally {
      await stop();
    }
  } finally {
    await fake.close();
  }
}

/** The minimal grammY bot, same traffic, against a fresh fake API. */
async function benchMinimal(questions: readonly string[]): Promise<LoadFigures> {
  const token = '7200000002:BENCH_minimal_webhook_token';
  const fake = await startFakeTelegramApi(token);
  const bot = await startMinimalBot(token, fake.apiRoot, fake.botInfo, SECRET);
  try {
    const check = (_group: string, text: string) => (text === MINIMAL_REPLY ? null : `expected "${MINIMAL_REPLY}", got "${text.slice(0, 80)}"`);
    const target: LoadTarget = { webhookUrl: bot.webhookUrl, secret: SECRET, fake, check };
    const { warm, measured } = plans(questions);
    await runWebhookLoad(target, warm, LIMITS);
    return await runWebhookLoad(target, measured, LIMITS);
  } finally {
    await bot.close();
    await fake.close();
  }
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

function describe(name: string, f: LoadFigures): string[] {
  const groups = [...f.groups].map(([group, g]) => `${group} p50 ${ms(g.p50)}, p99 ${ms(g.p99)} (${g.count})`);
  return [
    `${name}: webhook e2e p50 ${ms(f.all.p50)}, p99 ${ms(f.all.p99)}; achieved ${f.achievedPerSecond.toFixed(1)} updates/s (${f.all.count} updates); POST start lag p99 ${ms(f.lagP99)}, max ${ms(f.lagMax)}`,
    ...groups.map((g) => `${name}:   ${g}`),
  ];
}

/** Runs the minimal bot and the service on PGlite and on PostgreSQL; returns the lines to print. */
export async function benchWebhooks(options: WebhookBenchOptions): Promise<string[]> {
  const minimal = await benchMinimal(options.questions);
  const pglite = await benchService(options.questions, { DATA_DIR: options.dataDir });
  const postgres = await benchService(options.questions, { DATA_DIR: options.dataDir, DATABASE_URL: options.databaseUrl });
  const ratio = (f: LoadFigures) => `${(f.all.p99 / minimal.all.p99).toFixed(2)}`;
  return [
    `webhook e2e: ${1000 / INTERVAL_MS} updates/s offered open-loop, ${OFFICIALS.length} officials × ${ROUNDS} + ${STRANGERS.length} unregistered × 1, private chats, all on 127.0.0.1, one process`,
    ...describe('minimal grammY', minimal),
    ...describe('PGlite    ', pglite),
    ...describe('PostgreSQL', postgres),
    `webhook p99 ratio to the minimal bot: PGlite ${ratio(pglite)}, PostgreSQL ${ratio(postgres)} (goal <= 2)`,
  ];
}
