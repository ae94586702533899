/**
 * Charts on the real service (Telegram and Zalo by webhook, PostgreSQL): the chart button under an
 * answer with a history, pressed on Telegram, uploads the PNG with sendPhoto; a chart asked in words
 * on Zalo goes by sendPhoto with its URL under PUBLIC_URL, and the service serves that URL (the PNG's
 * bytes), an unknown id 404.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { callbackUpdate, textUpdate } from '../fakes/fake-telegram-api.js';
import { isUpload } from '../fakes/fake-telegram-uploads.js';
import { pngSize } from '../support/png.js';
import { zaloTextUpdate } from './drivers/zalo.js';
import { useSeededService } from './seeded-service.js';
import { TELEGRAM_SECRET, ZALO_SECRET } from './test-service.js';

const CHAT = 840_001;
const ZALO_USER = 'c3d2e5f4a7b6c9d80003';

const running = useSeededService(
  [
    { code: 'CHARTTG1', role: 'official', unit: 'Thái Nguyên' },
    { code: 'CHARTZL1', role: 'official', unit: 'Thái Nguyên' },
  ],
  { telegram: 'webhook', zalo: 'webhook', clock: fixedClock('2026-12-03T09:00:00+07:00') },
);

async function telegram(update: object) {
  const before = running().telegram.requests.length;
  expect(await running().post('/webhooks/telegram', update, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET })).toBe(200);
  return running().telegram.requests.slice(before);
}

async function zalo(text: string) {
  const before = running().zalo.requests.length;
  const status = await running().post('/webhooks/zalo', { ok: true, result: zaloTextUpdate(ZALO_USER, text) }, { 'X-Bot-Api-Secret-Token': ZALO_SECRET });
  expect(status).toBe(200);
  return running().zalo.requests.slice(before);
}

describe('charts on the running service', () => {
  it('Telegram: the button under a coverage answer uploads that answer’s chart', async () => {
    await telegram(textUpdate({ chatId: CHAT, userId: CHAT, text: '/start CHARTTG1' }));
    const answer = (await telegram(textUpdate({ chatId: CHAT, userId: CHAT, text: 'tỷ lệ bao phủ BHYT Bắc Kạn' }))).filter((r) => r.method === 'sendMessage');
    const markup = answer.at(-1)?.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] };
    const button = markup.inline_keyboard[0]?.[0];
    expect(button?.text).toBe('📊 Xem biểu đồ');
    const pressed = await telegram(callbackUpdate({ chatId: CHAT, userId: CHAT, data: button?.callback_data as string, bot: running().telegram.botInfo }));
    const photo = pressed.find((r) => r.method === 'sendPhoto');
    expect(photo?.status).toBe(200);
    const file = photo?.params.photo;
    expect(isUpload(file) && file.filename).toBe('bhyt-bac-kan.png');
    expect(isUpload(file) && pngSize(file.bytes).width).toBe(1080);
    expect(String(photo?.params.caption)).toMatch(/^📊 Tỷ lệ bao phủ bảo hiểm y tế — Tỉnh Bắc Kạn \(trước 1\/7\/2025\)\nSố liệu mới nhất: 95%/);
  });

  it('Zalo: a chart asked in words goes by its URL under PUBLIC_URL, which the service serves', async () => {
    await zalo('dangky CHARTZL1');
    const sent = await zalo('biểu đồ bhyt Hải Phòng');
    const photo = sent.find((r) => r.method === 'sendPhoto');
    expect(photo?.status).toBe(200);
    const body = photo?.body as { chat_id: string; photo: string; caption: string };
    expect(body.chat_id).toBe(ZALO_USER);
    const url = new URL(body.photo);
    expect(`${url.protocol}//${url.host}`).toBe(`https://${new URL(running().url).host}`);
    expect(url.pathname).toMatch(/^\/charts\/[A-Za-z0-9_-]{24}\.png$/);
    expect(body.caption).toMatch(/^📊 Tỷ lệ bao phủ bảo hiểm y tế — Thành phố Hải Phòng/);

    const served = await fetch(`${running().url}${url.pathname}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await served.arrayBuffer())).width).toBe(1080);
    expect((await fetch(`${running().url}/charts/AAAAAAAAAAAAAAAAAAAAAAAA.png`)).status).toBe(404);
  });
});
