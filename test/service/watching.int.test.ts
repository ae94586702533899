/**
 * Watching it run, through the real start-up paths on PostgreSQL and Redis: the service
 * mounts the queue board behind ADMIN_UI_TOKEN and serves the queue and ledger gauges; the standalone
 * worker serves /healthz, /readyz and /metrics on WORKER_HTTP_PORT, names the variable when the port
 * is taken, serves nothing with 0, and closes its port when it stops.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService } from '../../src/composition/start-service.js';
import { startWorker } from '../../src/composition/start-worker.js';
import { createConfig } from '../../src/config.js';
import { testRedisUrl, uniquePrefix, waitFor } from '../adapters/queue/queue-kit.js';
import { freePort } from '../setup/free-port.js';
import { freshPostgresUrl } from '../support/postgres.js';

const TOKEN = 'watching-token-0123456789';
const BOT_TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';
const logs: string[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });

let env: Record<string, string>;
let serviceUrl: string;
let stopService: (() => Promise<void>) | undefined;

beforeAll(async () => {
  env = {
    DATABASE_URL: await freshPostgresUrl(),
    HOST: '127.0.0.1',
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: uniquePrefix('watching'),
    // The worker sends through a channel; it makes no call to the platform until a reminder is due.
    TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
  };
  const port = await freePort();
  serviceUrl = `http://127.0.0.1:${port}`;
  stopService = await startService(createConfig({ ...env, PORT: String(port), ADMIN_UI_TOKEN: TOKEN }), log);
}, 60_000);

afterAll(async () => {
  await stopService?.();
});

describe('the service', () => {
  it('serves the queue board behind ADMIN_UI_TOKEN', async () => {
    const api = `${serviceUrl}/admin/queues/api/queues`;
    expect((await fetch(api)).status).toBe(401);
    expect((await fetch(api, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const res = await fetch(api, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const { queues } = (await res.json()) as { queues: Array<{ name: string }> };
    expect(queues.map((q) => q.name).sort()).toEqual(['reminders-plan', 'reminders-telegram', 'reminders-zalo']);
    const page = await fetch(`${serviceUrl}/admin/queues`, { headers: { authorization: `Basic ${Buffer.from(`ops:${TOKEN}`).toString('base64')}` } });
    expect(page.status).toBe(200);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });

  it('serves the queue and ledger gauges in /metrics', async () => {
    await waitFor('Redis', async () => (await (await fetch(`${serviceUrl}/metrics`)).text()).includes('baophu_state_up{source="queues"} 1'));
    const text = await (await fetch(`${serviceUrl}/metrics`)).text();
    expect(text).toContain('baophu_queue_jobs{queue="reminders-telegram",state="waiting"} 0');
    expect(text).toContain('baophu_reminder_deliveries{status="sending"} 0');
    expect(text).toContain('baophu_state_up{source="ledger"} 1');
  });
});

describe('the standalone worker', () => {
  it('serves /healthz, /readyz and /metrics on WORKER_HTTP_PORT and closes the port when it stops', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const stop = await startWorker(createConfig({ ...env, TELEGRAM_BOT_TOKEN: BOT_TOKEN, WORKER_HTTP_PORT: String(port) }), log);
    let stopped = false;
    try {
      expect(logs.some((line) => line.includes('"msg":"baophu worker started"') && line.includes(`"http":${port}`))).toBe(true);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      await waitFor('ready', async () => (await fetch(`${url}/readyz`)).status === 200);
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready', checks: { database: true, redis: true } });
      const metrics = await fetch(`${url}/metrics`);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      const text = await metrics.text();
      expect(text).toContain('baophu_queue_jobs{queue="reminders-telegram",state="failed"} 0');
      expect(text).toContain('baophu_reminder_deliveries{status="pending"} 0');
      expect(text).toContain('# TYPE baophu_reminders_sent_total counter');
      expect(text).toContain('baophu_process_cpu_seconds_total');
      // No queue board on the worker.
      expect((await fetch(`${url}/admin/queues`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);

      // A second worker on the same port says which variable to change.
      await expect(startWorker(createConfig({ ...env, TELEGRAM_BOT_TOKEN: BOT_TOKEN, WORKER_HTTP_PORT: String(port) }), log)).rejects.toThrow(
        `WORKER_HTTP_PORT ${port} is in use`,
      );

      await stop();
      stopped = true;
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      if (!stopped) await stop();
    }
  }, 60_000);

  it('serves nothing with WORKER_HTTP_PORT=0', async () => {
    const before = logs.length;
    const stop = await startWorker(createConfig({ ...env, TELEGRAM_BOT_TOKEN: BOT_TOKEN, WORKER_HTTP_PORT: '0' }), log);
    await stop();
    expect(logs.slice(before).some((line) => line.includes('"msg":"baophu worker started"') && line.includes('"http":"off"'))).toBe(true);
  }, 60_000);
});
