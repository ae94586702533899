import { BotError, HttpError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/adapters/telegram/create-bot.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import { ANONYMOUS_SENDER, EDIT_NOT_READ, TEXT_ONLY } from '../../../src/core/replies/text-only.js';
import { callbackUpdate, channelPostUpdate, editedTextUpdate, photoUpdate, stickerUpdate, textUpdate } from '../../fakes/fake-telegram-api.js';
import { capturingLogger, GROUP, type Harness, PRIVATE, startHarness, TOKEN, USER } from './bot-harness.js';

let harness: Harness;
afterEach(async () => {
  await harness.api.close();
});

describe('createBot: buttons', () => {
  it('answers the button and hands the handler the choice number as typed text', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(callbackUpdate({ chatId: PRIVATE, userId: USER, data: '2' }));
    expect(harness.api.succeeded('answerCallbackQuery')).toHaveLength(1);
    expect(harness.received).toMatchObject([{ channel: 'telegram', chatId: '501', userId: '501', text: '2', chatKind: 'private' }]);
    expect(harness.sentTexts()).toEqual(['echo: 2']);
  });

  it('hands over an answer word as the word', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(callbackUpdate({ chatId: GROUP, chatType: 'group', userId: USER, data: 'xac nhan' }));
    expect(harness.received).toMatchObject([{ text: 'xac nhan', chatKind: 'group', chatId: String(GROUP) }]);
    // In a group the buttons stay (another member's press must not take them away); in a private chat they go.
    expect(harness.api.calls('editMessageReplyMarkup')).toEqual([]);
    await harness.bot.handleUpdate(callbackUpdate({ chatId: PRIVATE, userId: USER, data: 'mgh2k4x0:huy' }));
    expect(harness.received.at(-1)).toMatchObject({ text: 'huy', choiceList: 'mgh2k4x0' });
    expect(harness.api.succeeded('editMessageReplyMarkup')).toHaveLength(1);
  });

  it('still takes the answer when the press is too old to be answered', async () => {
    harness = await startHarness();
    harness.api.failNext('answerCallbackQuery', { kind: 'bad_request', description: 'query is too old and response timeout expired or query ID is invalid' });
    await harness.bot.handleUpdate(callbackUpdate({ chatId: PRIVATE, userId: USER, data: '1' }));
    expect(harness.received.map((m) => m.text)).toEqual(['1']);
  });

  it('answers a press at once, while an earlier update of the chat is still being answered', async () => {
    harness = await startHarness();
    const release = harness.api.hold('sendMessage');
    const earlier = harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh' }));
    const press = harness.bot.handleUpdate(callbackUpdate({ chatId: PRIVATE, userId: USER, data: '1' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.api.succeeded('answerCallbackQuery')).toHaveLength(1);
    expect(harness.received.map((m) => m.text)).toEqual(['Vinh']);
    release();
    await Promise.all([earlier, press]);
    // The press itself is still handled after the earlier message, in order.
    expect(harness.received.map((m) => m.text)).toEqual(['Vinh', '1']);
  });

  it('posts a note meant for the presser alone in a private chat, never in a group', async () => {
    harness = await startHarness(() => ({ text: 'Nút này thuộc câu hỏi trước.', senderOnly: true }));
    await harness.bot.handleUpdate(callbackUpdate({ chatId: GROUP, chatType: 'group', userId: USER, data: 'mgh2k4x0:1' }));
    expect(harness.api.succeeded('answerCallbackQuery')).toHaveLength(1);
    expect(harness.sentTexts()).toEqual([]);
    await harness.bot.handleUpdate(callbackUpdate({ chatId: PRIVATE, userId: USER, data: 'mgh2k4x0:1' }));
    expect(harness.sentTexts()).toEqual(['Nút này thuộc câu hỏi trước.']);
  });

  it('answers but ignores a button whose data the bot never sent', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(callbackUpdate({ chatId: PRIVATE, userId: USER, data: '/invite 1 admin' }));
    expect(harness.api.calls('answerCallbackQuery')).toHaveLength(1);
    expect(harness.received).toEqual([]);
  });
});

describe('createBot: forum topics', () => {
  const TOPIC = 77;

  it('sends every part of a reply, and the answer to a press, into the topic the message came from', async () => {
    harness = await startHarness(() => ({ text: `${'Dòng số liệu\n'.repeat(400)}hết` }));
    await harness.bot.handleUpdate(textUpdate({ chatId: GROUP, chatType: 'supergroup', userId: USER, text: '/help', topicId: TOPIC }));
    await harness.bot.handleUpdate(callbackUpdate({ chatId: GROUP, chatType: 'supergroup', userId: USER, data: '1', topicId: TOPIC }));
    const sends = harness.api.succeeded('sendMessage');
    expect(sends.length).toBeGreaterThan(2);
    expect(sends.map((r) => r.params.message_thread_id)).toEqual(sends.map(() => TOPIC));
  });

  it('tells an anonymous administrator in a topic, in that topic, quoting the message', async () => {
    harness = await startHarness();
    const update = textUpdate({ chatId: GROUP, chatType: 'supergroup', userId: 1_087_968_824, text: '/nop bb 1', topicId: TOPIC, messageId: 9 }) as unknown as {
      message: Record<string, unknown>;
    };
    update.message.from = { id: 1_087_968_824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
    update.message.sender_chat = { id: GROUP, type: 'supergroup', title: 'Nhóm' };
    await harness.bot.handleUpdate(update as never);
    expect(harness.api.succeeded('sendMessage').map((r) => r.params)).toMatchObject([
      { chat_id: GROUP, text: ANONYMOUS_SENDER, message_thread_id: TOPIC, reply_parameters: { message_id: 9 } },
    ]);
  });

  it('names no topic outside one', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(textUpdate({ chatId: GROUP, chatType: 'supergroup', userId: USER, text: '/help' }));
    expect(harness.api.succeeded('sendMessage').map((r) => 'message_thread_id' in r.params)).toEqual([false]);
  });
});

describe('createBot: captions', () => {
  it('reads a photo’s caption as its text, and answers a photo without one with the text-only line', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(photoUpdate({ chatId: PRIVATE, userId: USER, caption: 'nop 6T/2025 bb 41.200' }));
    expect(harness.received.map((m) => m.text)).toEqual(['nop 6T/2025 bb 41.200']);
    await harness.bot.handleUpdate(photoUpdate({ chatId: PRIVATE, userId: USER }));
    expect(harness.received).toHaveLength(1);
    expect(harness.sentTexts()).toEqual(['echo: nop 6T/2025 bb 41.200', TEXT_ONLY.vi]);
  });
});

describe('createBot: other updates', () => {
  it('answers a sticker in a private chat with one short line, without calling the handler', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(stickerUpdate({ chatId: PRIVATE, userId: USER, languageCode: 'en' }));
    expect(harness.received).toEqual([]);
    expect(harness.sentTexts()).toEqual(['I can only read text messages. Send /help to see what I can do.']);
  });

  it('ignores, without failing, a message with no sender or a text that is not a string (forged updates)', async () => {
    harness = await startHarness();
    const noSender = textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh' }) as unknown as { message: Record<string, unknown> };
    delete noSender.message.from;
    const numeric = textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh' }) as unknown as { message: Record<string, unknown> };
    numeric.message.text = 12345;
    const stickerWithoutSender = stickerUpdate({ chatId: PRIVATE, userId: USER }) as unknown as { message: Record<string, unknown> };
    delete stickerWithoutSender.message.from;
    await harness.bot.handleUpdate(noSender as never);
    await harness.bot.handleUpdate(numeric as never);
    await harness.bot.handleUpdate(stickerWithoutSender as never);
    expect(harness.received).toEqual([]);
    expect(harness.api.calls('sendMessage')).toEqual([]);
  });

  it('tells an anonymous group administrator who addresses it that it cannot tell who wrote, and hands nothing on', async () => {
    harness = await startHarness();
    const anonymous = (text: string) => {
      const update = textUpdate({ chatId: GROUP, userId: 1_087_968_824, text, chatType: 'supergroup' }) as unknown as { message: Record<string, unknown> };
      update.message.from = { id: 1_087_968_824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
      update.message.sender_chat = { id: GROUP, type: 'supergroup', title: 'Nhóm' };
      return update as never;
    };
    await harness.bot.handleUpdate(anonymous('/nop bb 41.200'));
    await harness.bot.handleUpdate(anonymous('chào cả nhà'));
    expect(harness.received).toEqual([]);
    expect(harness.sentTexts()).toEqual([ANONYMOUS_SENDER]);
  });

  it('stays quiet on a sticker in a group, a channel post, and an edit in a group not meant for the bot', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(stickerUpdate({ chatId: GROUP, userId: USER, chatType: 'group' }));
    await harness.bot.handleUpdate(channelPostUpdate({ chatId: -100_999, text: '/nop@baophu_bot bb 1' }));
    await harness.bot.handleUpdate(editedTextUpdate({ chatId: GROUP, chatType: 'group', userId: USER, text: 'hẹn 3 giờ họp' }));
    await harness.bot.handleUpdate(editedTextUpdate({ chatId: GROUP, chatType: 'group', userId: USER, text: '/nop@otherbot bb 2' }));
    expect(harness.received).toEqual([]);
    expect(harness.api.calls('sendMessage')).toEqual([]);
  });

  it('speaks the language the user chose in these lines, and the hint’s when the look-up fails', async () => {
    harness = await startHarness();
    const { log } = capturingLogger();
    const chosenLanguage = async (userId: string) => {
      if (userId === String(USER)) return 'en' as const;
      throw new Error('database unreachable');
    };
    const bot = createBot(TOKEN, {
      answer: answerDirectly(async () => ({ text: '' })),
      log,
      apiRoot: harness.api.apiRoot,
      botInfo: harness.api.botInfo,
      chosenLanguage,
    });
    await bot.handleUpdate(stickerUpdate({ chatId: PRIVATE, userId: USER, languageCode: 'vi' }));
    await bot.handleUpdate(editedTextUpdate({ chatId: PRIVATE, userId: USER, text: 'nop bb 2', languageCode: 'vi' }));
    await bot.handleUpdate(stickerUpdate({ chatId: 502, userId: 502, languageCode: 'vi' }));
    expect(harness.sentTexts()).toEqual([TEXT_ONLY.en, EDIT_NOT_READ.en, TEXT_ONLY.vi]);
  });

  it('tells the sender of an edited message that the edit changed nothing, without handling it', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(editedTextUpdate({ chatId: PRIVATE, userId: USER, text: 'nop bb 2', messageId: 41 }));
    await harness.bot.handleUpdate(editedTextUpdate({ chatId: GROUP, chatType: 'group', userId: USER, text: '/nop@baophu_bot bb 2', languageCode: 'en' }));
    expect(harness.received).toEqual([]);
    expect(harness.sentTexts()).toEqual([EDIT_NOT_READ.vi, EDIT_NOT_READ.en]);
    expect(harness.api.succeeded('sendMessage')[0]?.params.reply_parameters).toMatchObject({ message_id: 41 });
  });
});

describe('createBot: error boundary', () => {
  it('logs a failed update without the token and goes on with the next', async () => {
    harness = await startHarness();
    harness.api.failNext('sendMessage', { kind: 'bad_request', description: 'chat not found' });
    // handleUpdate rejects with a BotError; the runner and the webhook pass it to the boundary.
    const error: unknown = await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'một' })).catch((e: unknown) => e);
    if (!(error instanceof BotError)) throw new Error('expected a BotError');
    await harness.bot.errorHandler(error);
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'hai' }));
    expect(harness.sentTexts()).toEqual(['echo: hai']);
    const logged = harness.lines.find((l) => l.includes('telegram update failed'));
    expect(logged).toContain('chat not found');
    expect(harness.lines.join('\n')).not.toContain(TOKEN);
  });

  it('logs a network error by its cause, never with the token', async () => {
    harness = await startHarness();
    const { log, lines } = capturingLogger();
    // Nothing listens on port 1: the connection is refused.
    const bot = createBot(TOKEN, { answer: answerDirectly(async () => ({ text: 'ok' })), log, apiRoot: 'http://127.0.0.1:1', botInfo: harness.api.botInfo });
    const error: unknown = await bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'một' })).catch((e: unknown) => e);
    if (!(error instanceof BotError) || !(error.error instanceof HttpError)) throw new Error('expected a network error');
    await bot.errorHandler(error);
    expect(lines.join('\n')).toContain('HttpError');
    expect(lines.join('\n')).toContain('ECONNREFUSED');
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
