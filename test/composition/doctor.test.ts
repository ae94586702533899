/**
 * `admin doctor` with each piece missing or broken in turn, against real components: an embedded
 * database migrated as the service migrates it, the fake Telegram and Zalo Bot APIs on loopback, the
 * test run's Redis and a Redis of our own (for the policy and the password), closed ports for what
 * does not answer. Every line is asserted, and no output may carry a token, a secret or a password.
 */
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCK_FILE } from '../../src/adapters/db/data-dir-lock.js';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../../src/adapters/db/open-database.js';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { runAdmin } from '../../src/admin/run-admin.js';
import { migrationsLine, openEmbeddedLocked } from '../../src/composition/doctor/check-database.js';
import { DOCTOR_COMMAND, type DoctorOptions, runDoctor } from '../../src/composition/doctor/doctor.js';
import { formatLine } from '../../src/composition/doctor/report.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { type FakeZaloApi, startFakeZaloApi } from '../fakes/fake-zalo-api.js';
import { freePort } from '../setup/free-port.js';
import { findRedisServer, startThrowawayRedis, type ThrowawayRedis } from '../setup/throwaway-redis.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TELEGRAM_TOKEN = '7012345678:AAF-doctor_token-for-the-fake-api';
const ZALO_TOKEN = '1459232241454765289:doctor-zalo-token-secret';
const TELEGRAM_SECRET = 'telegram-webhook-secret-0123';
const ZALO_SECRET = 'zalo-webhook-secret-0123456';
const PUBLIC_URL = 'https://bot.example.vn';
const SECRETS = [TELEGRAM_TOKEN, ZALO_TOKEN, TELEGRAM_SECRET, ZALO_SECRET, 'doctor-zalo-token-secret', 'AAF-doctor_token'];
const MIGRATIONS = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const LAST = MIGRATIONS.at(-1) as string;
const redisUrl = inject('redisUrl');

let work: string;
let dataDir: string;
let telegram: FakeTelegramApi;
let zalo: FakeZaloApi;
let closedPort: number;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'baophu-doctor-'));
  dataDir = join(work, 'data');
  // Created and migrated as the service's first start does.
  await (await openDatabase({ dataDir })).close();
  [telegram, zalo, closedPort] = await Promise.all([startFakeTelegramApi(TELEGRAM_TOKEN), startFakeZaloApi(ZALO_TOKEN), freePort()]);
});

afterAll(async () => {
  await Promise.all([telegram?.close(), zalo?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

/** Everything configured, webhook mode, pointing at the fakes (Redis when the test run has one). */
function fullEnv(): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    PUBLIC_URL,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_BASE: zalo.baseUrl,
    ZALO_WEBHOOK_SECRET: ZALO_SECRET,
  };
}

/** Runs the doctor; the lines as printed, by piece, and whether it would exit 1. */
async function doctor(env: Record<string, string>, options: Partial<DoctorOptions> = {}) {
  const printed: string[] = [];
  const lines = await runDoctor(env, (line) => printed.push(line), { timeoutMs: 5_000, now: Date.now(), ...options });
  const text = printed.join('\n');
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  const by = (piece: string) => {
    const found = lines.find((line) => line.piece === piece);
    if (!found) throw new Error(`no line for ${piece} in:\n${text}`);
    return formatLine(found);
  };
  return { lines, text, by, broken: lines.some((line) => line.status === 'failed'), last: printed.at(-1) };
}

/** Points a platform's webhook somewhere, as setWebhook at the service's start would. */
async function setWebhooks(telegramUrl: string, zaloUrl: string): Promise<void> {
  const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answers = await Promise.all([
    telegramUrl === ''
      ? post(`${telegram.apiRoot}/bot${TELEGRAM_TOKEN}/deleteWebhook`, {})
      : post(`${telegram.apiRoot}/bot${TELEGRAM_TOKEN}/setWebhook`, { url: telegramUrl, secret_token: TELEGRAM_SECRET }),
    zaloUrl === ''
      ? post(`${zalo.baseUrl}/bot${ZALO_TOKEN}/deleteWebhook`, {})
      : post(`${zalo.baseUrl}/bot${ZALO_TOKEN}/setWebhook`, { url: zaloUrl, secret_token: ZALO_SECRET }),
  ]);
  for (const answer of answers) expect(answer.status).toBe(200);
}

describe('admin doctor', () => {
  it('says ✓ for every configured piece when all work, and exits 0', async () => {
    await setWebhooks(`${PUBLIC_URL}/webhooks/telegram`, `${PUBLIC_URL}/webhooks/zalo`);
    const { lines, by, broken, last, text } = await doctor(fullEnv());
    expect(lines.map((line) => line.piece)).toEqual([
      'Configuration',
      'Database',
      'Migrations',
      'Redis',
      'Telegram',
      'Telegram webhook',
      'Zalo',
      'Zalo webhook',
    ]);
    expect(by('Configuration')).toBe(
      `✓ Configuration: valid. database: embedded PGlite in ${dataDir} (DATA_DIR); ` +
        `channels: telegram (webhook), zalo (webhook); reminders: ${redisUrl ? 'on (REDIS_URL)' : 'off (REDIS_URL is not set)'}.`,
    );
    expect(by('Database')).toMatch(new RegExp(`^✓ Database: embedded PGlite \\(PostgreSQL \\d+\\.\\d+\\) in ${dataDir} answers$`));
    expect(by('Migrations')).toBe(`✓ Migrations: all ${MIGRATIONS.length} applied (latest ${LAST})`);
    if (redisUrl) expect(by('Redis')).toMatch(/^✓ Redis: redis:\/\/127\.0\.0\.1:\d+ answers \(Redis \d+\.\d+\.\d+\); maxmemory-policy noeviction$/);
    expect(by('Telegram')).toBe('✓ Telegram: the token works: the bot is @baophu_bot (webhook mode).');
    expect(by('Telegram webhook')).toBe(`✓ Telegram webhook: set to ${PUBLIC_URL}/webhooks/telegram, 0 updates waiting.`);
    expect(by('Zalo')).toBe('✓ Zalo: the token works: the bot is bot.FakeZalo (webhook mode).');
    expect(by('Zalo webhook')).toMatch(
      new RegExp(`^✓ Zalo webhook: set to ${PUBLIC_URL}/webhooks/zalo \\(set just now\\)\\. Zalo does not report delivery errors`),
    );
    expect(broken).toBe(false);
    expect(last).toBe('Everything configured works.');
    expect(text.split('\n')).toHaveLength(9);
  });

  it('calls the optional pieces "not configured", not failures', async () => {
    const { by, broken, last } = await doctor({ DATA_DIR: dataDir });
    expect(by('Configuration')).toContain('channels: none (no bot token is set: the service will answer no one); reminders: off (REDIS_URL is not set).');
    expect(by('Redis')).toBe('– Redis: not configured (REDIS_URL is empty): no deadline reminders are sent.');
    expect(by('Telegram')).toBe('– Telegram: not configured (TELEGRAM_BOT_TOKEN is empty).');
    expect(by('Telegram webhook')).toBe('– Telegram webhook: not checked (Telegram is off).');
    expect(by('Zalo')).toBe('– Zalo: not configured (ZALO_BOT_TOKEN is empty).');
    expect(by('Zalo webhook')).toBe('– Zalo webhook: not checked (Zalo is off).');
    expect(broken).toBe(false);
    expect(last).toBe('Everything configured works.');
  });

  it('stops at an invalid configuration, naming the variables and never their values', async () => {
    const { lines, text, broken } = await doctor({ ...fullEnv(), PORT: 'eighty', TELEGRAM_BOT_TOKEN: 'not-a-token-sekrit', TELEGRAM_MODE: 'push' });
    expect(lines.map(formatLine)).toEqual([
      '✗ Configuration: PORT: Invalid input: expected number, received NaN; TELEGRAM_BOT_TOKEN: does not look like a bot token (<id>:<secret>); ' +
        'TELEGRAM_MODE: Invalid option: expected one of "webhook"|"polling". Correct PORT, TELEGRAM_BOT_TOKEN, TELEGRAM_MODE in the env file; ' +
        'the service and the worker refuse to start until then.',
      '– Other checks: not run until the configuration is valid.',
    ]);
    expect(text).not.toContain('sekrit');
    expect(text).toMatch(/1 problem found: see the ✗ line above\.$/);
    expect(broken).toBe(true);
  });

  it('says a webhook-mode channel without its secret is a configuration error', async () => {
    const { by } = await doctor({ ...fullEnv(), ZALO_WEBHOOK_SECRET: '' });
    expect(by('Configuration')).toMatch(/^✗ Configuration: ZALO_WEBHOOK_SECRET: is required in webhook mode\. Correct ZALO_WEBHOOK_SECRET in the env file/);
  });

  describe('the database', () => {
    it('finds no embedded database in an empty DATA_DIR, and creates none', async () => {
      const empty = join(work, 'empty');
      const { by, broken } = await doctor({ DATA_DIR: empty });
      expect(by('Database')).toBe(
        `✗ Database: no embedded database in ${empty} (DATA_DIR) yet. The service creates it on its first start; ` +
          'if it has run before, DATA_DIR points at the wrong folder (the image keeps it in /data), or set DATABASE_URL to use PostgreSQL.',
      );
      expect(by('Migrations')).toBe('– Migrations: not checked (no database to read them from)');
      expect(broken).toBe(true);
      await expect(readdir(empty)).rejects.toThrow(/ENOENT/);
    });

    it('says nothing listens at a PostgreSQL URL on a closed port, without its password', async () => {
      const { by, text } = await doctor({ DATABASE_URL: `postgresql://baophu:pg-pass-word-77@127.0.0.1:${closedPort}/baophu` });
      expect(by('Database')).toBe(
        `✗ Database: PostgreSQL at postgresql://127.0.0.1:${closedPort}/baophu (DATABASE_URL): nothing listens there ` +
          '(connection refused): check that PostgreSQL runs and the host and port in DATABASE_URL.',
      );
      expect(text).not.toContain('pg-pass-word-77');
    });

    it('says which PostgreSQL does not answer in time', async () => {
      // A server that accepts the connection and never says a word.
      const silent = await listen(createTcpServer(() => undefined));
      try {
        const { by } = await doctor({ DATABASE_URL: `postgres://u@127.0.0.1:${port(silent)}/db` }, { timeoutMs: 500 });
        expect(by('Database')).toBe(
          `✗ Database: PostgreSQL at postgres://127.0.0.1:${port(silent)}/db (DATABASE_URL): no answer within 0.5 s: ` +
            'check that PostgreSQL runs and a firewall lets the connection through.',
        );
      } finally {
        silent.close();
      }
    });

    it('does not open an embedded database another process holds, and calls it no fault', async () => {
      // The lock the running service would hold: a live process of this machine (our parent) named in it.
      const holder = { pid: process.ppid, hostname: hostname(), command: 'dist/main.js start', startedAt: '2026-12-15T01:00:00.000Z' };
      await writeFile(join(dataDir, LOCK_FILE), `${JSON.stringify(holder)}\n`);
      try {
        const { by, broken } = await doctor({ DATA_DIR: dataDir });
        expect(by('Database')).toBe(
          `– Database: the embedded database in ${dataDir} is in use by another process: pid ${process.ppid} on this machine, ` +
            'running "dist/main.js start", since 2026-12-15T01:00:00.000Z; doctor cannot read it meanwhile: ' +
            'check /readyz of the running service, or stop it and run doctor again.',
        );
        expect(by('Migrations')).toBe('– Migrations: not checked (the embedded database is in use)');
        expect(broken).toBe(false);
        expect(JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8'))).toEqual(holder);
      } finally {
        await rm(join(dataDir, LOCK_FILE), { force: true });
      }
    });

    it('takes the lock while it reads, and gives it back', async () => {
      const session = await openEmbeddedLocked(dataDir);
      try {
        expect(JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
        const other = await doctor({ DATA_DIR: dataDir });
        expect(other.by('Database')).toMatch(/^– Database: the embedded database in .* is in use by this very process/);
      } finally {
        await session.close();
      }
      await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
    });
  });

  describe('the migrations', () => {
    /** A copy of the committed migrations, changed by `change`. */
    async function migrationsCopy(name: string, change: (dir: string) => Promise<void>): Promise<string> {
      const dir = join(work, name);
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      await change(dir);
      return dir;
    }

    it('names a committed migration not applied yet, and says the start applies it', async () => {
      const dir = await migrationsCopy('newer', async (d) => {
        await cp(join(d, LAST), join(d, '29990101000000_future'), { recursive: true });
        await writeFile(join(d, '29990101000000_future', 'migration.sql'), 'SELECT 1;\n');
      });
      const { by, broken } = await doctor({ DATA_DIR: dataDir }, { migrationsDir: dir });
      expect(by('Migrations')).toBe(
        `✗ Migrations: 1 of ${MIGRATIONS.length + 1} not applied yet (29990101000000_future). ` +
          'Start the service: it applies them at start, under a lock, once however many replicas start together.',
      );
      expect(broken).toBe(true);
    });

    it('names a migration the database has and this version does not (a rollback of the code alone)', async () => {
      const dir = await migrationsCopy('older', (d) => rm(join(d, LAST), { recursive: true }));
      const { by } = await doctor({ DATA_DIR: dataDir }, { migrationsDir: dir });
      expect(by('Migrations')).toBe(
        `✗ Migrations: the database has 1 migration this version does not know (${LAST}): a newer version migrated it. ` +
          'Run that version again, or restore the backup taken before the upgrade.',
      );
    });

    it('names a migration whose file changed after it was applied', async () => {
      const dir = await migrationsCopy('edited', (d) => appendFile(join(d, LAST, 'migration.sql'), '\n-- edited by hand\n'));
      const { by } = await doctor({ DATA_DIR: dataDir }, { migrationsDir: dir });
      expect(by('Migrations')).toBe(
        `✗ Migrations: ${LAST} changed on disk after it was applied, so the service refuses to start. ` +
          'Run the image as released: migration files must not be edited.',
      );
    });

    it('says when the committed migrations are missing (an incomplete installation)', async () => {
      const missing = join(work, 'no-migrations');
      const { by } = await doctor({ DATA_DIR: dataDir }, { migrationsDir: missing });
      expect(by('Database')).toMatch(/^✓ Database: /);
      expect(by('Migrations')).toBe(
        `✗ Migrations: the committed migrations are missing from ${missing}: this installation is incomplete ` +
          '(the image has them in prisma/migrations beside dist/); install it again.',
      );
    });

    it('puts a failed migration first, with what to do', () => {
      const line = migrationsLine({ committed: 3, applied: ['a'], pending: ['c'], failed: ['b'], modified: [], unknown: [] });
      expect(formatLine(line)).toBe(
        '✗ Migrations: b failed half-way and was not rolled back, so the service refuses to start. ' +
          'Restore the backup taken before the upgrade, or have a developer finish it by hand and mark it (npx prisma migrate resolve --rolled-back b).',
      );
    });
  });

  describe('Redis', () => {
    it('says nothing listens at a closed port', async () => {
      const { by, broken } = await doctor({ DATA_DIR: dataDir, REDIS_URL: `redis://127.0.0.1:${closedPort}` });
      expect(by('Redis')).toBe(
        `✗ Redis: redis://127.0.0.1:${closedPort}: nothing listens there (connection refused): check that Redis runs and the host and port in REDIS_URL.`,
      );
      expect(broken).toBe(true);
    });

    describe.skipIf(findRedisServer() === null)('on a Redis of its own', () => {
      let own: ThrowawayRedis;
      let admin: Redis;
      beforeAll(async () => {
        own = await startThrowawayRedis(findRedisServer() as string);
        admin = new Redis(own.url);
      });
      afterAll(async () => {
        admin?.disconnect();
        await own?.stop();
      });

      it('fails an eviction policy that could drop queued reminders', async () => {
        await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
        const { by } = await doctor({ DATA_DIR: dataDir, REDIS_URL: own.url });
        expect(by('Redis')).toMatch(
          new RegExp(
            `^✗ Redis: ${own.url} answers \\(Redis [\\d.]+\\), but its maxmemory-policy is allkeys-lru: ` +
              'when memory runs short Redis would drop queued reminders\\. Set maxmemory-policy noeviction ',
          ),
        );
        await admin.config('SET', 'maxmemory-policy', 'noeviction');
        expect((await doctor({ DATA_DIR: dataDir, REDIS_URL: own.url })).by('Redis')).toMatch(/^✓ Redis: .*; maxmemory-policy noeviction$/);
      });

      it('says a password is refused, without showing it', async () => {
        await admin.config('SET', 'requirepass', 'the-right-one-123');
        try {
          const url = own.url.replace('redis://', 'redis://:wrong-pass-456@');
          const { by, text } = await doctor({ DATA_DIR: dataDir, REDIS_URL: url });
          expect(by('Redis')).toBe(`✗ Redis: ${own.url}: refused the user name or password: correct REDIS_URL (redis://:password@host:6379).`);
          expect(text).not.toContain('wrong-pass-456');
        } finally {
          await admin.config('SET', 'requirepass', '');
        }
      });
    });
  });

  describe('Telegram', () => {
    it('says a refused token is refused', async () => {
      const { by, broken } = await doctor({ ...fullEnv(), REDIS_URL: '', TELEGRAM_BOT_TOKEN: '7012345678:AAF-another-token-the-fake-refuses' });
      expect(by('Telegram')).toBe('✗ Telegram: getMe: Telegram refused the token (401 Unauthorized): correct TELEGRAM_BOT_TOKEN (from @BotFather).');
      expect(by('Telegram webhook')).toBe('– Telegram webhook: not checked (getMe failed).');
      expect(broken).toBe(true);
    });

    it('says the Bot API cannot be reached', async () => {
      const { by } = await doctor({ ...fullEnv(), REDIS_URL: '', TELEGRAM_API_ROOT: `http://127.0.0.1:${closedPort}` });
      expect(by('Telegram')).toBe(
        `✗ Telegram: getMe: http://127.0.0.1:${closedPort} cannot be reached: nothing listens there (connection refused). ` +
          'Check the network (firewall, proxy) and TELEGRAM_API_ROOT.',
      );
    });

    it('says when no webhook is set, or one to another URL', async () => {
      await setWebhooks('', `${PUBLIC_URL}/webhooks/zalo`);
      expect((await doctor(fullEnv())).by('Telegram webhook')).toBe(
        `✗ Telegram webhook: none set (expected ${PUBLIC_URL}/webhooks/telegram). ` +
          'Start the service: it sets the webhook at start, and stops with a message when Telegram refuses it.',
      );
      await setWebhooks('https://old.example.vn/webhooks/telegram', `${PUBLIC_URL}/webhooks/zalo`);
      expect((await doctor(fullEnv())).by('Telegram webhook')).toBe(
        '✗ Telegram webhook: set to https://old.example.vn/webhooks/telegram, ' +
          `not to ${PUBLIC_URL}/webhooks/telegram as PUBLIC_URL says. Another deployment uses this bot, or PUBLIC_URL changed: ` +
          'restart the service with the right PUBLIC_URL (it sets the webhook at start).',
      );
    });

    it('in polling mode, wants no webhook', async () => {
      await setWebhooks('', '');
      const env = { ...fullEnv(), PUBLIC_URL: '', TELEGRAM_WEBHOOK_SECRET: '', ZALO_WEBHOOK_SECRET: '' };
      const first = await doctor(env);
      expect(first.by('Telegram')).toBe('✓ Telegram: the token works: the bot is @baophu_bot (polling mode).');
      expect(first.by('Telegram webhook')).toBe('✓ Telegram webhook: none set, as long polling needs.');
      expect(first.by('Zalo webhook')).toBe('✓ Zalo webhook: none set, as long polling needs.');
      await setWebhooks(`${PUBLIC_URL}/webhooks/telegram`, `${PUBLIC_URL}/webhooks/zalo`);
      const second = await doctor(env);
      expect(second.by('Telegram webhook')).toBe(
        `✗ Telegram webhook: set to ${PUBLIC_URL}/webhooks/telegram although this configuration uses long polling. ` +
          'The service removes it when it starts polling; if it is running, another deployment is using this bot token, and the two take updates from each other.',
      );
      expect(second.by('Zalo webhook')).toMatch(
        /^✗ Zalo webhook: set to https:\/\/bot\.example\.vn\/webhooks\/zalo \(set just now\) although this configuration uses long polling\./,
      );
    });

    it('says when Telegram cannot deliver to the webhook, and when it did not answer in time', async () => {
      const now = Date.now();
      const stub = await startStubBotApi((method) =>
        method === 'getMe'
          ? { id: 7012345678, is_bot: true, first_name: 'Bảo Phủ', username: 'baophu_bot' }
          : {
              url: `${PUBLIC_URL}/webhooks/telegram`,
              has_custom_certificate: false,
              pending_update_count: 12,
              last_error_date: Math.floor(now / 1000) - 600,
              last_error_message: 'Wrong response from the webhook: 502 Bad Gateway',
            },
      );
      try {
        const { by } = await doctor({ ...fullEnv(), REDIS_URL: '', TELEGRAM_API_ROOT: stub.root }, { now });
        expect(by('Telegram webhook')).toBe(
          `✗ Telegram webhook: set to ${PUBLIC_URL}/webhooks/telegram, but Telegram cannot deliver to it: ` +
            '"Wrong response from the webhook: 502 Bad Gateway" 10 minutes ago, 12 updates waiting. Check that the reverse proxy forwards ' +
            '/webhooks/telegram to the service, that its TLS certificate is valid, and that the service runs.',
        );
        stub.hang = true;
        const late = await doctor({ ...fullEnv(), REDIS_URL: '', TELEGRAM_API_ROOT: stub.root }, { timeoutMs: 500 });
        expect(late.by('Telegram')).toBe(
          `✗ Telegram: getMe: no answer from ${stub.root} within 0.5 s: check the network (firewall, proxy) and TELEGRAM_API_ROOT.`,
        );
      } finally {
        await stub.close();
      }
    });
  });

  describe('Zalo', () => {
    it('says a refused token is refused', async () => {
      const { by, broken } = await doctor({ ...fullEnv(), REDIS_URL: '', ZALO_BOT_TOKEN: 'another-zalo-token-x' });
      expect(by('Zalo')).toBe('✗ Zalo: getMe: Zalo refused the token (401 Unauthorized): correct ZALO_BOT_TOKEN.');
      expect(by('Zalo webhook')).toBe('– Zalo webhook: not checked (getMe failed).');
      expect(broken).toBe(true);
    });

    it('says the API cannot be reached', async () => {
      const { by } = await doctor({ ...fullEnv(), REDIS_URL: '', ZALO_API_BASE: `http://127.0.0.1:${closedPort}` });
      expect(by('Zalo')).toBe(
        `✗ Zalo: getMe: http://127.0.0.1:${closedPort} cannot be reached: nothing listens there (connection refused). ` +
          'Check the network (firewall, proxy) and ZALO_API_BASE.',
      );
    });

    it('says when no webhook is set, or one to another URL', async () => {
      await setWebhooks(`${PUBLIC_URL}/webhooks/telegram`, '');
      expect((await doctor(fullEnv())).by('Zalo webhook')).toBe(
        `✗ Zalo webhook: none set (expected ${PUBLIC_URL}/webhooks/zalo). ` +
          'Start the service: it sets the webhook at start, and stops with a message when Zalo refuses it.',
      );
      await setWebhooks(`${PUBLIC_URL}/webhooks/telegram`, 'https://bot.example.vn/zalo');
      expect((await doctor(fullEnv())).by('Zalo webhook')).toMatch(
        new RegExp(`^✗ Zalo webhook: set to https://bot\\.example\\.vn/zalo \\(set just now\\), not to ${PUBLIC_URL}/webhooks/zalo as PUBLIC_URL says\\.`),
      );
    });
  });

  describe('on the command line', () => {
    it('takes no arguments', async () => {
      const stderr: string[] = [];
      const code = await runAdmin(['doctor', '--fix'], {
        openStore: () => Promise.reject(new Error('doctor must not open the store')),
        stdout: () => undefined,
        stderr: (line) => stderr.push(line),
        clock: fixedClock('2026-07-01T03:00:00Z'),
        standalone: { doctor: DOCTOR_COMMAND },
      });
      expect(code).toBe(2);
      expect(stderr.join('\n')).toMatch(/^doctor takes no arguments\n\nUsage:[\s\S]* doctor {2,}check the configuration/);
    });

    it('exits 0 when everything configured works and 1 when something is broken', async () => {
      await setWebhooks(`${PUBLIC_URL}/webhooks/telegram`, `${PUBLIC_URL}/webhooks/zalo`);
      const good = await cli({
        DATA_DIR: dataDir,
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        TELEGRAM_MODE: 'webhook',
        PUBLIC_URL,
        TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
      });
      expect(good.code).toBe(0);
      expect(
        good.stdout
          .split('\n')
          .filter((line) => line.startsWith('✓'))
          .map((line) => line.split(':')[0]),
      ).toEqual(['✓ Configuration', '✓ Database', '✓ Migrations', '✓ Telegram', '✓ Telegram webhook']);
      const bad = await cli({ DATA_DIR: dataDir, REDIS_URL: `redis://127.0.0.1:${closedPort}` });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain(`✗ Redis: redis://127.0.0.1:${closedPort}: nothing listens there`);
      expect(bad.stdout.trimEnd().split('\n').at(-1)).toBe('1 problem found: see the ✗ line above.');
    });
  });
});

/** Runs `admin doctor` as the operator would, with only `env` (and PATH, HOME) set. */
function cli(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/admin/cli.ts', 'doctor'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A Bot API stand-in answering every method with `result(method)`, or never (hang). */
async function startStubBotApi(result: (method: string) => unknown) {
  const stub: { hang: boolean; root: string; close: () => Promise<void> } = {
    hang: false,
    root: '',
    close: async () => undefined,
  };
  const server = createServer((request, response) => {
    if (stub.hang) return;
    const method = /\/([A-Za-z]+)$/.exec(request.url ?? '')?.[1] ?? '';
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: result(method) })));
  });
  await listen(server);
  stub.root = `http://127.0.0.1:${port(server)}`;
  stub.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
  return stub;
}

async function listen<T extends Server | TcpServer>(server: T): Promise<T> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

function port(server: Server | TcpServer): number {
  return (server.address() as AddressInfo).port;
}
