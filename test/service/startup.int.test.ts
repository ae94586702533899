/**
 * Start-up against a Telegram Bot API that does not answer or cannot be reached: the service gives up
 * after its limit with an error that says where to look, instead of waiting silently (grammY's init
 * retries network errors without end), and the port is not left taken. The same for Zalo; a token
 * either platform refuses fails the start at once (Zalo's long poll would otherwise retry it without
 * end, the bot silent).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService } from '../../src/composition/start-service.js';
import { createConfig } from '../../src/config.js';
import { startFakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { startFakeZaloApi } from '../fakes/fake-zalo-api.js';
import { freePort } from '../setup/free-port.js';
import { dropPostgresDatabase, freshPostgresUrl } from '../support/postgres.js';

const TOKEN = '7012345678:AAF-startup_tests-token-xyz';
let silent: Server;
const sockets = new Set<Socket>();
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await freshPostgresUrl();
  // Accepts connections and never answers, as a black-holed or hung API host would.
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
  await dropPostgresDatabase(databaseUrl);
});

async function start(apiRoot: string, port: number): Promise<unknown> {
  return startWith({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, TELEGRAM_MODE: 'polling' }, port);
}

async function startWith(channel: Record<string, string>, port: number): Promise<unknown> {
  const config = createConfig({ DATABASE_URL: databaseUrl, PORT: String(port), ...channel });
  return startService(config, pino({ level: 'silent' }), { startupCallMs: 500 }).then(
    async (stop) => {
      await stop();
      return 'started';
    },
    (error: unknown) => error,
  );
}

describe('start-up with a Telegram API that does not answer', () => {
  it('fails after its limit, naming what to check, and frees the port', async () => {
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    const port = await freePort();
    const error = await start(`http://127.0.0.1:${address.port}`, port);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Could not reach Telegram (getMe) within 0.5 s: check TELEGRAM_API_ROOT and the network');
    expect((error as Error).message).not.toContain(TOKEN);
    // Nothing listens on the port: a second server can take it.
    const probe = createServer();
    await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  it('fails the same way when the connection is refused', async () => {
    const error = await start(`http://127.0.0.1:${await freePort()}`, await freePort());
    expect((error as Error).message).toMatch(/^Could not reach Telegram \(getMe\) within 0\.5 s/);
  });
});

describe('start-up when Telegram refuses the token', () => {
  it('fails at once, naming TELEGRAM_BOT_TOKEN, without the token', async () => {
    const fake = await startFakeTelegramApi('7099999999:AAF-another_token-for-the-fake-api');
    try {
      const error = await start(fake.apiRoot, await freePort());
      expect((error as Error).message).toBe('Telegram refused the bot token (getMe: 401 Unauthorized): check TELEGRAM_BOT_TOKEN');
      // The fake records only calls with its token: none was made after the refusal either.
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

describe('start-up when Telegram refuses the command menu', () => {
  it('starts anyway and says so in the log', async () => {
    const fake = await startFakeTelegramApi(TOKEN);
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    try {
      fake.failNext('setMyCommands', 'server_error', 2);
      const config = createConfig({
        DATABASE_URL: databaseUrl,
        PORT: String(await freePort()),
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_SECRET: 'startup-tests-secret',
        PUBLIC_URL: 'https://bot.example.org',
      });
      const stop = await startService(config, log);
      await stop();
      expect(fake.requests.map((r) => r.method)).toContain('setWebhook');
      const warning = lines.map((line) => JSON.parse(line) as { msg: string; err: { message: string } }).find((l) => l.msg === 'Telegram command menu not set');
      expect(warning?.err.message).toMatch(/502/);
    } finally {
      await fake.close();
    }
  });
});

describe('start-up with Zalo', () => {
  const ZALO_TOKEN = '1459232241454765289:startup-tests-zalo-token';

  it('fails naming ZALO_BOT_TOKEN when the platform refuses the token, in either mode', async () => {
    const fake = await startFakeZaloApi('another-token');
    try {
      for (const mode of ['polling', 'webhook']) {
        const error = await startWith(
          {
            ZALO_BOT_TOKEN: ZALO_TOKEN,
            ZALO_API_BASE: fake.baseUrl,
            ZALO_MODE: mode,
            ZALO_WEBHOOK_SECRET: 'startup-tests-secret',
            PUBLIC_URL: 'https://bot.example.org',
          },
          await freePort(),
        );
        expect((error as Error).message).toBe('Zalo refused the bot token (getMe: 401 Unauthorized): check ZALO_BOT_TOKEN');
      }
      // Nothing after the refused getMe: no webhook set, no poll begun.
      expect(fake.requests.map((r) => r.method)).toEqual(['getMe', 'getMe']);
    } finally {
      await fake.close();
    }
  });

  it('fails after its limit when the platform does not answer, and when it cannot be reached', async () => {
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    const hung = await startWith({ ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_BASE: `http://127.0.0.1:${address.port}`, ZALO_MODE: 'polling' }, await freePort());
    expect((hung as Error).message).toBe('Could not reach Zalo (getMe) within 0.5 s: check ZALO_API_BASE and the network');
    const refused = await startWith(
      { ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_BASE: `http://127.0.0.1:${await freePort()}`, ZALO_MODE: 'polling' },
      await freePort(),
    );
    expect((refused as Error).message).toMatch(/^Could not reach Zalo \(getMe: .+\): check ZALO_API_BASE and the network$/);
    expect((refused as Error).message).not.toContain(ZALO_TOKEN);
  });
});
