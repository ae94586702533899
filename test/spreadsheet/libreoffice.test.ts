/**
 * An export opened and saved again by LibreOffice (headless, as an official's office suite would
 * write it: its own shared strings, styles and number formats) imports back unchanged. Runs where
 * LibreOffice is installed (`soffice` on the PATH); skipped elsewhere, as in CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpreadsheet } from '../../src/app/spreadsheet/export-spreadsheet.js';
import { importSpreadsheet } from '../../src/app/spreadsheet/import-spreadsheet.js';
import { makeWorld } from '../support/submission-world.js';
import { figureRow, figuresBook } from './workbooks.js';

function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

describe.runIf(hasLibreOffice())('a workbook saved again by LibreOffice', () => {
  it('imports back with nothing changed', async () => {
    const world = await makeWorld();
    const deps = { store: world.store, units: world.directory.current };
    const request = { scope: 'all' as const, language: 'vi' as const, personId: null, channel: null, now: world.clock.now() };
    const rows = [figureRow('40', 'Từ 1/7/2025', 'Nghệ An', '6T/2026', { ld: 1_800_000, bb: 412_000, tn: 31_500 })];
    const targets = [
      ['40', 'Từ 1/7/2025', null, 'BHYT', 2026, 95.25, 'Dân số', 'Được giao', '01/NQ-CP', new Date('2026-01-08T00:00:00Z'), 'Nghị quyết 01', 'Resolution 01'],
    ];
    expect((await importSpreadsheet(deps, { ...request, fileName: 'a.xlsx', bytes: await figuresBook(rows, targets) })).stored?.figures.created).toBe(1);
    const nghean = world.directory.current().units.find((u) => u.structure === 'post2025' && u.level === 'province' && u.code === '40')!;
    const exported = await exportSpreadsheet(deps, { unit: nghean, from: null, to: null });

    const dir = await mkdtemp(join(tmpdir(), 'baophu-lo-'));
    try {
      await writeFile(join(dir, 'export.xlsx'), exported.bytes);
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      execFileSync('soffice', [profile, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'export.xlsx')], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const saved = new Uint8Array(await readFile(join(dir, 'out', 'export.xlsx')));
      expect(Buffer.compare(Buffer.from(saved), Buffer.from(exported.bytes))).not.toBe(0);
      const back = await importSpreadsheet(deps, { ...request, fileName: 'export.xlsx', bytes: saved });
      expect(back.stored).toEqual({ figures: { created: 0, changed: 0, unchanged: 1 }, targets: { created: 0, changed: 0, unchanged: 1 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
