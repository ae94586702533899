/**
 * The database goes away under a running service with both channels by webhook: a delivery that
 * cannot be processed is answered 5xx with nothing sent, so the platform delivers it again; once the
 * database is back the redelivery is answered and recorded once, and a further redelivery changes
 * nothing. The database is a real PostgreSQL behind a TCP switch that cuts every connection.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READY_TIMEOUT_MS } from '../../src/composition/limits.js';
import { composeInternalError } from '../../src/core/answer/short-replies.js';
import { textUpdate } from '../fakes/fake-telegram-api.js';
import { startTcpSwitch, type TcpSwitch } from '../support/tcp-switch.js';
import { sentTo as telegramSentTo } from './drivers/telegram.js';
import { sentTo as zaloSentTo, zaloTextUpdate } from './drivers/zalo.js';
import { createInvites } from './invites.js';
import { type SeededDatabases, seededDatabases } from './seeded-databases.js';
import { startTestService, TELEGRAM_SECRET, type TestService, ZALO_SECRET } from './test-service.js';

const TG_USER = 830_001;
const ZALO_USER = 'd0wn0000000000000001';
const TG_HEADERS = { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET };
const ZALO_HEADERS = { 'x-bot-api-secret-token': ZALO_SECRET };

let databases: SeededDatabases;
let directUrl: string;
let db: TcpSwitch;
let service: TestService;

beforeAll(async () => {
  databases = await seededDatabases();
  directUrl = await databases.copy();
  await createInvites(directUrl, [
    { code: 'DOWNTGFP', role: 'focal_point', unit: 'Vinh Hưng', province: 'Nghệ An' },
    { code: 'DOWNZAFP', role: 'focal_point', unit: 'Thành Vinh', province: 'Nghệ An' },
  ]);
  const url = new URL(directUrl);
  db = await startTcpSwitch(url.hostname, Number(url.port || 5432));
  url.hostname = '127.0.0.1';
  url.port = String(db.port);
  service = await startTestService({ databaseUrl: url.toString(), telegram: 'webhook', zalo: 'webhook' });
  expect(await service.post('/webhooks/telegram', textUpdate({ chatId: TG_USER, userId: TG_USER, text: '/start DOWNTGFP' }), TG_HEADERS)).toBe(200);
  expect(await service.post('/webhooks/zalo', zaloTextUpdate(ZALO_USER, '/start DOWNZAFP'), ZALO_HEADERS)).toBe(200);
});
afterAll(async () => {
  db?.on();
  await service?.stop();
  await db?.close();
  await databases?.dropAll();
});

/** Submissions recorded from chat messages, counted on the database directly. */
async function submittedVersions(): Promise<number> {
  const client = new pg.Client({ connectionString: directUrl });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM report WHERE message_key IS NOT NULL');
    return result.rows[0]?.n ?? -1;
  } finally {
    await client.end();
  }
}

async function readiness(): Promise<number> {
  const response = await fetch(`${service.url}/readyz`);
  await response.arrayBuffer();
  return response.status;
}

describe('a webhook delivery while the database is down', () => {
  const telegramSubmission = textUpdate({ chatId: TG_USER, userId: TG_USER, text: 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000', updateId: 9_300_001 });
  const zaloSubmission = zaloTextUpdate(ZALO_USER, 'nop 6T/2025 bb 20.100 tn 1.500 ld 90.000');

  it('is answered 5xx, readiness says not ready; Telegram sends nothing, Zalo the apology once', async () => {
    const tgBefore = service.telegram.requests.length;
    const zaloBefore = service.zalo.requests.length;
    db.off();
    expect(await service.post('/webhooks/telegram', telegramSubmission, TG_HEADERS)).toBe(500);
    expect(await service.post('/webhooks/zalo', zaloSubmission, ZALO_HEADERS)).toBe(500);
    expect(await service.post('/webhooks/zalo', zaloSubmission, ZALO_HEADERS)).toBe(500);
    expect(await readiness()).toBe(503);
    expect(service.telegram.requests.slice(tgBefore)).toEqual([]);
    // Telegram documents its redelivery; Zalo does not, so its sender is told (see zalo-webhook.ts).
    expect(zaloSentTo(service.zalo, zaloBefore, ZALO_USER).map((m) => m.text)).toEqual([composeInternalError('vi')]);
  });

  it('is answered once when the platform delivers it again after the database is back', async () => {
    db.on();
    expect(await readiness()).toBe(200);
    const tgBefore = service.telegram.requests.length;
    const zaloBefore = service.zalo.requests.length;
    expect(await service.post('/webhooks/telegram', telegramSubmission, TG_HEADERS)).toBe(200);
    expect(await service.post('/webhooks/zalo', zaloSubmission, ZALO_HEADERS)).toBe(200);
    expect(telegramSentTo(service.telegram, tgBefore, TG_USER).map((m) => m.text)).toEqual([
      expect.stringMatching(/^Đã ghi nhận số liệu 6 tháng đầu năm 2025 của Phường Vinh Hưng, Tỉnh Nghệ An \(phiên bản 1\):/),
    ]);
    expect(zaloSentTo(service.zalo, zaloBefore, ZALO_USER).map((m) => m.text)).toEqual([
      expect.stringMatching(/^Đã ghi nhận số liệu 6 tháng đầu năm 2025 của Phường Thành Vinh, Tỉnh Nghệ An \(phiên bản 1\):/),
    ]);
    expect(await submittedVersions()).toBe(2);
  });

  it('changes nothing and sends nothing when delivered yet again', async () => {
    const tgBefore = service.telegram.requests.length;
    const zaloBefore = service.zalo.requests.length;
    expect(await service.post('/webhooks/telegram', telegramSubmission, TG_HEADERS)).toBe(200);
    expect(await service.post('/webhooks/zalo', zaloSubmission, ZALO_HEADERS)).toBe(200);
    expect(service.telegram.requests.slice(tgBefore)).toEqual([]);
    expect(service.zalo.requests.slice(zaloBefore)).toEqual([]);
    expect(await submittedVersions()).toBe(2);
  });

  it('kept the service alive, with no secret in its log', async () => {
    const health = await fetch(`${service.url}/healthz`);
    expect(health.status).toBe(200);
    expect(service.logs.join('\n')).not.toContain(TELEGRAM_SECRET);
  });
});

describe('a webhook delivery while the database hangs (accepts connections, answers nothing)', () => {
  const submission = textUpdate({ chatId: TG_USER, userId: TG_USER, text: 'nop 6T/2026 bb 41.300 tn 3.150 ld 180.000', updateId: 9_300_002 });

  it('gets readiness "not ready" within its time limit, and the webhook a 5xx within the query limit', async () => {
    const before = service.telegram.requests.length;
    db.hang();
    const started = Date.now();
    expect(await readiness()).toBe(503);
    const readyMs = Date.now() - started;
    expect(await service.post('/webhooks/telegram', submission, TG_HEADERS)).toBe(500);
    expect(service.telegram.requests.slice(before)).toEqual([]);
    // Bounds, not speed: without limits both would wait as long as the hang lasts.
    expect(readyMs).toBeLessThan(READY_TIMEOUT_MS + 1_000);
  }, 40_000);

  it('is answered once when delivered again after the database answers again', async () => {
    db.on();
    await waitForReady();
    const before = service.telegram.requests.length;
    expect(await service.post('/webhooks/telegram', submission, TG_HEADERS)).toBe(200);
    expect(telegramSentTo(service.telegram, before, TG_USER).map((m) => m.text)).toEqual([
      expect.stringMatching(/^Đã ghi nhận số liệu 6 tháng đầu năm 2026 của Phường Vinh Hưng/),
    ]);
    expect(await submittedVersions()).toBe(3);
  }, 40_000);
});

async function waitForReady(): Promise<void> {
  for (let i = 0; i < 100 && (await readiness()) !== 200; i++) await new Promise((resolve) => setTimeout(resolve, 200));
}
