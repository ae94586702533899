/**
 * Inline buttons on the real service (Telegram by webhook): a button answers only the list it came
 * with. A button of an earlier list (replaced by a newer question, already answered, or made before
 * buttons carried their list) gets a short note and changes nothing; a pressed keyboard is removed;
 * the receipt's undo button withdraws that submission. Last, a line the channel sends itself (a
 * sticker's) speaks the language the person chose.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { composeStaleButton } from '../../src/core/replies/choice-lines.js';
import { TEXT_ONLY } from '../../src/core/replies/text-only.js';
import { callbackUpdate, stickerUpdate, textUpdate } from '../fakes/fake-telegram-api.js';
import type { SeenButton, SeenMessage } from './drivers/driver.js';
import { sentTo } from './drivers/telegram.js';
import { useSeededService } from './seeded-service.js';
import { TELEGRAM_SECRET } from './test-service.js';

const CHAT = 830_001;
const STALE = composeStaleButton('vi');

const running = useSeededService([{ code: 'BUTTONFP', role: 'focal_point', unit: 'Trường Vinh', province: 'Nghệ An' }], {
  telegram: 'webhook',
  clock: fixedClock('2026-12-03T09:00:00+07:00'),
});

/** Delivers an update and returns what the chat received. */
async function deliver(update: object): Promise<SeenMessage[]> {
  const before = running().telegram.requests.length;
  expect(await running().post('/webhooks/telegram', update, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET })).toBe(200);
  return sentTo(running().telegram, before, CHAT);
}

const say = (text: string) => deliver(textUpdate({ chatId: CHAT, userId: CHAT, text }));
const press = (button: SeenButton | undefined, messageId = 9_001) => {
  if (!button) throw new Error('no such button');
  return deliver(callbackUpdate({ chatId: CHAT, userId: CHAT, data: button.data, messageId, bot: running().telegram.botInfo }));
};
const texts = (messages: readonly SeenMessage[]) => messages.map((m) => m.text);

describe('inline buttons answer only their own list', () => {
  let firstReceipt: SeenMessage;
  let places: SeenMessage;
  let held: SeenMessage;

  it('sets the scene: a receipt with an undo button, a list of places, then figures held with confirm and cancel', async () => {
    await say('/start BUTTONFP');
    [firstReceipt] = (await say('nop 6T/2025 bb 41.200 tn 3.150 ld 180.000')) as [SeenMessage];
    expect(firstReceipt.buttons.map((b) => b.label)).toEqual(['hoan tac']);
    [places] = (await say('Châu Thành')) as [SeenMessage];
    expect(places.buttons).toHaveLength(9);
    [held] = (await say('nop 6T/2026 bb 61.800 tn 4.725 ld 270.000')) as [SeenMessage];
    expect(held.buttons.map((b) => b.label)).toEqual(['xac nhan', 'huy']);
    // Every list has an id of its own.
    const lists = new Set([firstReceipt, places, held].map((m) => m.buttons[0]?.data.split(':')[0]));
    expect(lists.size).toBe(3);
  });

  it('a place button of the replaced list neither records nor cancels the held figures', async () => {
    expect(texts(await press(places.buttons[0]))).toEqual([STALE]);
    expect(texts(await press(places.buttons[1]))).toEqual([STALE]);
  });

  it('the first receipt’s undo button no longer withdraws anything', async () => {
    expect(texts(await press(firstReceipt.buttons[0]))).toEqual([STALE]);
  });

  it('a button made before buttons carried their list is stale too', async () => {
    expect(texts(await deliver(callbackUpdate({ chatId: CHAT, userId: CHAT, data: '1', bot: running().telegram.botInfo })))).toEqual([STALE]);
  });

  let receipt: SeenMessage;
  it('the held list’s own button records the figures, and its keyboard is taken off the message', async () => {
    const before = running().telegram.requests.length;
    [receipt] = (await press(held.buttons[0], 9_002)) as [SeenMessage];
    expect(receipt.text).toMatch(/^Đã ghi nhận số liệu 6 tháng đầu năm 2026 của Phường Trường Vinh, Tỉnh Nghệ An \(phiên bản 1\):/);
    const edits = running()
      .telegram.requests.slice(before)
      .filter((r) => r.method === 'editMessageReplyMarkup');
    expect(edits.map((r) => [r.params.chat_id, r.params.message_id, r.status])).toEqual([[CHAT, 9_002, 200]]);
    expect(edits[0]?.params.reply_markup).toBeUndefined();
  });

  it('the same list’s other button, pressed after, does nothing', async () => {
    expect(texts(await press(held.buttons[1]))).toEqual([STALE]);
  });

  it('the new receipt’s undo button withdraws that submission, once', async () => {
    expect(texts(await press(receipt.buttons[0]))).toEqual([
      'Đã huỷ phiên bản 1 số liệu 6 tháng đầu năm 2026 của Phường Trường Vinh, Tỉnh Nghệ An. Kỳ này hiện chưa có số liệu.',
    ]);
    expect(texts(await press(receipt.buttons[0]))).toEqual([STALE]);
    // The 2025 figures stand.
    expect(texts(await say('hoan tac'))[0]).toMatch(/^Đã huỷ phiên bản 1 số liệu 6 tháng đầu năm 2025/);
  });
});

describe('the lines the channel sends without the handler', () => {
  it('speak the language the person chose with /lang, over Telegram’s hint', async () => {
    await say('/lang en');
    const sticker = stickerUpdate({ chatId: CHAT, userId: CHAT, languageCode: 'vi' });
    expect(texts(await deliver(sticker))).toEqual([TEXT_ONLY.en]);
  });
});
