import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/adapters/telegram/create-bot.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import { replyToBotUpdate, textUpdate } from '../../fakes/fake-telegram-api.js';
import { GROUP, type Harness, PRIVATE, startHarness, TOKEN, USER } from './bot-harness.js';

let harness: Harness;
afterEach(async () => {
  await harness.api.close();
});

describe('createBot: text messages', () => {
  it('passes a private text to the handler and sends its reply to the same chat', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'tỷ lệ Vinh', messageId: 42 }));
    expect(harness.received).toEqual([
      { channel: 'telegram', chatId: '501', userId: '501', displayName: 'Lan', text: 'tỷ lệ Vinh', chatKind: 'private', messageId: '42' },
    ]);
    const [sent] = harness.api.succeeded('sendMessage');
    expect(sent?.params).toMatchObject({ chat_id: PRIVATE, text: 'echo: tỷ lệ Vinh' });
  });

  it("gets the bot's name from getMe when no botInfo is given", async () => {
    harness = await startHarness();
    const bot = createBot(TOKEN, { answer: answerDirectly(async () => ({ text: 'ok' })), log: pino({ level: 'silent' }), apiRoot: harness.api.apiRoot });
    await bot.init();
    expect(bot.botInfo.username).toBe('baophu_bot');
    expect(harness.api.calls('getMe')).toHaveLength(1);
  });

  it('gives a group command with @botname to the handler without the name, as a group message', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(textUpdate({ chatId: GROUP, userId: USER, text: '/nop@baophu_bot bb 1', chatType: 'supergroup', messageId: 7 }));
    expect(harness.received).toEqual([
      { channel: 'telegram', chatId: String(GROUP), userId: '501', displayName: 'Lan', text: '/nop bb 1', chatKind: 'group', messageId: '7' },
    ]);
    const [sent] = harness.api.succeeded('sendMessage');
    expect(sent?.params).toMatchObject({ chat_id: GROUP, reply_parameters: { message_id: 7, allow_sending_without_reply: true } });
  });

  it('ignores a command addressed to another bot', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(textUpdate({ chatId: GROUP, userId: USER, text: '/nop@other_bot bb 1', chatType: 'group' }));
    expect(harness.received).toEqual([]);
    expect(harness.api.calls('sendMessage')).toEqual([]);
  });

  it('answers a reply to its own message in a group, but not other group chatter', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(textUpdate({ chatId: GROUP, userId: USER, text: 'chào cả nhà', chatType: 'group' }));
    await harness.bot.handleUpdate(replyToBotUpdate({ chatId: GROUP, userId: USER, text: 'Vinh', chatType: 'group', bot: harness.api.botInfo }));
    expect(harness.received.map((m) => m.text)).toEqual(['Vinh']);
  });

  it('sends a 5,000-character reply as two messages, in order', async () => {
    const long = Array.from({ length: 100 }, (_, i) => `${i}. ${'dòng '.repeat(9)}`)
      .join('\n')
      .padEnd(5000, '.');
    harness = await startHarness(() => ({ text: long }));
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: '/trangthai' }));
    const texts = harness.sentTexts();
    expect(texts).toHaveLength(2);
    expect(texts.every((t) => t.length <= 4096)).toBe(true);
    expect(texts.join('\n')).toBe(long);
  });

  it('shows choices as an inline keyboard, one button per row', async () => {
    harness = await startHarness(() => ({ text: 'Bạn muốn hỏi:\n1. Vinh, Nghệ An\n2. Vinh, Thanh Hóa', choices: ['Vinh, Nghệ An', 'Vinh, Thanh Hóa'] }));
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh' }));
    const [sent] = harness.api.succeeded('sendMessage');
    expect(sent?.params.reply_markup).toEqual({
      inline_keyboard: [[{ text: '1. Vinh, Nghệ An', callback_data: '1' }], [{ text: '2. Vinh, Thanh Hóa', callback_data: '2' }]],
    });
  });

  it('waits out a 429 with its retry_after and delivers the reply once', async () => {
    harness = await startHarness();
    harness.api.failNext('sendMessage', { kind: 'rate_limited', retryAfter: 1 });
    const started = Date.now();
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'xin chào' }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(harness.api.calls('sendMessage').map((r) => r.status)).toEqual([429, 200]);
    expect(harness.sentTexts()).toEqual(['echo: xin chào']);
  });

  it('by polling, retries a 5xx from the Bot API after a back-off; by webhook, leaves that to the redelivery', async () => {
    harness = await startHarness();
    const polled = createBot(TOKEN, {
      answer: answerDirectly(async () => ({ text: 'ok' })),
      log: pino({ level: 'silent' }),
      mode: 'polling',
      apiRoot: harness.api.apiRoot,
      botInfo: harness.api.botInfo,
    });
    harness.api.failNext('sendMessage', 'server_error');
    await polled.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'xin chào' }));
    expect(harness.api.calls('sendMessage').map((r) => r.status)).toEqual([502, 200]);
    harness.api.failNext('sendMessage', 'server_error');
    await expect(harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'xin chào' }))).rejects.toThrow(/Bad Gateway/);
    expect(harness.api.calls('sendMessage').map((r) => r.status)).toEqual([502, 200, 502]);
  });
});
