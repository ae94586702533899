import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/adapters/http/metrics.js';
import { buildHttpServer, type HttpServerDeps, type WebhookHandler } from '../../../src/adapters/http/server.js';

const log = pino({ level: 'silent' });

function server(over: Partial<HttpServerDeps> = {}) {
  return buildHttpServer({ log, metrics: createMetrics(false), ready: async () => ({ database: true, redis: true }), ...over });
}

describe('HTTP server', () => {
  it('answers /healthz while alive', async () => {
    const res = await server().inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('says unhealthy (503) when a part of the process stopped answering, healthy while all answer', async () => {
    const ok = await server({ alive: async () => ({ database: true }) }).inject({ method: 'GET', url: '/healthz' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok', checks: { database: true } });
    const hung = await server({ alive: async () => ({ database: false }) }).inject({ method: 'GET', url: '/healthz' });
    expect(hung.statusCode).toBe(503);
    expect(hung.json()).toEqual({ status: 'unhealthy', checks: { database: false } });
    const failed = await server({ alive: () => Promise.reject(new Error('engine gone')) }).inject({ method: 'GET', url: '/healthz' });
    expect(failed.statusCode).toBe(503);
  });

  it('is ready only when every dependency is reachable', async () => {
    expect((await server().inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const down = await server({ ready: async () => ({ database: true, redis: false }) }).inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'not ready', checks: { database: true, redis: false } });
  });

  it('is not ready when the check itself fails', async () => {
    const res = await server({ ready: () => Promise.reject(new Error('db down')) }).inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
  });

  it('serves Prometheus metrics, counting what was recorded', async () => {
    const metrics = createMetrics(false);
    metrics.updates.inc({ channel: 'telegram' }, 3);
    metrics.handlerSeconds.observe({ channel: 'zalo' }, 0.012);
    const res = await server({ metrics }).inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('baophu_updates_total{channel="telegram"} 3');
    expect(res.body).toContain('baophu_handler_seconds_count{channel="zalo"} 1');
  });

  it('passes webhook headers and body to the channel and answers with its status', async () => {
    const seen: unknown[] = [];
    const telegramWebhook: WebhookHandler = async (headers, body) => {
      seen.push([headers['x-telegram-bot-api-secret-token'], body]);
      return { status: headers['x-telegram-bot-api-secret-token'] === 's3cret' ? 200 : 401 };
    };
    const app = server({ telegramWebhook });
    const ok = await app.inject({
      method: 'POST',
      url: '/webhooks/telegram',
      headers: { 'x-telegram-bot-api-secret-token': 's3cret' },
      payload: { update_id: 1 },
    });
    expect(ok.statusCode).toBe(200);
    const bad = await app.inject({ method: 'POST', url: '/webhooks/telegram', payload: { update_id: 2 } });
    expect(bad.statusCode).toBe(401);
    expect(seen).toEqual([
      ['s3cret', { update_id: 1 }],
      [undefined, { update_id: 2 }],
    ]);
  });

  it('answers 500 when the channel throws, so that the platform redelivers', async () => {
    const res = await server({ zaloWebhook: () => Promise.reject(new Error('database down')) }).inject({
      method: 'POST',
      url: '/webhooks/zalo',
      payload: { event_name: 'message.text.received' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('database down');
  });

  it('answers 404 for a channel that is off, and 400 for a body that is not JSON', async () => {
    expect((await server().inject({ method: 'POST', url: '/webhooks/zalo', payload: {} })).statusCode).toBe(404);
    const res = await server({ zaloWebhook: async () => ({ status: 200 }) }).inject({
      method: 'POST',
      url: '/webhooks/zalo',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(res.statusCode).toBe(400);
  });
});
