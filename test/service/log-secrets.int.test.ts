/**
 * The log carries no secret: the real service, logging at debug level through the
 * logger main.ts builds (createLogger: redaction, error serializer), runs the main flows with known
 * secret values — registering with an invite code, an admin's /invite, a submission, webhook updates
 * with and without the secret header, a Bot API call refused with 500 (the token in its URL), Zalo
 * sends (one refused), the queue board asked with a wrong and the right token, the bot removed from a
 * group, a start-up that cannot reach Telegram, a PGlite statement failing with a code among its
 * parameters — then every captured line is searched for those values and for anything shaped like a
 * Telegram token or a Vietnamese phone number (the display names carry one).
 */
import { Writable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteStatements } from '../../src/adapters/db/statements.js';
import { answerOnce } from '../../src/app/answer-once.js';
import { startService } from '../../src/composition/start-service.js';
import { createConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { uniquePrefix } from '../adapters/queue/queue-kit.js';
import { createInvites } from '../conversations/invites.js';
import { type SeededDatabases, seededDatabases } from '../conversations/seeded-databases.js';
import { type FakeTelegramApi, myChatMemberUpdate, startFakeTelegramApi, textUpdate } from '../fakes/fake-telegram-api.js';
import { type FakeZaloApi, startFakeZaloApi } from '../fakes/fake-zalo-api.js';
import { freePort } from '../setup/free-port.js';

const TELEGRAM_TOKEN = '7098765432:AAHscan-secret_telegram-token-qrstuvwxyz';
const ZALO_TOKEN = '2459232241454765289:scan-secret-zalo-token-zyx';
const TELEGRAM_SECRET = 'scan-telegram-webhook-secret-7f3a';
const ZALO_SECRET = 'scan-zalo-webhook-secret-91bd';
const ADMIN_UI_TOKEN = 'scan-admin-ui-token-5c2e8d';
const DB_PASSWORD = 'scanDbPassw0rd-e41';
/** Invite codes made before the service starts: an admin's of the province, and one never used. */
const ADMIN_CODE = 'SCANAD27';
const UNUSED_CODE = 'SCANUN38';
/** Phone numbers in display names. */
const PHONES = ['0912345678', '+84987654321', '0365432198'];

const ADMIN = 720_001;
const FOCAL = 720_002;
const STRANGER = 720_003;
const GROUP = -1_007_200_000_001;
const ZALO_USER = 'd4e5f6a7b8c9d0e1f203';

/** Every line the service and the other parts logged. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});
const log = createLogger('debug', false, sink as unknown as Parameters<typeof createLogger>[2]);
/** Codes learnt during the run (/invite's replies). */
const learnt: string[] = [];

let databases: SeededDatabases;
let databaseUrl: string;
let telegram: FakeTelegramApi;
let zalo: FakeZaloApi;
let url: string;
let stop: (() => Promise<void>) | undefined;

function envFor(port: number, apiRoot: string): Record<string, string> {
  const redisUrl = inject('redisUrl');
  return {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `https://127.0.0.1:${port}`,
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_BASE: zalo.baseUrl,
    ZALO_MODE: 'webhook',
    ZALO_WEBHOOK_SECRET: ZALO_SECRET,
    ADMIN_UI_TOKEN,
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: uniquePrefix('log-scan') } : {}),
  };
}

beforeAll(async () => {
  databases = await seededDatabases();
  const withPassword = new URL(await databases.copy());
  // The test server trusts every connection: a password in the URL is accepted and must stay unlogged.
  withPassword.password = DB_PASSWORD;
  databaseUrl = withPassword.toString();
  await createInvites(databaseUrl, [
    { code: ADMIN_CODE, role: 'admin', unit: 'Nghệ An' },
    { code: UNUSED_CODE, role: 'focal_point', unit: 'Vinh Hưng', province: 'Nghệ An' },
  ]);
  telegram = await startFakeTelegramApi(TELEGRAM_TOKEN);
  zalo = await startFakeZaloApi(ZALO_TOKEN, { pollWaitMs: 200, retryAfterSeconds: 1 });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  stop = await startService(createConfig(envFor(port, telegram.apiRoot)), log, { startupCallMs: 2_000 });
});

afterAll(async () => {
  await stop?.();
  await telegram?.close();
  await zalo?.close();
  await databases?.dropAll();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return response.status;
}

/** A private-chat text from a user whose display name carries a phone number. */
function fromUser(userId: number, text: string, phone: string): Update {
  const update = textUpdate({ chatId: userId, userId, text });
  const message = update.message as NonNullable<Update['message']> & { from: { first_name: string; last_name?: string } };
  message.from.first_name = `Lan ${phone}`;
  message.from.last_name = 'Nguyễn';
  (message.chat as { first_name?: string }).first_name = `Lan ${phone}`;
  return update;
}

/** Sends a text by webhook, returns the texts the bot sent that chat in answer. */
async function say(userId: number, text: string, phone: string, expected = 200): Promise<string[]> {
  const before = telegram.requests.length;
  expect(await post('/webhooks/telegram', fromUser(userId, text, phone), { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET })).toBe(expected);
  return telegram.requests
    .slice(before)
    .filter((r) => r.method === 'sendMessage' && Number(r.params.chat_id) === userId && r.status === 200)
    .map((r) => String(r.params.text));
}

async function sayOnZalo(text: string, status = 200): Promise<void> {
  const update = {
    event_name: 'message.text.received',
    message: {
      from: { id: ZALO_USER, display_name: `Mai ${PHONES[2]}`, is_bot: false },
      chat: { id: ZALO_USER, chat_type: 'PRIVATE' },
      text,
      message_id: `m${Date.now()}${Math.random().toString(16).slice(2, 8)}`,
      date: Date.now(),
    },
  };
  expect(await post('/webhooks/zalo', { ok: true, result: update }, { 'X-Bot-Api-Secret-Token': ZALO_SECRET })).toBe(status);
}

/** An invite code out of /invite's reply (shown once). */
function codeIn(replies: readonly string[]): string {
  const code = /Mã mời[^:]*: ([A-Z2-9]{8})$/m.exec(replies.join('\n'))?.[1];
  if (!code) throw new Error(`no code in ${JSON.stringify(replies)}`);
  learnt.push(code);
  return code;
}

describe('the log of the main flows', () => {
  it('runs registration, /invite, a submission, Zalo, refused webhooks and failing platforms', async () => {
    // An admin registers with a code, makes a focal point's code; the focal point registers with it.
    expect((await say(ADMIN, `/start ${ADMIN_CODE}`, PHONES[0]!)).join('\n')).toMatch(/Đăng ký thành công/);
    const focalCode = codeIn(await say(ADMIN, '/invite Phường Trường Vinh đầu mối', PHONES[0]!));
    const zaloCode = codeIn(await say(ADMIN, '/invite Phường Vinh Phú đầu mối', PHONES[0]!));
    expect((await say(FOCAL, `dangky ${focalCode}`, PHONES[1]!)).join('\n')).toMatch(/Đăng ký thành công/);
    // A stranger tries a code that is not one, then one that is (not theirs to keep: it stays secret too).
    await say(STRANGER, '/start SCANXX99', PHONES[1]!);
    await say(ADMIN, '/invites', PHONES[0]!);
    // A submission, and a question.
    expect((await say(FOCAL, 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000', PHONES[1]!)).join('\n')).toMatch(/Đã ghi nhận/);
    await say(FOCAL, 'lich', PHONES[1]!);
    // The Bot API refuses the reply with 500: by webhook the update fails (500) to be delivered again.
    telegram.failNext('sendMessage', 'server_error', 3);
    await say(FOCAL, 'Nghệ An', PHONES[1]!, 500);
    // Webhook calls with a wrong secret and none.
    const wrong = fromUser(STRANGER, `/start ${UNUSED_CODE}`, PHONES[1]!);
    expect(await post('/webhooks/telegram', wrong, { 'x-telegram-bot-api-secret-token': `${TELEGRAM_SECRET}x` })).toBe(401);
    expect(await post('/webhooks/telegram', wrong)).toBe(401);
    expect(await post('/webhooks/zalo', { ok: true, result: {} }, { 'X-Bot-Api-Secret-Token': TELEGRAM_SECRET })).toBe(403);
    // The bot removed from a group, added back.
    for (const [from, to] of [
      ['member', 'kicked'],
      ['kicked', 'administrator'],
    ] as const) {
      const update = myChatMemberUpdate({ chatId: GROUP, userId: ADMIN, bot: telegram.botInfo, from, to });
      expect(await post('/webhooks/telegram', update, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET })).toBe(200);
    }
    // Zalo: registration with the second code, a question, then a send the platform refuses.
    await sayOnZalo(`dangky ${zaloCode}`);
    await sayOnZalo('lich');
    zalo.failNext('sendMessage', 'server_error', 5);
    await sayOnZalo('Nghệ An', 500).catch(() => undefined);
    expect(zalo.requests.some((r) => r.method === 'sendMessage')).toBe(true);
    // A Zalo update the service does not expect (an unknown event, no message id), a code in its text.
    const odd = { event_name: 'message.unknown', message: { from: { id: ZALO_USER, display_name: `Mai ${PHONES[2]}` }, text: `dangky ${UNUSED_CODE}` } };
    expect(await post('/webhooks/zalo', odd, { 'X-Bot-Api-Secret-Token': ZALO_SECRET })).toBeLessThan(500);
    // The queue board, asked with a wrong token and the right one.
    for (const token of [`${ADMIN_UI_TOKEN}x`, ADMIN_UI_TOKEN]) {
      const response = await fetch(`${url}/admin/queues`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
    }
  });

  it('logs a start-up that cannot reach Telegram without the token', async () => {
    const port = await freePort();
    const dead = `http://127.0.0.1:${await freePort()}`;
    const error = await startService(createConfig(envFor(port, dead)), log, { startupCallMs: 1_000 }).then(
      async (stopAgain) => {
        await stopAgain();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    // As main.ts reports a failed start.
    log.fatal({ err: error }, 'service failed to start');
  });

  it('logs a start-up whose database cannot be opened without the password', async () => {
    const port = await freePort();
    const missing = new URL(databaseUrl);
    missing.pathname = `${missing.pathname}_missing`;
    const env = { ...envFor(port, telegram.apiRoot), DATABASE_URL: missing.toString() };
    const error = await startService(createConfig(env), log, { startupCallMs: 1_000 }).then(
      async (stopAgain) => {
        await stopAgain();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    log.fatal({ err: error }, 'service failed to start');
  });

  it('logs a PGlite statement failing with an invite code among its parameters without it', async () => {
    const db = await PGlite.create();
    try {
      await db.exec('CREATE TABLE "ledger" ("id" INT PRIMARY KEY, "reply" TEXT NOT NULL)');
      const sql = pgliteStatements(db);
      const answer = answerOnce({
        handle: async () => ({ text: `Mã mời: ${ADMIN_CODE}` }),
        inbound: {
          async markAnswered(_key, reply) {
            await sql.run({ name: 'ledger_null', text: 'INSERT INTO "ledger" ("id", "reply") VALUES (NULL, $1)' }, [reply]);
          },
        },
        clock: { now: () => new Date() },
        log,
      });
      const message = { channel: 'telegram', chatId: String(FOCAL), userId: String(FOCAL), messageId: '7', text: '/invite' } as const;
      expect(await answer(message, async () => undefined)).toBe('answered');
      expect(lines.some((line) => line.includes('"code":"23502"'))).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('holds no token, secret, password, invite code or phone number in any line, shutdown included', async () => {
    await stop?.();
    stop = undefined;
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.some((line) => line.includes('"bot membership changed"'))).toBe(true);
    expect(leaksIn(lines, secrets())).toEqual([]);
  });

  it('would see a leak (the scan itself)', () => {
    const planted = [
      `{"msg":"x","url":"http://127.0.0.1/bot${TELEGRAM_TOKEN}/sendMessage"}`,
      '{"msg":"x","name":"Lan 0987000111"}',
      '{"msg":"x","name":"Lan +84987000111"}',
      `{"msg":"x","text":"dangky ${ADMIN_CODE}"}`,
    ];
    expect(leaksIn(planted, secrets())).toHaveLength(6);
    // Numbers that only contain ten digits (a timestamp, an id) or a masked number are no phone numbers.
    expect(leaksIn(['{"time":1796546594342,"chatId":-1007200000001,"userId":"c0ffee0000000000bad1","phone":"09******78"}'], [])).toEqual([]);
  });
});

/** The values that must not appear, learnt codes included. */
function secrets(): string[] {
  return [
    TELEGRAM_TOKEN,
    TELEGRAM_TOKEN.split(':')[1]!,
    ZALO_TOKEN,
    ZALO_TOKEN.split(':')[1]!,
    TELEGRAM_SECRET,
    ZALO_SECRET,
    ADMIN_UI_TOKEN,
    DB_PASSWORD,
    ADMIN_CODE,
    UNUSED_CODE,
    'SCANXX99',
    ...learnt,
    ...PHONES,
    PHONES[1]!.slice(1),
  ];
}

/** Every secret value, Telegram token or unmasked Vietnamese phone number found in the lines. */
function leaksIn(found: readonly string[], values: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const line of found) {
    for (const value of values) if (line.includes(value)) leaks.push(`${value} in ${line}`);
    const token = /\d{6,}:[A-Za-z0-9_-]{30,}/.exec(line);
    if (token) leaks.push(`a Telegram token in ${line}`);
    const phone = /(?<![\w+])(?:\+?84|0)\d{9}(?!\w)/.exec(line);
    if (phone) leaks.push(`a phone number ${phone[0]} in ${line}`);
  }
  return leaks;
}
