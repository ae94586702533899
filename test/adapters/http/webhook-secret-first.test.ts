/**
 * A webhook request without the secret (or with a wrong one) is refused before its body is parsed:
 * an invalid JSON body gets the refusal, not the JSON parser's message; the right secret still gets
 * the parser's 400, and a good update is handled.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/adapters/http/metrics.js';
import { buildHttpServer } from '../../../src/adapters/http/server.js';
import { createMemoryInbound } from '../../../src/adapters/memory/memory-inbound.js';
import { createTelegramWebhook } from '../../../src/adapters/telegram/webhook.js';
import { createZaloClient, createZaloMessenger, createZaloWebhook } from '../../../src/adapters/zalo/index.js';
import { answerOnce } from '../../../src/app/answer-once.js';
import { systemClock } from '../../../src/ports/clock.js';
import { textUpdate } from '../../fakes/fake-telegram-api.js';
import { type FakeZaloApi, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { type Harness, startHarness } from '../telegram/bot-harness.js';
import { makeTextUpdate, TOKEN as ZALO_TOKEN } from '../zalo/zalo-builders.js';

const log = pino({ level: 'silent' });
const TELEGRAM_SECRET = 'tg-s3cret_value';
const ZALO_SECRET = 'zalo-webhook-secret-1234';
const INVALID_JSON = '{"update_id": 1, "message": {';

let harness: Harness | undefined;
let zaloApi: FakeZaloApi | undefined;
afterEach(async () => {
  await harness?.api.close();
  await zaloApi?.close();
  harness = undefined;
  zaloApi = undefined;
});

async function serve() {
  harness = await startHarness();
  zaloApi = await startFakeZaloApi(ZALO_TOKEN);
  const client = createZaloClient({ token: ZALO_TOKEN, baseUrl: zaloApi.baseUrl, timeoutMs: 1000 });
  const answer = answerOnce({ handle: async (m) => ({ text: `echo: ${m.text}` }), inbound: createMemoryInbound(), clock: systemClock, log });
  return buildHttpServer({
    log,
    metrics: createMetrics(false),
    ready: async () => ({}),
    telegramWebhook: createTelegramWebhook(harness.bot, TELEGRAM_SECRET, log),
    zaloWebhook: createZaloWebhook({ secret: ZALO_SECRET, answer, messenger: createZaloMessenger(client), log }),
  });
}

const post = (url: string, headers: Record<string, string>, payload: string) =>
  ({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload }) as const;

describe('webhook secrets are checked before the body is parsed', () => {
  it.each([
    ['telegram', '/webhooks/telegram', 'x-telegram-bot-api-secret-token', TELEGRAM_SECRET, 401],
    ['zalo', '/webhooks/zalo', 'x-bot-api-secret-token', ZALO_SECRET, 403],
  ] as const)('%s: no secret or a wrong one is refused unparsed; the right one reaches the parser', async (_, url, header, secret, refused) => {
    const app = await serve();
    for (const headers of [{}, { [header]: `${secret}x` }, { [header]: '' }]) {
      const res = await app.inject(post(url, headers, INVALID_JSON));
      expect(res.statusCode).toBe(refused);
      expect(res.body).not.toMatch(/JSON|Unexpected|body/i);
    }
    // An oversized body without the secret is refused the same way, unread.
    expect((await app.inject(post(url, {}, `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`))).statusCode).toBe(refused);
    const parsed = await app.inject(post(url, { [header]: secret }, INVALID_JSON));
    expect(parsed.statusCode).toBe(400);
    await app.close();
  });

  it('still handles a good update carrying the right secret', async () => {
    const app = await serve();
    const tg = await app.inject(
      post('/webhooks/telegram', { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET }, JSON.stringify(textUpdate({ chatId: 7, userId: 7, text: 'hi' }))),
    );
    expect(tg.statusCode).toBe(200);
    const zalo = await app.inject(post('/webhooks/zalo', { 'x-bot-api-secret-token': ZALO_SECRET }, JSON.stringify(makeTextUpdate({ text: 'Xin chào' }))));
    expect(zalo.statusCode).toBe(200);
    await app.close();
  });
});
