import { beforeEach, describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../../src/app/spreadsheet/import-spreadsheet.js';
import { MAX_FILE_BYTES, TARGETS_SHEET } from '../../../src/core/spreadsheet/index.js';
import type { Language } from '../../../src/core/types.js';
import { bookOf, craftZip, FIGURE_HEADERS, figureRow, figuresBook, TARGET_HEADERS } from '../../spreadsheet/workbooks.js';
import { spreadsheetWorld, TODAY, unitOf, type World } from '../../support/spreadsheet-world.js';

let world: World;
beforeEach(async () => {
  world = await spreadsheetWorld();
});

const NGHE_AN = () => unitOf(world, 'post2025', '40');
const GIA_LAI = () => unitOf(world, 'post2025', '52');

function run(fileName: string, bytes: Uint8Array, options: { scope?: 'all' | readonly number[]; language?: Language } = {}) {
  return importSpreadsheet(
    { store: world.store, units: world.directory.current },
    { fileName, bytes, scope: options.scope ?? 'all', language: options.language ?? 'vi', personId: null, channel: null, now: new Date(TODAY) },
  );
}

/** Imports the file, expects it refused with a reply matching `reply`, and nothing stored. */
async function expectRefused(fileName: string, bytes: Uint8Array, reply: RegExp, options: { scope?: readonly number[] } = {}) {
  const version = await world.store.factsVersion();
  const outcome = await run(fileName, bytes, options);
  expect(outcome.stored).toBeNull();
  expect(outcome.text).toMatch(reply);
  expect(await world.store.factsVersion()).toBe(version);
  expect(await world.store.findReports([NGHE_AN().id, GIA_LAI().id])).toEqual([]);
}

const good = () => figureRow('40', 'Từ 1/7/2025', 'Nghệ An', '6T/2026', { ld: 1_800_000, bb: 412_000, tn: 31_500 });

describe('importSpreadsheet', () => {
  it('imports a good workbook in one go and reports new, changed and unchanged rows', async () => {
    const first = await run('nhap.xlsx', await figuresBook([good()], [['40', 'Từ 1/7/2025', null, 'BHXH', 2026, 45, null, 'Kế hoạch', '12/KH-UBND']]));
    expect(first.stored).toEqual({ figures: { created: 1, changed: 0, unchanged: 0 }, targets: { created: 1, changed: 0, unchanged: 0 } });
    expect(first.text).toContain('Số liệu: 1 mới, 0 thay đổi, 0 không đổi.');
    const [report] = await world.store.findReports([NGHE_AN().id]);
    expect(report).toMatchObject({ period: '2026-6M', counts: { ld: 1_800_000, bb: 412_000, tn: 31_500 }, source: { kind: 'import', document: 'nhap.xlsx' } });
    expect(report?.source.note).toMatch(/^sha256:[0-9a-f]{64}$/);

    const edited = figureRow('40', 'Từ 1/7/2025', 'Nghệ An', '6T/2026', { ld: 1_800_000, bb: 413_000, tn: 31_500 });
    const second = await run('nhap-2.xlsx', await figuresBook([edited, figureRow('52', 'mới', null, '2025', { ds: 3_500_000, bhyt: 3_200_000 })]), {
      language: 'en',
    });
    expect(second.stored?.figures).toEqual({ created: 1, changed: 1, unchanged: 0 });
    expect(second.text).toContain('Figures: 1 new, 1 changed, 0 unchanged.');
    expect((await world.store.submissionHistory(NGHE_AN().id, '2026-6M')).map((v) => v.version)).toEqual([2, 1]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const bytes = await figuresBook([good()]);
    await run('nhap.xlsx', bytes);
    const version = await world.store.factsVersion();
    const again = await run('nhap.xlsx', bytes);
    expect(again.stored).toEqual({ figures: { created: 0, changed: 0, unchanged: 1 }, targets: { created: 0, changed: 0, unchanged: 0 } });
    expect(again.text).toContain('Không có gì thay đổi');
    expect(await world.store.factsVersion()).toBe(version);
  });

  it('imports the same layout from a CSV', async () => {
    const csv = `${FIGURE_HEADERS.join(',')}\n40,Từ 1/7/2025,Nghệ An,6T/2026,"1.800.000",,412 000,31500,,,,\n`;
    const outcome = await run('nhap.csv', new TextEncoder().encode(csv));
    expect(outcome.stored?.figures.created).toBe(1);
  });

  describe('refuses, storing nothing', () => {
    it('a file with any bad row, listing each', async () => {
      const bad = figureRow('40', 'Từ 1/7/2025', null, '2025', { ld: 1_000, bb: 2_000 });
      await expectRefused(
        'nhap.xlsx',
        await figuresBook([good(), bad]),
        /Chưa nhập gì: 1 dòng có lỗi[\s\S]*Trang 'Số liệu', dòng 3, cột 'BHXH bắt buộc \(bb\)': bb \(2\.000\) lớn hơn ld \(1\.000\)/,
      );
    });

    it("a provincial administrator's rows of another province", async () => {
      const scope = world.directory
        .current()
        .units.filter((u) => u.id === NGHE_AN().id || u.parentId === NGHE_AN().id)
        .map((u) => u.id);
      const other = figureRow('52', 'Từ 1/7/2025', 'Gia Lai', '2025', { ld: 1_000 });
      await expectRefused('nhap.xlsx', await figuresBook([good(), other]), /dòng 3, cột 'Mã đơn vị': Tỉnh Gia Lai ngoài phạm vi quản trị của bạn/, { scope });
    });

    it('a workbook without the sheets', async () => {
      await expectRefused(
        'nhap.xlsx',
        await bookOf([{ name: 'Sheet1', rows: [FIGURE_HEADERS, good()] }]),
        /Không thấy trang 'Số liệu' và\/hoặc 'Chỉ tiêu'; tệp có: 'Sheet1'/,
      );
    });

    it('a sheet missing a column', async () => {
      const headers = TARGET_HEADERS.filter((h) => h !== 'Năm');
      await expectRefused('nhap.xlsx', await bookOf([{ name: TARGETS_SHEET, rows: [headers] }]), /Trang 'Chỉ tiêu' thiếu cột: 'Năm'/);
    });

    it('text in a number cell', async () => {
      const row = figureRow('40', 'Từ 1/7/2025', null, '2025', { ld: '1.800.000' });
      await expectRefused('nhap.xlsx', await figuresBook([row]), /cột 'Lực lượng lao động trong độ tuổi \(ld\)': '1\.800\.000' là chữ trong ô số/);
    });

    it('a formula', async () => {
      const row = figureRow('40', 'Từ 1/7/2025', null, '2025', { ld: 1_000, bb: { formula: 'E2/2', result: 500 } });
      await expectRefused('nhap.xlsx', await figuresBook([row]), /cột 'BHXH bắt buộc \(bb\)': ô chứa công thức/);
    });

    it('merged cells', async () => {
      const bytes = await figuresBook([good(), good()], undefined, (wb) => wb.getWorksheet('Số liệu')?.mergeCells('A2:A3'));
      await expectRefused('nhap.xlsx', bytes, /Trang 'Số liệu' có ô gộp \(A2:A3\)/);
    });

    it('100,000 rows', async () => {
      const rows = Array.from({ length: 100_000 }, () => ['40']);
      await expectRefused(
        'nhap.xlsx',
        await bookOf([{ name: 'Số liệu', rows: [FIGURE_HEADERS, ...rows] }]),
        /Tệp có 100\.000 dòng; mỗi lần nhập tối đa 20\.000 dòng/,
      );
    }, 60_000);

    it('a zip bomb that declares a huge part', async () => {
      const bomb = craftZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(120 * 1024 * 1024) }]);
      expect(bomb.length).toBeLessThan(1024 * 1024);
      await expectRefused('bomb.xlsx', bomb, /dung lượng bất thường/);
    }, 30_000);

    it('a zip bomb whose part unpacks to more than it declares', async () => {
      const liar = craftZip([{ name: '[Content_Types].xml', data: Buffer.alloc(5 * 1024 * 1024, 0x20), declaredSize: 1_000 }]);
      await expectRefused('bomb.xlsx', liar, /dung lượng bất thường/);
    });

    it('a zip of more parts than a workbook has', async () => {
      const many = craftZip(Array.from({ length: 1_500 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>'), method: 0 as const })));
      await expectRefused('many.xlsx', many, /dung lượng bất thường/);
    });

    it('a file that is not a workbook', async () => {
      await expectRefused('nhap.xlsx', new TextEncoder().encode('%PDF-1.7 this is a PDF, renamed'), /không phải bảng tính Excel/);
      await expectRefused('nhap.xlsx', craftZip([{ name: 'hello.txt', data: Buffer.from('hello') }]), /không phải bảng tính Excel/);
      await expectRefused('nhap.xlsx', craftZip([{ name: 'a', data: Buffer.from('x') }]).subarray(0, 40), /không phải bảng tính Excel/);
    });

    it('an empty file, a file too large and a file of another type', async () => {
      await expectRefused('nhap.xlsx', new Uint8Array(), /Tệp rỗng/);
      await expectRefused('nhap.xlsx', new Uint8Array(MAX_FILE_BYTES + 1), /Tệp quá lớn \(10 MB\); tối đa 10 MB/);
      await expectRefused('nhap.pdf', new Uint8Array(10), /Chỉ nhận tệp Excel \.xlsx hoặc \.csv/);
    });

    it('a file with no rows, in English when asked', async () => {
      const outcome = await run('nhap.xlsx', await figuresBook([]), { language: 'en' });
      expect(outcome).toEqual({ text: 'The file has no rows under the headers. Nothing was imported.', stored: null });
    });
  });
});
