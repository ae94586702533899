/**
 * The real service under what the platforms and the network throw at it: webhook calls without the
 * right secret, a storm of 429s from the Telegram Bot API, and updates the bot does not read
 * (a channel post, stickers, other Zalo events). Two services run side by side, one with both
 * channels by webhook and one with both by long polling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_ONLY } from '../../src/adapters/telegram/other-updates.js';
import { composeUnregistered } from '../../src/core/access/registration-replies.js';
import { WITHHELD } from '../../src/core/replies/text-only.js';
import { channelPostUpdate, stickerUpdate, textUpdate } from '../fakes/fake-telegram-api.js';
import { waitFor } from './drivers/driver.js';
import { sentTo as telegramSentTo } from './drivers/telegram.js';
import { sentTo as zaloSentTo, zaloTextUpdate } from './drivers/zalo.js';
import { createInvites } from './invites.js';
import { type SeededDatabases, seededDatabases } from './seeded-databases.js';
import { startTestService, TELEGRAM_SECRET, type TestService, ZALO_SECRET } from './test-service.js';

let databases: SeededDatabases;
let webhooks: TestService;
let polling: TestService;

beforeAll(async () => {
  databases = await seededDatabases();
  const url = await databases.copy();
  await createInvites(url, [{ code: 'SECRETFP', role: 'focal_point', unit: 'Vinh Hưng', province: 'Nghệ An' }]);
  webhooks = await startTestService({ databaseUrl: url, telegram: 'webhook', zalo: 'webhook' });
  polling = await startTestService({ databaseUrl: await databases.copy(), telegram: 'polling', zalo: 'polling' });
});
afterAll(async () => {
  await webhooks?.stop();
  await polling?.stop();
  await databases?.dropAll();
});

/** The service's log entries at error level or above. */
const errorsIn = (service: TestService): string[] => service.logs.filter((line) => /"level":(50|60)/.test(line));

const HINT_EN = composeUnregistered('en');

describe('webhook calls without the right secret', () => {
  const wrongSecrets: readonly [string, Record<string, string>][] = [
    ['a wrong secret', { 'x-telegram-bot-api-secret-token': `${TELEGRAM_SECRET}x`, 'x-bot-api-secret-token': `${ZALO_SECRET}x` }],
    ['no secret', {}],
    ['the other platform’s secret', { 'x-telegram-bot-api-secret-token': ZALO_SECRET, 'x-bot-api-secret-token': TELEGRAM_SECRET }],
  ];

  it.each(wrongSecrets)('refuses %s on Telegram (401) and Zalo (403), and nothing reaches the platforms', async (_name, headers) => {
    const telegramBefore = webhooks.telegram.requests.length;
    const zaloBefore = webhooks.zalo.requests.length;
    const register = textUpdate({ chatId: 800_001, userId: 800_001, text: '/start SECRETFP' });
    expect(await webhooks.post('/webhooks/telegram', register, headers)).toBe(401);
    expect(await webhooks.post('/webhooks/zalo', zaloTextUpdate('c0ffee0000000000bad1', '/start SECRETFP'), headers)).toBe(403);
    expect(webhooks.telegram.requests.slice(telegramBefore)).toEqual([]);
    expect(webhooks.zalo.requests.slice(zaloBefore)).toEqual([]);
  });

  it('left the refused registration undone: the code still works with the right secret', async () => {
    const before = webhooks.telegram.requests.length;
    const register = textUpdate({ chatId: 800_001, userId: 800_001, text: '/start SECRETFP' });
    expect(await webhooks.post('/webhooks/telegram', register, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET })).toBe(200);
    expect(telegramSentTo(webhooks.telegram, before, 800_001).map((m) => m.text)).toEqual([
      expect.stringMatching(/^Đăng ký thành công: bạn là đầu mối của Phường Vinh Hưng, Tỉnh Nghệ An\./),
    ]);
  });

  it('answers 404 to a webhook call for a channel that polls', async () => {
    const update = textUpdate({ chatId: 800_002, userId: 800_002, text: 'coverage for Vinh city' });
    expect(await polling.post('/webhooks/telegram', update, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET })).toBe(404);
    expect(await polling.post('/webhooks/zalo', zaloTextUpdate('c0ffee0000000000bad2', 'hi'), { 'x-bot-api-secret-token': ZALO_SECRET })).toBe(404);
    expect(polling.telegram.calls('sendMessage')).toEqual([]);
  });
});

/**
 * Delivers a webhook update as the platform does: again after every non-2xx answer (a few times, at
 * once; the platforms wait longer). Resolves with the statuses answered, the last one 200.
 */
async function deliverUntilAccepted(post: () => Promise<number>): Promise<number[]> {
  const statuses: number[] = [];
  while (statuses.at(-1) !== 200 && statuses.length < 10) statuses.push(await post());
  return statuses;
}

/** Waits for the chats' replies, then a little longer: anything sent twice would come by then. */
async function settled<T>(what: string, replies: () => T[][], waitMs = 1200): Promise<T[][]> {
  await waitFor(what, () => (replies().every((r) => r.length > 0) ? true : undefined), 20_000);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return replies();
}

describe('a storm of 429s and 5xx from the Bot APIs loses no reply and sends none twice', () => {
  /** Three people write at once while the platform refuses the next sends. */
  const CHATS = [810_001, 810_002, 810_003];
  const ZALO_CHATS = ['c0ffee0000000000c001', 'c0ffee0000000000c002', 'c0ffee0000000000c003'];
  const tgSecret = { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET };
  const zaloSecret = { 'x-bot-api-secret-token': ZALO_SECRET };

  it('Telegram by webhook: a refused reply is answered 500 at once, and Telegram’s redelivery brings it', async () => {
    const api = webhooks.telegram;
    const before = api.requests.length;
    api.failNext('sendMessage', 'rate_limited', 6);
    api.failNext('sendMessage', 'server_error', 3);
    const statuses = await Promise.all(
      CHATS.map((id) => {
        const update = textUpdate({ chatId: id, userId: id, text: 'coverage for Vinh city' });
        return deliverUntilAccepted(() => webhooks.post('/webhooks/telegram', update, tgSecret));
      }),
    );
    expect(statuses.flat().filter((s) => s !== 200).length).toBeGreaterThan(0);
    for (const id of CHATS) expect(telegramSentTo(api, before, id).map((m) => m.text)).toEqual([HINT_EN]);
    const refused = api.requests.slice(before).filter((r) => r.status === 429 || r.status === 502);
    expect(refused).toHaveLength(9);
  });

  it('Telegram by polling: one reply meeting seven 429s in a row still arrives, once; the others too', async () => {
    const api = polling.telegram;
    const before = api.requests.length;
    api.failNext('sendMessage', 'rate_limited', 7);
    for (const id of CHATS) api.queueUpdate(textUpdate({ chatId: id, userId: id, text: 'coverage for Vinh city' }));
    const replies = await settled('three delivered replies', () => CHATS.map((id) => telegramSentTo(api, before, id)));
    expect(replies.map((r) => r.map((m) => m.text))).toEqual(CHATS.map(() => [HINT_EN]));
    expect(api.requests.slice(before).filter((r) => r.status === 429)).toHaveLength(7);
    expect(errorsIn(polling)).toEqual([]);
  });

  it('Telegram by polling: a slow answer for one chat does not hold up the others', async () => {
    const api = polling.telegram;
    const before = api.requests.length;
    api.failNext('sendMessage', { kind: 'slow', delayMs: 1500 });
    api.queueUpdate(textUpdate({ chatId: 811_001, userId: 811_001, text: 'coverage for Vinh city' }));
    await api.waitForCalls('sendMessage', api.calls('sendMessage').length + 1);
    api.queueUpdate(textUpdate({ chatId: 811_002, userId: 811_002, text: 'coverage for Vinh city' }));
    const [slow, quick] = await settled('both replies', () => [811_001, 811_002].map((id) => telegramSentTo(api, before, id)), 0);
    expect(slow?.map((m) => m.text)).toEqual([HINT_EN]);
    expect(quick?.map((m) => m.text)).toEqual([HINT_EN]);
    const answeredAt = (id: number) => api.requests.slice(before).findIndex((r) => r.method === 'sendMessage' && r.params.chat_id === id);
    expect(answeredAt(811_002)).toBeGreaterThan(answeredAt(811_001));
    const sends = api.requests.slice(before).filter((r) => r.method === 'sendMessage');
    expect(sends.map((r) => r.params.chat_id)).toEqual([811_001, 811_002]);
  });

  it('Zalo by webhook: a 429, a 403 or a 5xx is answered 500, and the redelivery brings the reply once', async () => {
    const api = webhooks.zalo;
    const before = api.requests.length;
    api.failNext('sendMessage', 'rate_limited', 4);
    api.failNext('sendMessage', 'forbidden');
    api.failNext('sendMessage', 'server_error', 3);
    const statuses = await Promise.all(
      ZALO_CHATS.map((id) => {
        const update = zaloTextUpdate(id, 'coverage for Vinh city');
        return deliverUntilAccepted(() => webhooks.post('/webhooks/zalo', update, zaloSecret));
      }),
    );
    expect(statuses.flat().filter((s) => s !== 200).length).toBeGreaterThan(0);
    for (const id of ZALO_CHATS) expect(zaloSentTo(api, before, id).map((m) => m.text)).toEqual([HINT_EN]);
    expect(api.requests.slice(before).filter((r) => r.status !== null && r.status >= 400 && r.method === 'sendMessage')).toHaveLength(8);
  });

  it('Zalo by polling: a reply meeting a 5xx and five 429s in a row still arrives, once; the others too', async () => {
    const api = polling.zalo;
    const before = api.requests.length;
    api.failNext('sendMessage', 'server_error');
    api.failNext('sendMessage', 'rate_limited', 5);
    for (const id of ZALO_CHATS) api.queueUpdate(zaloTextUpdate(id, 'coverage for Vinh city'));
    const replies = await settled('three delivered replies', () => ZALO_CHATS.map((id) => zaloSentTo(api, before, id)));
    expect(replies.map((r) => r.map((m) => m.text))).toEqual(ZALO_CHATS.map(() => [HINT_EN]));
    expect(
      api.requests
        .slice(before)
        .filter((r) => r.method === 'sendMessage')
        .map((r) => r.status),
    ).toEqual([502, 429, 429, 429, 429, 429, 200, 200, 200]);
    expect(errorsIn(polling)).toEqual([]);
  });
});

describe('updates the bot does not read', () => {
  /** A Zalo event other than a text message (no text in it). */
  const zaloEvent = (userId: string, eventName: string, n = 1) => ({
    event_name: eventName,
    message: {
      from: { id: userId, display_name: 'Lan', is_bot: false },
      chat: { id: userId, chat_type: 'PRIVATE' },
      sticker: 'https://zalo.example/sticker/1.webp',
      message_id: `${eventName}-${userId}-${n}`,
      date: Date.now(),
    },
  });

  it('Telegram by webhook: a channel post is ignored, a burst of stickers gets the text-only line once, the next message its answer', async () => {
    const api = webhooks.telegram;
    const before = api.requests.length;
    const secret = { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET };
    expect(await webhooks.post('/webhooks/telegram', channelPostUpdate({ chatId: -1_001_234_567_890, text: 'bhxh Nghệ An' }), secret)).toBe(200);
    for (let i = 0; i < 5; i += 1) {
      expect(await webhooks.post('/webhooks/telegram', stickerUpdate({ chatId: 820_001, userId: 820_001 }), secret)).toBe(200);
    }
    expect(await webhooks.post('/webhooks/telegram', textUpdate({ chatId: 820_001, userId: 820_001, text: 'coverage for Vinh city' }), secret)).toBe(200);
    expect(
      api.requests
        .slice(before)
        .filter((r) => r.method === 'sendMessage')
        .map((r) => [r.params.chat_id, r.params.text]),
    ).toEqual([
      [820_001, TEXT_ONLY.vi],
      [820_001, HINT_EN],
    ]);
  });

  it('Telegram by polling: the same, and polling goes on', async () => {
    const api = polling.telegram;
    const before = api.requests.length;
    api.queueUpdate(channelPostUpdate({ chatId: -1_001_234_567_891, text: 'bhxh Nghệ An' }));
    api.queueUpdate(stickerUpdate({ chatId: 820_002, userId: 820_002 }));
    api.queueUpdate(textUpdate({ chatId: 820_002, userId: 820_002, text: 'coverage for Vinh city' }));
    const replies = await waitFor('two replies', () => {
      const sent = telegramSentTo(api, before, 820_002);
      return sent.length >= 2 ? sent : undefined;
    });
    expect(replies.map((m) => m.text)).toEqual([TEXT_ONLY.vi, HINT_EN]);
    expect(api.requests.slice(before).filter((r) => r.method === 'sendMessage')).toHaveLength(2);
    expect(errorsIn(polling)).toEqual([]);
  });

  it('Zalo by webhook: stickers get the text-only line once, an unsupported event the withheld line; the next message its answer', async () => {
    const api = webhooks.zalo;
    const before = api.requests.length;
    const user = 'c0ffee0000000000aa01';
    const secret = { 'x-bot-api-secret-token': ZALO_SECRET };
    expect(await webhooks.post('/webhooks/zalo', zaloEvent(user, 'message.sticker.received'), secret)).toBe(200);
    expect(await webhooks.post('/webhooks/zalo', zaloEvent(user, 'message.sticker.received', 2), secret)).toBe(200);
    expect(await webhooks.post('/webhooks/zalo', zaloEvent(user, 'message.unsupported.received'), secret)).toBe(200);
    expect(await webhooks.post('/webhooks/zalo', zaloTextUpdate(user, 'coverage for Vinh city'), secret)).toBe(200);
    expect(zaloSentTo(api, before, user).map((m) => m.text)).toEqual([TEXT_ONLY.vi, WITHHELD.vi, HINT_EN]);
    expect(errorsIn(webhooks)).toEqual([]);
  });

  it('Zalo by polling: a sticker and an unsupported event get their lines, and polling goes on', async () => {
    const api = polling.zalo;
    const before = api.requests.length;
    const user = 'c0ffee0000000000aa02';
    api.queueUpdate(zaloEvent(user, 'message.sticker.received'));
    api.queueUpdate(zaloEvent(user, 'message.unsupported.received'));
    api.queueUpdate(zaloTextUpdate(user, 'coverage for Vinh city'));
    const replies = await waitFor('the replies', () => {
      const sent = zaloSentTo(api, before, user);
      return sent.length >= 3 ? sent : undefined;
    });
    expect(replies.map((m) => m.text)).toEqual([TEXT_ONLY.vi, WITHHELD.vi, HINT_EN]);
    expect(errorsIn(polling)).toEqual([]);
  });
});
