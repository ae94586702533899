import { afterEach, describe, expect, it } from 'vitest';
import { FIGURES_SHEET, MAX_FILE_BYTES } from '../../../src/core/spreadsheet/index.js';
import { documentUpdate, textUpdate } from '../../fakes/fake-telegram-api.js';
import { figureRow, figuresBook } from '../../spreadsheet/workbooks.js';
import { registerRole, spreadsheetWorld, unitOf, type World } from '../../support/spreadsheet-world.js';
import { GROUP, type Harness, PRIVATE, startHarness, USER } from './bot-harness.js';

let harness: Harness;
afterEach(async () => {
  await harness.api.close();
});

/** The fake Bot API in front of the real message handler on a seeded world. */
async function start(): Promise<{ world: World; harness: Harness }> {
  const world = await spreadsheetWorld();
  harness = await startHarness((message) => world.handler.handle(message));
  return { world, harness };
}

describe('createBot: documents', () => {
  it("fetches an administrator's workbook through getFile and the file URL, imports it and answers with the counts", async () => {
    const { world } = await start();
    const nghean = unitOf(world, 'post2025', '40');
    await registerRole(world, String(USER), nghean, 'admin', 'telegram');
    const bytes = await figuresBook([figureRow('40', 'Từ 1/7/2025', 'Nghệ An', '6T/2026', { ld: 1_800_000, bb: 412_000, tn: 31_500 })]);
    const file = harness.api.files.add(bytes);
    await harness.bot.handleUpdate(documentUpdate({ chatId: PRIVATE, userId: USER, file, fileName: 'so-lieu-nghe-an.xlsx' }));

    expect(harness.api.succeeded('getFile').map((r) => r.params.file_id)).toEqual([file.fileId]);
    expect(harness.api.files.downloads).toEqual([file.path]);
    expect(harness.received).toMatchObject([
      { channel: 'telegram', chatId: String(PRIVATE), text: '', document: { fileName: 'so-lieu-nghe-an.xlsx', size: bytes.length } },
    ]);
    expect(harness.sentTexts()).toEqual([
      "Đã nhập tệp 'so-lieu-nghe-an.xlsx'.\nSố liệu: 1 mới, 0 thay đổi, 0 không đổi.\nChỉ tiêu: 0 mới, 0 thay đổi, 0 không đổi.\nSố liệu mới được lưu thành phiên bản mới, nguồn là tệp này.",
    ]);
    const [report] = await world.store.findReports([nghean.id]);
    expect(report).toMatchObject({
      period: '2026-6M',
      counts: { bb: 412_000 },
      source: { kind: 'import', document: 'so-lieu-nghe-an.xlsx', channel: 'telegram' },
    });

    // The same file again: nothing new.
    await harness.bot.handleUpdate(documentUpdate({ chatId: PRIVATE, userId: USER, file, fileName: 'so-lieu-nghe-an.xlsx', caption: 'nhập lại' }));
    expect(harness.sentTexts()[1]).toContain('Số liệu: 0 mới, 0 thay đổi, 1 không đổi.');
  });

  it('lists the bad rows of a file and stores nothing', async () => {
    const { world } = await start();
    await registerRole(world, String(USER), unitOf(world, 'post2025', '40'), 'admin', 'telegram');
    const bad = figureRow('40', 'Từ 1/7/2025', null, '2025', { ld: '1.800.000' });
    const file = harness.api.files.add(await figuresBook([bad]));
    await harness.bot.handleUpdate(documentUpdate({ chatId: PRIVATE, userId: USER, file, fileName: 'nhap.xlsx', languageCode: 'en' }));
    expect(harness.sentTexts()).toEqual([
      `Nothing was imported: 1 row with errors (a file is imported only when every row is right).\nSheet '${FIGURES_SHEET}', row 2, column 'Lực lượng lao động trong độ tuổi (ld)': '1.800.000' is text in a number cell; enter a number, not text.`,
    ]);
  });

  it('refuses a file larger than the limit without downloading it', async () => {
    const { world } = await start();
    await registerRole(world, String(USER), unitOf(world, 'post2025', '40'), 'admin', 'telegram');
    const file = harness.api.files.add(new Uint8Array(10), MAX_FILE_BYTES * 3);
    await harness.bot.handleUpdate(documentUpdate({ chatId: PRIVATE, userId: USER, file, fileName: 'lon.xlsx' }));
    expect(harness.api.calls('getFile')).toEqual([]);
    expect(harness.api.files.downloads).toEqual([]);
    expect(harness.sentTexts()).toEqual(['Tệp quá lớn (30 MB); tối đa 10 MB. Chưa nhập gì.']);
  });

  it('answers politely when Telegram does not deliver the file', async () => {
    const { world } = await start();
    await registerRole(world, String(USER), unitOf(world, 'post2025', '40'), 'admin', 'telegram');
    const file = harness.api.files.add(new Uint8Array(10));
    harness.api.failNext('getFile', { kind: 'bad_request', description: 'file is too big' });
    await harness.bot.handleUpdate(documentUpdate({ chatId: PRIVATE, userId: USER, file, fileName: 'nhap.xlsx' }));
    expect(harness.sentTexts()).toEqual(['Không tải được tệp từ máy chủ tin nhắn; hãy gửi lại sau ít phút. Chưa nhập gì.']);
  });

  it('tells a registered person who administers nothing that only administrators import, without fetching the file', async () => {
    const { world } = await start();
    await registerRole(world, String(USER), unitOf(world, 'post2025', '40'), 'official', 'telegram');
    const file = harness.api.files.add(new Uint8Array(10));
    await harness.bot.handleUpdate(documentUpdate({ chatId: PRIVATE, userId: USER, file, fileName: 'nhap.xlsx' }));
    expect(harness.api.calls('getFile')).toEqual([]);
    expect(harness.sentTexts()[0]).toMatch(/^Chỉ quản trị viên mới nhập được tệp số liệu/);
  });

  it('reads only the caption of a file in a group', async () => {
    const { world } = await start();
    await registerRole(world, String(USER), unitOf(world, 'post2025', '40'), 'admin', 'telegram');
    const file = harness.api.files.add(new Uint8Array(10));
    await harness.bot.handleUpdate(documentUpdate({ chatId: GROUP, chatType: 'supergroup', userId: USER, file, fileName: 'nhap.xlsx', caption: 'xem thử' }));
    expect(harness.api.calls('getFile')).toEqual([]);
    expect(harness.received).toEqual([]);
    await harness.bot.handleUpdate(textUpdate({ chatId: PRIVATE, userId: USER, text: 'mẫu nhập liệu' }));
    expect(harness.received.map((m) => m.text)).toEqual(['mẫu nhập liệu']);
  });
});
