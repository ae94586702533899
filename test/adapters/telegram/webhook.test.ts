import { afterEach, describe, expect, it } from 'vitest';
import { createBot, WEBHOOK_CALL_TIMEOUT_SECONDS } from '../../../src/adapters/telegram/create-bot.js';
import { createTelegramWebhook, setTelegramWebhook } from '../../../src/adapters/telegram/webhook.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import { textUpdate } from '../../fakes/fake-telegram-api.js';
import { capturingLogger, type Harness, recordingHandler, startHarness, TOKEN } from './bot-harness.js';

const SECRET = 'w3bh00k-s3cret_value';
const update = () => textUpdate({ chatId: 501, userId: 501, text: 'tỷ lệ Vinh' });

let harness: Harness;
afterEach(async () => {
  await harness.api.close();
});

describe('createTelegramWebhook', () => {
  it('handles an update carrying the right secret and answers 200', async () => {
    harness = await startHarness();
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update())).toEqual({ status: 200 });
    expect(harness.received.map((m) => m.text)).toEqual(['tỷ lệ Vinh']);
    expect(harness.sentTexts()).toEqual(['echo: tỷ lệ Vinh']);
  });

  it('refuses a wrong or missing secret with 401 and handles nothing', async () => {
    harness = await startHarness();
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    expect(await webhook({ 'x-telegram-bot-api-secret-token': 'w3bh00k-s3cret_valuE' }, update())).toEqual({ status: 401 });
    expect(await webhook({ 'x-telegram-bot-api-secret-token': `${SECRET}x` }, update())).toEqual({ status: 401 });
    expect(await webhook({ 'x-telegram-bot-api-secret-token': [SECRET, SECRET] }, update())).toEqual({ status: 401 });
    expect(await webhook({}, update())).toEqual({ status: 401 });
    expect(harness.received).toEqual([]);
    expect(harness.api.requests).toEqual([]);
  });

  it('reads the header name in any case', async () => {
    harness = await startHarness();
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    expect(await webhook({ 'X-Telegram-Bot-Api-Secret-Token': SECRET }, update())).toEqual({ status: 200 });
  });

  it('answers 400 to a body that is not an update', async () => {
    harness = await startHarness();
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, { hello: 'world' })).toEqual({ status: 400 });
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, null)).toEqual({ status: 400 });
    expect(harness.received).toEqual([]);
  });

  it('answers 500 when the reply fails for a passing reason, after one retry, so that Telegram delivers it again', async () => {
    harness = await startHarness();
    harness.api.failNext('sendMessage', 'server_error', 4);
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update())).toEqual({ status: 500 });
    // No retry here: the request must end within Telegram's patience; Telegram's redelivery is the retry.
    expect(harness.api.calls('sendMessage').map((r) => r.status)).toEqual([502]);
    // A warning, not an error: nothing is lost yet.
    expect(harness.lines.filter((l) => l.includes('delivered again')).map((l) => (JSON.parse(l) as { level: number }).level)).toEqual([40]);
    expect(harness.lines.some((l) => l.includes('telegram update failed'))).toBe(false);
  });

  it('cuts a Bot API call that takes longer than 3 s and answers 500, so that the request ends in time', async () => {
    harness = await startHarness();
    harness.api.failNext('sendMessage', { kind: 'slow', delayMs: 6_000 });
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    const started = Date.now();
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update())).toEqual({ status: 500 });
    const tookMs = Date.now() - started;
    // Bounds, not speed: without the cut the request would wait the full 6 s.
    expect(tookMs).toBeGreaterThanOrEqual(WEBHOOK_CALL_TIMEOUT_SECONDS * 1000 - 100);
    expect(tookMs).toBeLessThan(5_000);
  });

  it('sends again only the parts of a long reply that did not arrive, when Telegram delivers the update again', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `${i}. ${'dòng '.repeat(18)}`).join('\n');
    expect(long.length).toBeGreaterThan(4096);
    harness = await startHarness(() => ({ text: long }));
    harness.api.failNext('sendMessage', { kind: 'slow', delayMs: 0 });
    harness.api.failNext('sendMessage', 'server_error');
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    const delivery = update();
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, delivery)).toEqual({ status: 500 });
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, delivery)).toEqual({ status: 200 });
    expect(harness.api.calls('sendMessage').map((r) => r.status)).toEqual([200, 502, 200]);
    expect(harness.sentTexts().join('\n')).toBe(long);
  });

  it('retries a 429 that asks for a short wait, once, within the request', async () => {
    harness = await startHarness();
    harness.api.failNext('sendMessage', 'rate_limited');
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update())).toEqual({ status: 200 });
    expect(harness.api.calls('sendMessage').map((r) => r.status)).toEqual([429, 200]);
  });

  it.each([
    ['blocked', 403],
    ['bad_request', 400],
  ] as const)('answers 200 when the reply can never be sent (%s, %i): a redelivery would fail the same way', async (failure, code) => {
    harness = await startHarness();
    harness.api.failNext('sendMessage', failure);
    const webhook = createTelegramWebhook(harness.bot, SECRET, harness.log);
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update())).toEqual({ status: 200 });
    expect(harness.api.calls('sendMessage').map((r) => r.status)).toEqual([code]);
    expect(harness.lines.some((l) => l.includes('telegram update failed'))).toBe(true);
  });

  it('initialises a bot created without botInfo (getMe) before the first update', async () => {
    harness = await startHarness();
    const { handle, received } = recordingHandler();
    const bot = createBot(TOKEN, { answer: answerDirectly(handle), log: capturingLogger().log, apiRoot: harness.api.apiRoot });
    const webhook = createTelegramWebhook(bot, SECRET, harness.log);
    expect(await webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update())).toEqual({ status: 200 });
    expect(harness.api.calls('getMe')).toHaveLength(1);
    expect(received).toHaveLength(1);
  });

  it('refuses a secret Telegram would not accept', async () => {
    harness = await startHarness();
    expect(() => createTelegramWebhook(harness.bot, '', harness.log)).toThrow(/secret/);
    expect(() => createTelegramWebhook(harness.bot, 'has space', harness.log)).toThrow(/secret/);
  });
});

describe('setTelegramWebhook', () => {
  it('registers the URL with the secret and the updates the bot listens to', async () => {
    harness = await startHarness();
    await setTelegramWebhook(harness.bot, 'https://baophu.example/telegram', SECRET);
    expect(harness.api.calls('setWebhook')[0]?.params).toMatchObject({
      url: 'https://baophu.example/telegram',
      secret_token: SECRET,
      allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
    });
  });
});
