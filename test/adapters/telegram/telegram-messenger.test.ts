import { Api, GrammyError, HttpError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClientOptions } from '../../../src/adapters/telegram/api-fetch.js';
import { createBot } from '../../../src/adapters/telegram/create-bot.js';
import { createTelegramMessenger } from '../../../src/adapters/telegram/telegram-messenger.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import { SendError } from '../../../src/ports/messenger.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { capturingLogger, TOKEN } from './bot-harness.js';

let api: FakeTelegramApi;
beforeEach(async () => {
  api = await startFakeTelegramApi(TOKEN);
});
afterEach(async () => {
  await api.close();
});

/** A messenger over a bare client (no auto-retry), so each failure reaches the mapping. */
const messenger = () => createTelegramMessenger(new Api(TOKEN, apiClientOptions(api.apiRoot)));

async function failureOf(send: Promise<void>): Promise<SendError> {
  const error: unknown = await send.catch((e: unknown) => e);
  if (!(error instanceof SendError)) throw new Error(`expected a SendError, got ${String(error)}`);
  return error;
}

describe('createTelegramMessenger', () => {
  it('is the telegram channel', () => {
    expect(messenger().channel).toBe('telegram');
  });

  it('sends a long reminder in parts with the buttons under the last part', async () => {
    const text = `${'Nhắc nộp số liệu.\n'.repeat(300)}Bạn đã nộp chưa?`;
    await messenger().send({ chatId: '501', text, choices: ['xac nhan', 'huy'] });
    const sent = api.succeeded('sendMessage');
    expect(sent).toHaveLength(2);
    expect(sent[0]?.params.reply_markup).toBeUndefined();
    expect(sent[1]?.params.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'xac nhan', callback_data: 'xac nhan' }], [{ text: 'huy', callback_data: 'huy' }]],
    });
  });

  it('reports a 403 "bot was blocked" as blocked', async () => {
    api.failNext('sendMessage', 'blocked');
    const error = await failureOf(messenger().send({ chatId: '501', text: 'Nhắc nộp số liệu' }));
    expect(error.failure).toBe('blocked');
    expect(error.message).toContain('bot was blocked by the user');
  });

  it('reports a 429 as rate_limited with its retry_after', async () => {
    api.failNext('sendMessage', { kind: 'rate_limited', retryAfter: 17 });
    const error = await failureOf(messenger().send({ chatId: '501', text: 'Nhắc' }));
    expect(error.failure).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(17);
  });

  it('reports a 5xx as transient and a 400 as rejected', async () => {
    api.failNext('sendMessage', 'server_error');
    expect((await failureOf(messenger().send({ chatId: '501', text: 'Nhắc' }))).failure).toBe('transient');
    api.failNext('sendMessage', { kind: 'bad_request', description: 'chat not found' });
    expect((await failureOf(messenger().send({ chatId: '501', text: 'Nhắc' }))).failure).toBe('rejected');
  });

  it('reports a group that became a supergroup as rejected, with the new id', async () => {
    api.failNext('sendMessage', { kind: 'migrated', to: -1_001_234_567_890 });
    const error = await failureOf(messenger().send({ chatId: '-4001234', text: 'Nhắc' }));
    expect(error.failure).toBe('rejected');
    expect(error.movedTo).toBe('-1001234567890');
    api.failNext('sendMessage', 'bad_request');
    expect((await failureOf(messenger().send({ chatId: '501', text: 'Nhắc' }))).movedTo).toBeNull();
  });

  it('reports a network failure as transient, without the token', async () => {
    const offline = createTelegramMessenger(new Api(TOKEN, apiClientOptions('http://127.0.0.1:1')));
    const error = await failureOf(offline.send({ chatId: '501', text: 'Nhắc' }));
    expect(error.failure).toBe('transient');
    expect(`${error.message} ${String(error.cause)}`).not.toContain(TOKEN);
  });

  it('quotes the message answered and posts in its topic, the buttons carrying their list', async () => {
    await messenger().send({ chatId: '-1002233', text: 'Chọn:', choices: ['Vinh, Nghệ An', 'huy'], choiceList: 'mgh2k4x0', replyTo: '7', topic: '77' });
    const [sent] = api.succeeded('sendMessage');
    expect(sent?.params).toMatchObject({
      chat_id: -1_002_233,
      message_thread_id: 77,
      reply_parameters: { message_id: 7, allow_sending_without_reply: true },
      reply_markup: { inline_keyboard: [[{ text: '1. Vinh, Nghệ An', callback_data: 'mgh2k4x0:1' }], [{ text: 'huy', callback_data: 'mgh2k4x0:huy' }]] },
    });
  });

  it('sends again, for a delivery key, only the parts that did not arrive', async () => {
    const text = `${'Nhắc nộp số liệu.\n'.repeat(300)}Bạn đã nộp chưa?`;
    const once = messenger();
    api.failNext('sendMessage', { kind: 'slow', delayMs: 0 });
    api.failNext('sendMessage', 'server_error');
    await expect(once.send({ chatId: '501', text, deliveryKey: '501/42' })).rejects.toBeInstanceOf(SendError);
    await once.send({ chatId: '501', text, deliveryKey: '501/42' });
    expect(api.calls('sendMessage').map((r) => r.status)).toEqual([200, 502, 200]);
    expect(
      api
        .succeeded('sendMessage')
        .map((r) => r.params.text)
        .join('\n'),
    ).toBe(text);
  });

  it("gives the bot's replies grammY's own errors, for its error boundary and its webhook", async () => {
    api.failNext('sendMessage', 'blocked');
    const refused: unknown = await messenger()
      .reply({ chatId: '501', text: 'Nhắc' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GrammyError);
    const offline = createTelegramMessenger(new Api(TOKEN, apiClientOptions('http://127.0.0.1:1')));
    const unreachable: unknown = await offline.reply({ chatId: '501', text: 'Nhắc' }).catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(HttpError);
  });

  it("through the bot's client, waits out a short 429 and delivers once", async () => {
    const bot = createBot(TOKEN, {
      answer: answerDirectly(async () => ({ text: '' })),
      log: capturingLogger().log,
      apiRoot: api.apiRoot,
      botInfo: api.botInfo,
    });
    api.failNext('sendMessage', 'rate_limited');
    await createTelegramMessenger(bot.api).send({ chatId: '501', text: 'Nhắc' });
    expect(api.calls('sendMessage').map((r) => r.status)).toEqual([429, 200]);
  });
});
