/**
 * A reply's file on Zalo, which takes photos by URL only: the chart is kept (24 hours), sent with
 * sendPhoto from PUBLIC_URL/charts/<id>.png through the client's real HTTP code against the fake Zalo
 * API, and that URL, asked of the service's HTTP server, gives the PNG's bytes; an unknown, expired
 * or ill-shaped id is 404. A workbook's link goes in the text; without PUBLIC_URL the text goes alone.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newAttachmentId, rasterise } from '../../../src/adapters/chart/render-chart.js';
import { createAttachmentLinks } from '../../../src/adapters/http/attachment-links.js';
import { createMetrics } from '../../../src/adapters/http/metrics.js';
import { buildHttpServer } from '../../../src/adapters/http/server.js';
import { createMemoryAttachments } from '../../../src/adapters/memory/memory-attachments.js';
import { createZaloClient, createZaloMessenger } from '../../../src/adapters/zalo/index.js';
import { buildTrendChart, chartSvg } from '../../../src/core/chart/index.js';
import { ATTACHMENT_TTL_MS } from '../../../src/ports/attachment-store.js';
import type { Attachment } from '../../../src/ports/messenger.js';
import { type FakeZaloApi, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { REPORTS, TARGETS } from '../../support/chart-fixtures.js';
import { manualClock } from '../../support/manual-clock.js';
import { pngSize } from '../../support/png.js';
import { TOKEN } from './zalo-builders.js';

const PUBLIC_URL = 'https://baophu.example.vn/';

let api: FakeZaloApi;
beforeEach(async () => {
  api = await startFakeZaloApi(TOKEN);
});
afterEach(() => api.close());

async function chart(): Promise<Attachment> {
  const spec = buildTrendChart({ lang: 'vi', unitLabel: 'Tỉnh Bắc Kạn', indicator: 'bhxh', reports: REPORTS, targets: TARGETS, today: '2026-12-06' })!.spec;
  const { png } = await rasterise(chartSvg(spec).svg);
  return { kind: 'image', id: newAttachmentId(), fileName: 'bhxh-bac-kan.png', mimeType: 'image/png', bytes: new Uint8Array(png) };
}

function world() {
  const clock = manualClock('2026-12-06T03:00:00Z');
  const attachments = createMemoryAttachments();
  const client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl });
  const messenger = createZaloMessenger(client, undefined, undefined, createAttachmentLinks({ attachments, clock, publicUrl: PUBLIC_URL }));
  const http = buildHttpServer({ log: pino({ level: 'silent' }), metrics: createMetrics(false), ready: async () => ({}), files: { attachments, clock } });
  return { clock, messenger, http, client };
}

const bodies = (method: string) => api.requests.filter((r) => r.method === method).map((r) => r.body as Record<string, unknown>);

describe('files on Zalo', () => {
  it('sends a chart by its URL under PUBLIC_URL with the text as caption; the URL serves the PNG', async () => {
    const { messenger, http } = world();
    const attachment = await chart();
    await messenger.send({ chatId: 'zchat-1', text: '📊 Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn', choices: ['📊 Xem biểu đồ'], attachment });
    const [photo] = bodies('sendPhoto');
    expect(photo).toEqual({
      chat_id: 'zchat-1',
      photo: `https://baophu.example.vn/charts/${attachment.id}.png`,
      caption: '📊 Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn\n\n1. 📊 Xem biểu đồ',
    });
    expect(api.requests.filter((r) => r.method === 'sendPhoto')[0]?.status).toBe(200);
    expect(bodies('sendMessage')).toEqual([]);

    const res = await http.inject({ method: 'GET', url: new URL(String(photo?.photo)).pathname });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(res.rawPayload, Buffer.from(attachment.bytes))).toBe(0);
    expect(pngSize(res.rawPayload)).toMatchObject({ width: 1080 });
  });

  it('answers 404 for an unknown id, a wrong extension, an ill-shaped id and an expired chart', async () => {
    const { messenger, http, clock } = world();
    const attachment = await chart();
    await messenger.send({ chatId: 'zchat-1', text: 'chart', attachment });
    const get = async (url: string) => (await http.inject({ method: 'GET', url })).statusCode;
    expect(await get(`/charts/${attachment.id}.png`)).toBe(200);
    expect(await get(`/charts/${newAttachmentId()}.png`)).toBe(404);
    expect(await get(`/files/${attachment.id}.xlsx`)).toBe(404);
    expect(await get(`/charts/${attachment.id}.xlsx`)).toBe(404);
    expect(await get('/charts/..%2F..%2Fetc%2Fpasswd.png')).toBe(404);
    expect(await get('/charts/abc.png')).toBe(404);
    clock.advance(ATTACHMENT_TTL_MS);
    expect(await get(`/charts/${attachment.id}.png`)).toBe(404);
  });

  it('sends the photo, then the text, when the text is too long for a caption', async () => {
    const { messenger } = world();
    const text = `📊 Biểu đồ\n${'Nguồn: một nguồn rất dài. '.repeat(100)}`;
    await messenger.send({ chatId: 'zchat-2', text, attachment: await chart() });
    expect(api.requests.map((r) => r.method)).toEqual(['sendPhoto', 'sendMessage', 'sendMessage']);
    expect(bodies('sendPhoto')[0]?.caption).toBeUndefined();
    expect(
      bodies('sendMessage')
        .map((b) => String(b.text).replace(/\s+/g, ''))
        .join(''),
    ).toBe(text.replace(/\s+/g, ''));
  });

  it('puts a workbook’s link in the text, and serves it as a download', async () => {
    const { messenger, http } = world();
    const bytes = new Uint8Array(Buffer.from('PK\u0003\u0004 workbook'));
    const id = newAttachmentId();
    await messenger.send({
      chatId: 'zchat-3',
      text: 'Số liệu Nghệ An',
      attachment: {
        kind: 'document',
        id,
        fileName: 'so-lieu-nghe-an.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes,
      },
    });
    expect(bodies('sendMessage')).toEqual([{ chat_id: 'zchat-3', text: `Số liệu Nghệ An\n📎 https://baophu.example.vn/files/${id}.xlsx` }]);
    const res = await http.inject({ method: 'GET', url: `/files/${id}.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="so-lieu-nghe-an.xlsx"');
    expect(Buffer.compare(res.rawPayload, Buffer.from(bytes))).toBe(0);
  });

  it('sends the text alone without PUBLIC_URL (no links)', async () => {
    const client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl });
    await createZaloMessenger(client).send({ chatId: 'zchat-4', text: 'chart', attachment: await chart() });
    expect(api.requests.map((r) => r.method)).toEqual(['sendMessage']);
  });
});
