import { beforeEach, describe, expect, it } from 'vitest';
import type { IncomingDocument } from '../../../src/app/message.js';
import { FIGURE_HEADERS, figureRow, figuresBook, readBack } from '../../spreadsheet/workbooks.js';
import { chat, registerRole, spreadsheetWorld, unitOf, type World } from '../../support/spreadsheet-world.js';

let world: World;
beforeEach(async () => {
  world = await spreadsheetWorld();
});

/** A file sent to the bot, as a channel hands it over. */
function sent(fileName: string, bytes: Uint8Array): IncomingDocument {
  return { fileName, size: bytes.length, fetch: async () => bytes };
}

describe('spreadsheets in chat', () => {
  it('sends the template as a workbook', async () => {
    const reply = await chat(world, 'admin').say('mẫu nhập liệu');
    expect(reply.text).toMatch(/^Mẫu nhập liệu: trang 'Số liệu'/);
    expect(reply.attachment).toMatchObject({
      kind: 'document',
      fileName: 'mau-nhap-lieu.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(reply.attachment?.id).toMatch(/^[0-9a-f]{32}$/);
    const book = await readBack(reply.attachment!.bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Số liệu', 'Chỉ tiêu', 'Hướng dẫn']);
    expect((book.getWorksheet('Số liệu')!.getRow(1).values as unknown[]).slice(1)).toEqual(FIGURE_HEADERS);
  });

  it('exports a province an official follows, with numbers as numbers in Vietnamese formats, and answers in English when asked so', async () => {
    const gialai = unitOf(world, 'post2025', '52');
    await registerRole(world, 'off1', gialai, 'official');
    const reply = await chat(world, 'off1').say('export excel Gia Lai');
    expect(reply.text).toMatch(/^Figures for Gia Lai Province with \d+ units under it or merged into it: 2 indicator sheet/);
    expect(reply.attachment?.fileName).toBe('baophu-gia-lai.xlsx');
    const book = await readBack(reply.attachment!.bytes);
    const bhxh = book.getWorksheet('BHXH')!;
    expect(bhxh.getCell('B1').value).toBe('Tên đơn vị');
    const targetCell = bhxh.getCell('I2');
    expect(typeof targetCell.value).toBe('number');
    expect(targetCell.numFmt).toBe('0.00%');
    const targets = book.getWorksheet('Chỉ tiêu')!;
    expect(targets.getCell('A2').value).toBe('64');
    expect(targets.getCell('F2').numFmt).toBe('0.00%');
  });

  it('refuses an export of a province the asker does not follow', async () => {
    await registerRole(world, 'off2', unitOf(world, 'post2025', '40'), 'official');
    const reply = await chat(world, 'off2').say('xuất excel Gia Lai');
    expect(reply).toEqual({ text: expect.stringMatching(/^Bạn không được xuất số liệu của Tỉnh Gia Lai/) });
  });

  it('asks back for a shared name and exports the one picked', async () => {
    const speaker = chat(world, 'admin');
    const list = await speaker.say('xuat excel Chau Thanh');
    expect(list.text).toMatch(/^Có nhiều địa danh trùng tên/);
    expect(list.attachment).toBeUndefined();
    const picked = await speaker.say('2');
    expect(picked.text).toContain('Huyện Châu Thành, Tỉnh Long An');
    expect(picked.attachment?.kind).toBe('document');
  });

  it('asks which place for an export naming none, and names close places for a typo', async () => {
    expect((await chat(world, 'admin').say('xuất excel')).text).toMatch(/^Xuất Excel cho đơn vị nào\?/);
    expect((await chat(world, 'admin').say('xuất excel Nghe Anxyz')).attachment).toBeUndefined();
  });

  it('imports a file an administrator sends, within their province only', async () => {
    const nghean = unitOf(world, 'post2025', '40');
    await registerRole(world, 'adm', nghean, 'admin', 'telegram');
    const speaker = chat(world, 'adm', { channel: 'telegram' });
    const mine = figureRow('40', 'Từ 1/7/2025', 'Nghệ An', '6T/2026', { ld: 1_800_000, bb: 412_000 });
    const other = figureRow('52', 'Từ 1/7/2025', 'Gia Lai', '6T/2026', { ld: 1_000 });
    const refused = await speaker.say('', { document: sent('nhap.xlsx', await figuresBook([mine, other])) });
    expect(refused.text).toMatch(/^Chưa nhập gì: 1 dòng có lỗi[\s\S]*dòng 3, cột 'Mã đơn vị': Tỉnh Gia Lai ngoài phạm vi quản trị của bạn/);
    expect(await world.store.findReports([nghean.id])).toEqual([]);

    const imported = await speaker.say('', { document: sent('nhap.xlsx', await figuresBook([mine])) });
    expect(imported.text).toMatch(/^Đã nhập tệp 'nhap\.xlsx'\.\nSố liệu: 1 mới/);
    const [report] = await world.store.findReports([nghean.id]);
    expect(report?.source).toMatchObject({ kind: 'import', document: 'nhap.xlsx', submittedBy: 'Người adm', channel: 'telegram' });
  });

  it("lets a provincial administrator import the old units their province was formed from, not another's", async () => {
    const gialai = unitOf(world, 'post2025', '52');
    await registerRole(world, 'adm2', gialai, 'admin');
    const speaker = chat(world, 'adm2');
    const oldGiaLai = figureRow('64', 'Trước 1/7/2025', 'Gia Lai', '2024', { ld: 900_000, bb: 100_000 });
    const oldNgheAn = figureRow('40', 'Trước 1/7/2025', 'Nghệ An', '2024', { ld: 900_000 });
    const refused = await speaker.say('', { document: sent('cu.xlsx', await figuresBook([oldGiaLai, oldNgheAn])) });
    expect(refused.text).toMatch(/dòng 3, cột 'Mã đơn vị': Tỉnh Nghệ An ngoài phạm vi quản trị của bạn/);
    expect(refused.text).not.toContain('dòng 2');
    const imported = await speaker.say('', { document: sent('cu.xlsx', await figuresBook([oldGiaLai])) });
    expect(imported.text).toContain('Số liệu: 1 mới');
  });

  it('tells someone who administers nothing that only administrators import, and reads the caption of another kind of file', async () => {
    await registerRole(world, 'off3', unitOf(world, 'post2025', '40'), 'official');
    const speaker = chat(world, 'off3');
    let fetched = false;
    const document: IncomingDocument = {
      fileName: 'nhap.xlsx',
      size: 10,
      fetch: async () => {
        fetched = true;
        return new Uint8Array();
      },
    };
    expect((await speaker.say('', { document })).text).toMatch(/^Chỉ quản trị viên mới nhập được tệp số liệu/);
    expect((await speaker.say('', { document, languageHint: 'en' })).text).toMatch(/^Only an administrator can import/);
    expect(fetched).toBe(false);
    const pdf = await speaker.say('tỷ lệ bao phủ BHXH Bắc Kạn 2021', { document: { ...document, fileName: 'bao-cao.pdf' } });
    expect(pdf.text).toContain('Bắc Kạn');
  });

  it('refuses a file over the size limit before fetching it', async () => {
    let fetched = false;
    const document: IncomingDocument = {
      fileName: 'lon.xlsx',
      size: 50 * 1024 * 1024,
      fetch: async () => {
        fetched = true;
        return new Uint8Array();
      },
    };
    expect((await chat(world, 'admin').say('', { document })).text).toMatch(/^Tệp quá lớn \(50 MB\); tối đa 10 MB/);
    expect(fetched).toBe(false);
  });
});
