/**
 * `npm start` with REDIS_URL: the reminder worker runs beside the HTTP server, /readyz reports Redis,
 * and a Redis outage makes the service "not ready" until Redis is back (the connection reconnects).
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHUTDOWN_LIMIT_MS } from '../../src/composition/limits.js';
import { startService } from '../../src/composition/start-service.js';
import { createConfig } from '../../src/config.js';
import { testRedisUrl, uniquePrefix, waitFor } from '../adapters/queue/queue-kit.js';
import { freePort } from '../setup/free-port.js';
import { freshPostgresUrl } from '../support/postgres.js';
import { startTcpSwitch, type TcpSwitch } from '../support/tcp-switch.js';

let stop: () => Promise<void>;
let redisSwitch: TcpSwitch;
let url: string;
const logs: string[] = [];
/** The test Redis has no password; ioredis warns and goes on, which lets us check it never reaches a log. */
const REDIS_PASSWORD = 'pw-must-not-leak-81';

async function readiness(): Promise<{ status: number; body: { checks: Record<string, boolean> } }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, boolean> } };
}

beforeAll(async () => {
  const redis = new URL(testRedisUrl());
  redisSwitch = await startTcpSwitch(redis.hostname, Number(redis.port));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const config = createConfig({
    DATABASE_URL: await freshPostgresUrl(),
    PORT: String(port),
    REDIS_URL: `redis://default:${REDIS_PASSWORD}@127.0.0.1:${redisSwitch.port}`,
    REDIS_PREFIX: uniquePrefix('readyz'),
  });
  stop = await startService(config, pino({ level: 'info' }, { write: (line: string) => void logs.push(line) }));
});

let stopped = false;

afterAll(async () => {
  redisSwitch.on();
  if (!stopped) await stop?.();
  await redisSwitch?.close();
});

describe('the service with REDIS_URL', () => {
  it('says the reminders are on and is ready when the database and Redis answer', async () => {
    expect(logs.some((line) => line.includes('"msg":"reminders on"'))).toBe(true);
    // The service does not wait for Redis at start (reminders must not keep the chat down).
    await waitFor('the Redis connection', async () => (await readiness()).status === 200);
    expect(await readiness()).toEqual({ status: 200, body: expect.objectContaining({ checks: { database: true, redis: true } }) });
  });

  it('is not ready while Redis is away, and ready again once it is back', async () => {
    redisSwitch.off();
    await waitFor('not ready', async () => (await readiness()).status === 503);
    expect((await readiness()).body.checks).toEqual({ database: true, redis: false });
    redisSwitch.on();
    await waitFor('ready again', async () => (await readiness()).status === 200, 15_000);
  });

  it('names Redis in its outage log without the password', () => {
    const outage = logs.filter((line) => line.includes('redis connection lost'));
    expect(outage.length).toBeGreaterThan(0);
    expect(outage[0]).toContain(`redis://127.0.0.1:${redisSwitch.port}`);
    expect(logs.join('\n')).not.toContain(REDIS_PASSWORD);
  });

  it('stops well within its shutdown limit while Redis is away', async () => {
    redisSwitch.off();
    await waitFor('not ready', async () => (await readiness()).status === 503);
    const started = Date.now();
    await stop();
    stopped = true;
    // A bound, not a speed: past the limit the process would be killed mid-shutdown.
    expect(Date.now() - started).toBeLessThan(SHUTDOWN_LIMIT_MS - 2_000);
  }, 30_000);
});
