import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig, enabledChannels, webhookUrl } from '../src/config.js';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';
const SECRET = 'abcdefghij0123456789';

function problems(env: Record<string, string>): ConfigError {
  try {
    createConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('createConfig', () => {
  it('defaults to the embedded database in .data, port 3000, no channels', () => {
    expect(createConfig({})).toEqual({
      databaseUrl: undefined,
      dataDir: '.data',
      logLevel: undefined,
      port: 3000,
      host: '0.0.0.0',
      publicUrl: undefined,
      redisUrl: undefined,
      redisPrefix: 'baophu',
      reminderRates: { telegram: 25, zalo: 10 },
      stuckReminders: { policy: 'resend', afterMs: undefined },
      telegram: undefined,
      zalo: undefined,
      adminUiToken: undefined,
      workerPort: 3001,
      submissionYearsBack: 2,
    });
  });

  it('treats empty variables as unset', () => {
    expect(createConfig({ DATABASE_URL: '', REDIS_URL: '', TELEGRAM_BOT_TOKEN: '' })).toMatchObject({
      databaseUrl: undefined,
      redisUrl: undefined,
      telegram: undefined,
    });
  });

  it('treats every empty or blank variable as unset, as .env.example ships them', () => {
    const names = [
      'DATABASE_URL',
      'DATA_DIR',
      'LOG_LEVEL',
      'PORT',
      'HOST',
      'PUBLIC_URL',
      'REDIS_URL',
      'REDIS_PREFIX',
      'TELEGRAM_BOT_TOKEN',
      'TELEGRAM_API_ROOT',
      'TELEGRAM_WEBHOOK_SECRET',
      'TELEGRAM_MODE',
      'ZALO_BOT_TOKEN',
      'ZALO_API_BASE',
      'ZALO_WEBHOOK_SECRET',
      'ZALO_MODE',
      'TELEGRAM_RATE_PER_SECOND',
      'ZALO_RATE_PER_SECOND',
      'REMINDER_STUCK',
      'REMINDER_STUCK_AFTER_SECONDS',
      'ADMIN_UI_TOKEN',
      'WORKER_HTTP_PORT',
      'SUBMISSION_YEARS_BACK',
    ];
    expect(createConfig(Object.fromEntries(names.map((name, i) => [name, i % 2 === 0 ? '' : '  '])))).toEqual(createConfig({}));
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const entries = example.split('\n').flatMap((line) => /^([A-Z_]+)=(.*)$/.exec(line.trim())?.slice(1, 3) ?? []);
    const env: Record<string, string> = {};
    for (let i = 0; i < entries.length; i += 2) env[entries[i] as string] = entries[i + 1] as string;
    expect(Object.keys(env).length).toBeGreaterThan(10);
    expect(() => createConfig(env)).not.toThrow();
  });

  it('refuses a URL that does not parse, naming the variable only', () => {
    const e = problems({ DATABASE_URL: 'postgres://user:hunter2@db host/x', TELEGRAM_API_ROOT: 'https://' });
    expect(e.variables).toEqual(['DATABASE_URL', 'TELEGRAM_API_ROOT']);
    expect(e.message).not.toContain('hunter2');
  });

  it('listens where HOST says, and refuses a HOST that is not an address', () => {
    expect(createConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(problems({ HOST: '127.0.0.1; rm -rf /' }).variables).toEqual(['HOST']);
  });

  it('drops a trailing slash from the API base URLs', () => {
    const config = createConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      ZALO_BOT_TOKEN: 'zalo-token-123',
      ZALO_API_BASE: 'https://z.example//',
    });
    expect(config.telegram?.apiBase).toBe('http://127.0.0.1:8081');
    expect(config.zalo?.apiBase).toBe('https://z.example');
  });

  it('accepts a PostgreSQL URL', () => {
    expect(createConfig({ DATABASE_URL: 'postgresql://u:p@localhost:5432/db' }).databaseUrl).toBe('postgresql://u:p@localhost:5432/db');
  });

  it('names every bad variable and never echoes a value', () => {
    const e = problems({ DATABASE_URL: 'mysql://user:hunter2@db/x', LOG_LEVEL: 'loud', PORT: '99999' });
    expect(e.variables).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    expect(e.message).toContain('DATABASE_URL');
    expect(e.message).not.toContain('hunter2');
  });

  it('turns a channel on with its token: polling without a public URL, with the official API by default', () => {
    const config = createConfig({ TELEGRAM_BOT_TOKEN: TOKEN, ZALO_BOT_TOKEN: 'zalo-token-123456' });
    expect(config.telegram).toEqual({ token: TOKEN, apiBase: 'https://api.telegram.org', mode: 'polling', webhookSecret: undefined });
    expect(config.zalo).toMatchObject({ apiBase: 'https://bot-api.zaloplatforms.com', mode: 'polling' });
    expect(enabledChannels(config)).toEqual(['telegram (polling)', 'zalo (polling)']);
  });

  it('uses webhooks when a public URL is set, and then requires the secret', () => {
    const e = problems({ TELEGRAM_BOT_TOKEN: TOKEN, PUBLIC_URL: 'https://bot.example.vn' });
    expect(e.variables).toEqual(['TELEGRAM_WEBHOOK_SECRET']);
    const config = createConfig({ TELEGRAM_BOT_TOKEN: TOKEN, PUBLIC_URL: 'https://bot.example.vn', TELEGRAM_WEBHOOK_SECRET: SECRET });
    expect(config.telegram?.mode).toBe('webhook');
  });

  it('tells the channel modes apart: a webhook channel carries its secret, a polling one none', () => {
    const config = createConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      PUBLIC_URL: 'https://bot.example.vn/',
      ZALO_BOT_TOKEN: 'zalo-token-123456',
      ZALO_MODE: 'polling',
      ZALO_WEBHOOK_SECRET: SECRET,
    });
    expect(config.telegram).toStrictEqual({ token: TOKEN, apiBase: 'https://api.telegram.org', mode: 'webhook', webhookSecret: SECRET });
    expect(config.zalo).toStrictEqual({ token: 'zalo-token-123456', apiBase: 'https://bot-api.zaloplatforms.com', mode: 'polling' });
    expect(webhookUrl(config, 'telegram')).toBe('https://bot.example.vn/webhooks/telegram');
  });

  it('requires a public URL for webhook mode', () => {
    expect(problems({ ZALO_BOT_TOKEN: 'zalo-token-123456', ZALO_MODE: 'webhook', ZALO_WEBHOOK_SECRET: SECRET }).variables).toEqual(['PUBLIC_URL']);
  });

  it('refuses a public URL over plain http, which neither platform would call', () => {
    const e = problems({ ZALO_BOT_TOKEN: 'zalo-token-123456', PUBLIC_URL: 'http://bot.example.vn', ZALO_WEBHOOK_SECRET: SECRET });
    expect(e.variables).toEqual(['PUBLIC_URL']);
    expect(e.message).toContain('must be a https:// URL');
  });

  it('refuses a malformed token or a weak secret without printing them', () => {
    const e = problems({ TELEGRAM_BOT_TOKEN: 'not-a-token', ZALO_BOT_TOKEN: 'zalo-token-123456', ZALO_WEBHOOK_SECRET: 'short' });
    expect(e.variables).toEqual(['TELEGRAM_BOT_TOKEN', 'ZALO_WEBHOOK_SECRET']);
    expect(e.message).not.toContain('not-a-token');
    expect(e.message).not.toContain('short:');
  });
});

describe('reminder settings', () => {
  it("reads the Redis key prefix and the channels' reminder rates", () => {
    const config = createConfig({ REDIS_PREFIX: 'prov-na', TELEGRAM_RATE_PER_SECOND: '30', ZALO_RATE_PER_SECOND: '5' });
    expect(config).toMatchObject({ redisPrefix: 'prov-na', reminderRates: { telegram: 30, zalo: 5 } });
  });

  it('refuses a prefix with a colon and a rate of zero, naming the variable', () => {
    expect(() => createConfig({ REDIS_PREFIX: 'a:b' })).toThrow(/REDIS_PREFIX/);
    expect(() => createConfig({ TELEGRAM_RATE_PER_SECOND: '0' })).toThrow(/TELEGRAM_RATE_PER_SECOND/);
  });
});

describe('watching settings', () => {
  it('reads the queue board token and the worker port; 0 turns the worker port off', () => {
    expect(createConfig({ ADMIN_UI_TOKEN: SECRET, WORKER_HTTP_PORT: '9464' })).toMatchObject({ adminUiToken: SECRET, workerPort: 9464 });
    expect(createConfig({ WORKER_HTTP_PORT: '0' }).workerPort).toBe(0);
  });

  it('refuses a weak board token or a port out of range, naming the variable and never the value', () => {
    const e = problems({ ADMIN_UI_TOKEN: 'hunter2', WORKER_HTTP_PORT: '70000' });
    expect(e.variables).toEqual(['ADMIN_UI_TOKEN', 'WORKER_HTTP_PORT']);
    expect(e.message).not.toContain('hunter2');
    expect(() => createConfig({ ADMIN_UI_TOKEN: 'has spaces in it 0123456789' })).toThrow(/ADMIN_UI_TOKEN/);
  });
});
