/**
 * A reply's file on Telegram, through grammY's real code against the fake Bot API: a chart uploaded
 * with sendPhoto (multipart, the PNG's bytes as sent), its text as the caption with the buttons, a
 * text too long for a caption after the photo, and a workbook with sendDocument.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rasterise } from '../../../src/adapters/chart/render-chart.js';
import type { Reply } from '../../../src/app/message.js';
import { buildTrendChart, chartSvg } from '../../../src/core/chart/index.js';
import type { Attachment } from '../../../src/ports/messenger.js';
import { textUpdate } from '../../fakes/fake-telegram-api.js';
import { isUpload } from '../../fakes/fake-telegram-uploads.js';
import { REPORTS, TARGETS } from '../../support/chart-fixtures.js';
import { pngSize } from '../../support/png.js';
import { type Harness, PRIVATE, startHarness, USER } from './bot-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.api.close();
  harness = undefined;
});

async function chartPng(): Promise<Attachment> {
  const spec = buildTrendChart({ lang: 'vi', unitLabel: 'Tỉnh Bắc Kạn', indicator: 'bhxh', reports: REPORTS, targets: TARGETS, today: '2026-12-06' })!.spec;
  const { png } = await rasterise(chartSvg(spec).svg);
  return { kind: 'image', id: 'k3Jd9QxA-chart-id-000001', fileName: 'bhxh-bac-kan.png', mimeType: 'image/png', bytes: new Uint8Array(png) };
}

async function answerWith(reply: Reply): Promise<Harness> {
  harness = await startHarness(() => reply);
  await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'biểu đồ bhxh Bắc Kạn' }));
  return harness;
}

describe('files on Telegram', () => {
  it('uploads a chart with sendPhoto, the text as its caption and the buttons under it', async () => {
    const attachment = await chartPng();
    const h = await answerWith({ text: '📊 Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn', attachment, choices: ['Xem thêm'], choiceList: 'abc123' });
    const [call] = h.api.succeeded('sendPhoto');
    expect(call).toBeDefined();
    const photo = call!.params.photo;
    expect(isUpload(photo) && photo.filename).toBe('bhxh-bac-kan.png');
    expect(isUpload(photo) && Buffer.compare(photo.bytes, Buffer.from(attachment.bytes))).toBe(0);
    expect(isUpload(photo) && pngSize(photo.bytes).width).toBe(1080);
    expect(call!.params.caption).toBe('📊 Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn');
    expect(call!.params.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Xem thêm', callback_data: 'abc123:1' }]] });
    expect(Number(call!.params.chat_id)).toBe(PRIVATE);
    expect(h.api.calls('sendMessage')).toEqual([]);
  });

  it('sends a text too long for a caption after the photo', async () => {
    const text = `📊 Biểu đồ\n${'Nguồn: một nguồn rất dài. '.repeat(60)}`;
    const h = await answerWith({ text, attachment: await chartPng() });
    const [photo] = h.api.succeeded('sendPhoto');
    expect(photo!.params.caption).toBeUndefined();
    expect(h.sentTexts().join('')).toBe(text);
    expect(photo!.at).toBeLessThan(h.api.succeeded('sendMessage')[0]!.at);
  });

  it('uploads a workbook with sendDocument', async () => {
    const bytes = new Uint8Array(Buffer.from('PK\u0003\u0004 a workbook'));
    const h = await answerWith({
      text: 'Số liệu Nghệ An',
      attachment: {
        kind: 'document',
        id: 'doc-id-0000000000000001',
        fileName: 'so-lieu-nghe-an.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes,
      },
    });
    const [call] = h.api.succeeded('sendDocument');
    const document = call!.params.document;
    expect(isUpload(document) && document.filename).toBe('so-lieu-nghe-an.xlsx');
    expect(isUpload(document) && Buffer.compare(document.bytes, Buffer.from(bytes))).toBe(0);
    expect(call!.params.caption).toBe('Số liệu Nghệ An');
  });
});
