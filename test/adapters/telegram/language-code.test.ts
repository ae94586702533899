/**
 * Telegram's language_code reaches the message handler as the message's language hint, for typed
 * messages and button presses alike, and decides the reply when the text says nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { callbackUpdate, textUpdate } from '../../fakes/fake-telegram-api.js';
import { createWorld } from '../../support/registration-world.js';
import { type Harness, PRIVATE, startHarness, USER } from './bot-harness.js';

let harness: Harness;
afterEach(async () => {
  await harness.api.close();
});

describe('createBot: the sender’s language_code', () => {
  it('hands the handler an English hint for "en" and "en-GB", a Vietnamese one for "vi"', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh', languageCode: 'en' }));
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh', languageCode: 'en-GB' }));
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh', languageCode: 'vi' }));
    expect(harness.received.map((m) => m.languageHint)).toEqual(['en', 'en', 'vi']);
  });

  it('gives no hint for another language or none', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh', languageCode: 'ru' }));
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh' }));
    expect(harness.received.map((m) => m.languageHint)).toEqual([undefined, undefined]);
  });

  it('passes the hint with a button press', async () => {
    harness = await startHarness();
    await harness.bot.handleUpdate(callbackUpdate({ chatId: PRIVATE, userId: USER, data: '2', languageCode: 'en' }));
    expect(harness.received).toMatchObject([{ text: '2', languageHint: 'en' }]);
  });

  it('answers a registered official’s "Vinh" in English when their Telegram is in English', async () => {
    const world = await createWorld();
    const code = await world.invite('Tỉnh Nghệ An cán bộ');
    await world.say(String(USER), `/start ${code}`);
    harness = await startHarness((message) => world.handler.handle(message));
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh', languageCode: 'en' }));
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'Vinh', languageCode: 'vi' }));
    const [english, vietnamese] = harness.sentTexts();
    expect(english).toMatch(/^No figures of its own for Vinh City, Nghe An Province/);
    expect(vietnamese).toMatch(/^Chưa có số liệu riêng của Thành phố Vinh, Tỉnh Nghệ An/);
  });
});
