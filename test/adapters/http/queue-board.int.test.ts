/**
 * Bull Board at /admin/queues on a real Redis: absent (404) without ADMIN_UI_TOKEN; with it, every
 * path under the prefix asks for the token (Basic with any user, or Bearer), the page, its API and
 * its static files answer under the prefix, and the board refuses changes (read-only).
 */
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/adapters/http/metrics.js';
import { authorized, QUEUE_BOARD_PATH } from '../../../src/adapters/http/queue-board.js';
import { buildHttpServer } from '../../../src/adapters/http/server.js';
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { type ClosableReminderQueue, createReminderQueue } from '../../../src/adapters/queue/reminder-queue.js';
import { type WatchedQueues, watchQueues } from '../../../src/adapters/queue/watched-queues.js';
import { makeDeliveryJob, testRedisUrl, uniquePrefix } from '../queue/queue-kit.js';

const log = pino({ level: 'silent' });
const TOKEN = 'board-token-0123456789abcdef';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('authorized', () => {
  it('takes the token as a Basic password with any user name, or as a Bearer token', () => {
    expect(authorized(basic('admin', TOKEN), TOKEN)).toBe(true);
    expect(authorized(basic('', TOKEN), TOKEN)).toBe(true);
    expect(authorized(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(authorized(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it('refuses a wrong, a longer or a shorter token, the token as a user name, and anything else', () => {
    for (const header of [
      undefined,
      '',
      TOKEN,
      basic('admin', 'wrong'),
      basic('admin', `${TOKEN}x`),
      basic('admin', TOKEN.slice(0, -1)),
      basic(TOKEN, ''),
      `Basic ${Buffer.from(TOKEN).toString('base64')}`,
      `Bearer ${TOKEN}x`,
      `Bearer`,
      `Digest ${TOKEN}`,
    ])
      expect(authorized(header, TOKEN), String(header)).toBe(false);
  });
});

describe('the queue board', () => {
  let connection: Redis;
  let watched: WatchedQueues;
  let producer: ClosableReminderQueue;
  const app = () => buildHttpServer({ log, metrics: createMetrics(false), ready: async () => ({}), queueBoard: { queues: watched.queues, token: TOKEN } });
  let board: ReturnType<typeof app>;

  beforeAll(async () => {
    connection = createRedisConnection(testRedisUrl(), { log, role: 'producer' });
    const prefix = uniquePrefix('board');
    watched = watchQueues({ connection, prefix });
    producer = createReminderQueue({ connection, prefix });
    await producer.enqueueDeliveries([makeDeliveryJob({ deliveryId: 71 }), makeDeliveryJob({ deliveryId: 72 })]);
    board = app();
    await board.ready();
  });

  afterAll(async () => {
    await board?.close();
    await producer?.close();
    await watched?.close();
    await connection?.quit();
  });

  it('is not there without ADMIN_UI_TOKEN', async () => {
    const plain = buildHttpServer({ log, metrics: createMetrics(false), ready: async () => ({}) });
    for (const url of [QUEUE_BOARD_PATH, `${QUEUE_BOARD_PATH}/`, `${QUEUE_BOARD_PATH}/api/queues`]) {
      expect((await plain.inject({ method: 'GET', url, headers: { authorization: basic('admin', TOKEN) } })).statusCode).toBe(404);
    }
  });

  it('asks for the token on every path under the prefix, and says how (Basic)', async () => {
    for (const url of [QUEUE_BOARD_PATH, `${QUEUE_BOARD_PATH}/`, `${QUEUE_BOARD_PATH}/api/queues`, `${QUEUE_BOARD_PATH}/static/favicon.ico`]) {
      const anonymous = await board.inject({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.headers['www-authenticate']).toBe('Basic realm="baophu admin", charset="UTF-8"');
      expect(anonymous.body).not.toContain('reminders-telegram');
    }
    const wrongBasic = await board.inject({
      method: 'GET',
      url: `${QUEUE_BOARD_PATH}/api/queues`,
      headers: { authorization: basic('admin', 'not-the-token-0123456789') },
    });
    expect(wrongBasic.statusCode).toBe(401);
    const wrongBearer = await board.inject({ method: 'GET', url: `${QUEUE_BOARD_PATH}/api/queues`, headers: { authorization: `Bearer ${TOKEN}0` } });
    expect(wrongBearer.statusCode).toBe(401);
  });

  it('lists the planning and delivery queues with their jobs for the right token', async () => {
    const res = await board.inject({ method: 'GET', url: `${QUEUE_BOARD_PATH}/api/queues`, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    const queues = (res.json() as { queues: Array<{ name: string; counts: Record<string, number>; readOnlyMode: boolean }> }).queues;
    expect(queues.map((q) => q.name).sort()).toEqual(['reminders-plan', 'reminders-telegram', 'reminders-zalo']);
    const telegram = queues.find((q) => q.name === 'reminders-telegram');
    expect(telegram?.counts.waiting).toBe(2);
    expect(telegram?.readOnlyMode).toBe(true);
  });

  it('serves its page with asset links under the prefix, and the assets themselves', async () => {
    const authorization = basic('anyone', TOKEN);
    const page = await board.inject({ method: 'GET', url: `${QUEUE_BOARD_PATH}/`, headers: { authorization } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    // The page names its assets relative to <base href>, which must be the prefix.
    expect(page.body).toContain(`<base href="${QUEUE_BOARD_PATH}/" />`);
    const assets = [...page.body.matchAll(/(?:src|href)="(static\/[^"]+)"/g)].map((m) => `${QUEUE_BOARD_PATH}/${m[1] as string}`);
    expect(assets.filter((a) => a.endsWith('.js')).length).toBeGreaterThan(1);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const res = await board.inject({ method: 'GET', url: asset, headers: { authorization } });
      expect(res.statusCode, asset).toBe(200);
      expect(res.headers['content-type'], asset).toMatch(/javascript|css|image|icon/);
    }
    // What the scripts load later (the translations) comes from the same place.
    const locale = await board.inject({ method: 'GET', url: `${QUEUE_BOARD_PATH}/static/locales/en-US/messages.json`, headers: { authorization } });
    expect(locale.statusCode).toBe(200);
    expect(locale.headers['content-type']).toContain('application/json');
    // Without the trailing slash too (the page the README names).
    expect((await board.inject({ method: 'GET', url: QUEUE_BOARD_PATH, headers: { authorization } })).statusCode).toBe(200);
  });

  it('refuses to change a queue (read-only)', async () => {
    const authorization = `Bearer ${TOKEN}`;
    const pause = await board.inject({ method: 'PUT', url: `${QUEUE_BOARD_PATH}/api/queues/reminders-telegram/pause`, headers: { authorization } });
    expect(pause.statusCode).toBe(405);
    expect(pause.body).toContain('QUEUE_READ_ONLY');
    const clean = await board.inject({ method: 'PUT', url: `${QUEUE_BOARD_PATH}/api/queues/reminders-telegram/empty`, headers: { authorization } });
    expect(clean.statusCode).toBe(405);
    expect((await watched.counts()).find((c) => c.queue === 'reminders-telegram')?.waiting).toBe(2);
    expect(await watched.queues.find((q) => q.name === 'reminders-telegram')?.isPaused()).toBe(false);
  });

  it('leaves the rest of the server open', async () => {
    expect((await board.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
