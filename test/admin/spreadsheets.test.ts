import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { runAdmin } from '../../src/admin/run-admin.js';
import { seedReferenceData } from '../../src/import/seed.js';
import type { Store } from '../../src/ports/store.js';
import { figureRow, figuresBook, readBack } from '../spreadsheet/workbooks.js';

const DATA = resolve(import.meta.dirname, '../../data');

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baophu-sheets-'));
  store = createMemoryStore();
  await seedReferenceData(store, DATA);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function admin(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runAdmin(argv, {
    openStore: async () => ({ store, close: async () => {} }),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    clock: fixedClock('2026-07-01T03:00:00Z'),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('admin spreadsheet commands', () => {
  it('template writes the empty workbook', async () => {
    const out = join(dir, 'mau.xlsx');
    expect(await admin('template', '--out', out)).toEqual({ code: 0, stdout: `template written: ${out}`, stderr: '' });
    const book = await readBack(await readFile(out));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Số liệu', 'Chỉ tiêu', 'Hướng dẫn']);
    expect(book.getWorksheet('Số liệu')?.actualRowCount).toBe(1);
  });

  it('import stores a good file, and the same file again changes nothing', async () => {
    const file = join(dir, 'nhap.xlsx');
    await writeFile(file, await figuresBook([figureRow('40', 'Từ 1/7/2025', 'Nghệ An', '2025', { ds: 3_400_000, bhyt: 3_200_000 })]));
    expect(await admin('import', file)).toMatchObject({ code: 0, stdout: expect.stringContaining('Số liệu: 1 mới, 0 thay đổi, 0 không đổi.') });
    expect(await admin('import', file, '--lang', 'en')).toMatchObject({ code: 0, stdout: expect.stringContaining('Figures: 0 new, 0 changed, 1 unchanged.') });
  });

  it('import exits 1 with every bad row, storing nothing', async () => {
    const file = join(dir, 'nhap.xlsx');
    await writeFile(file, await figuresBook([figureRow('40', 'Từ 1/7/2025', null, '2025', { ds: 1_000, bhyt: 2_000 })]));
    const version = await store.factsVersion();
    const result = await admin('import', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Trang 'Số liệu', dòng 2, cột 'Bảo hiểm y tế (bhyt)': bhyt (2.000) lớn hơn ds (1.000).");
    expect(await store.factsVersion()).toBe(version);
    expect(await admin('import', join(dir, 'missing.xlsx'))).toMatchObject({ code: 1, stderr: expect.stringContaining('file not found') });
    expect(await admin('import')).toMatchObject({ code: 2 });
  });

  it('export writes a unit with its sub-units and targets, which imports back unchanged', async () => {
    const out = join(dir, 'bk.xlsx');
    const result = await admin('export', '--unit', 'pre2025:06', '--from', '2021', '--to', '2030', '--out', out);
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^exported Tỉnh Bắc Kạn .* and \d+ unit\(s\) under it: \d+ indicator sheet\(s\), 0 row\(s\) of submitted figures, \d+ target\(s\) → /,
      ),
    });
    const back = await admin('import', out);
    expect(back.stdout).toMatch(/Chỉ tiêu: 0 mới, 0 thay đổi, \d+ không đổi\./);
    expect(await admin('export', '--unit', 'pre2025:06', '--from', '2025', '--to', '2021')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--from 2025 is after --to 2021'),
    });
  });
});
