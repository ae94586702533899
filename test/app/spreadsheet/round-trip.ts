/**
 * The export → import round trip on any Store: a province with its communes, a chat submission, an
 * earlier import, a document's figures and targets of every shape. Exporting and importing the file
 * again stores nothing and leaves every figure and target as it was; a cell edited in the file becomes
 * one new version.
 */
import { describe, expect, it } from 'vitest';
import { exportSpreadsheet } from '../../../src/app/spreadsheet/export-spreadsheet.js';
import { importSpreadsheet } from '../../../src/app/spreadsheet/import-spreadsheet.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import type { Store } from '../../../src/ports/store.js';
import type { UnitInput } from '../../../src/ports/unit-store.js';
import { readBack } from '../../spreadsheet/workbooks.js';

const NOW = new Date('2026-11-25T02:00:00Z');

function unit(level: 'province' | 'commune', code: string, name: string): UnitInput {
  return {
    structure: 'post2025',
    level,
    code,
    name,
    fullName: level === 'province' ? `Tỉnh ${name}` : `Xã ${name}`,
    type: level === 'province' ? 'Tỉnh' : 'Xã',
    typeCode: level === 'province' ? 'province' : 'commune',
    nameEn: name,
    codeName: name.toLowerCase(),
    parent: level === 'province' ? null : { level: 'province', code: '91' },
    validFrom: '2025-07-01',
    validTo: null,
  };
}

/** Registers the round trip on a store made by `open` (closed after). */
export function describeRoundTrip(name: string, open: () => Promise<{ store: Store; close(): Promise<void> }>): void {
  describe(`export → import round trip: ${name}`, () => {
    it('stores nothing and changes nothing; an edited cell becomes one new version', async () => {
      const { store, close } = await open();
      try {
        await store.importUnits([unit('province', '91', 'Thử Nghiệm'), unit('commune', '91001', 'Một'), unit('commune', '91002', 'Hai')]);
        const units = await store.listUnits();
        const [province, one, two] = ['91', '91001', '91002'].map((code) => units.find((u) => u.code === code && u.structure === 'post2025')!);
        const index = buildUnitIndex(units, []);
        const deps = { store, units: () => index };
        await store.createInvite({ code: 'RT0001', unitId: one!.id, role: 'focal_point', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
        const redeemed = await store.redeemInvite('RT0001', { channel: 'telegram', userId: '77', displayName: 'Chị Lan' }, NOW);
        if (!redeemed.ok) throw new Error('invite refused');
        await store.saveSubmission({
          recordedAt: NOW.toISOString(),
          unitId: one!.id,
          period: '2026-6M',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          counts: { ld: 1_800, bb: 412, tn: 31, bhyt: 2_100, ds: 2_500 },
          personId: redeemed.person.id,
          channel: 'telegram',
          messageKey: 'telegram/77/1',
          rawText: 'nop 6T/2026 ld 1800 bb 412 tn 31 bhyt 2100 ds 2500',
          onTime: true,
        });
        await store.importFile({
          file: { name: 'earlier.xlsx', sha256: 'ef'.repeat(32) },
          recordedAt: NOW.toISOString(),
          personId: null,
          channel: null,
          figures: [{ unitId: two!.id, period: '2025', periodStart: '2025-01-01', periodEnd: '2025-12-31', counts: { huu: 700, sth: 900 }, origin: 'earlier' }],
          targets: [
            {
              unitId: province!.id,
              indicator: 'bhxh',
              year: 2026,
              percent: 41.2345,
              basis: 'labour_force',
              kind: 'assigned',
              sourceDocument: '01/NQ-CP',
              sourceDate: '2026-01-08',
              label: { vi: 'Nghị quyết 01', en: 'Resolution 01' },
              note: 'ghi chú',
            },
            {
              unitId: province!.id,
              indicator: 'hai_long',
              year: 2030,
              percent: 90,
              basis: 'none',
              kind: 'party_resolution',
              sourceDocument: 'NQ ĐH',
              sourceDate: null,
              label: null,
              note: null,
            },
            {
              unitId: one!.id,
              indicator: 'bhyt',
              year: 2026,
              percent: 95.5,
              basis: null,
              kind: 'plan',
              sourceDocument: '12/KH-UBND',
              sourceDate: null,
              label: null,
              note: null,
            },
          ],
        });
        await store.saveDocumentReport({
          unit: { structure: 'post2025', level: 'province', code: '91' },
          period: '2025',
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          asOf: null,
          counts: {},
          rates: [{ indicator: 'bhxh', percent: 38.5, numerator: null, denominator: null, denominatorNote: null, basis: 'labour_force' }],
          fulfilment: [],
          sourceDocument: '99/BC-UBND',
          sourceDate: '2026-01-15',
          sourceLabel: null,
          sourceNote: null,
        });
        const ids = units.map((u) => u.id);
        const before = { reports: await store.findReports(ids), targets: await store.findTargets(ids), version: await store.factsVersion() };

        const exported = await exportSpreadsheet(deps, { unit: province!, from: null, to: null });
        const back = await readBack(exported.bytes);
        expect(back.worksheets.map((w) => w.name)).toEqual([
          'BHXH',
          'BHXH bắt buộc',
          'BHXH tự nguyện',
          'BHYT',
          'Hưởng lương hưu, trợ cấp',
          'Mức độ hài lòng',
          'Số liệu',
          'Chỉ tiêu',
          'Hướng dẫn',
        ]);
        const request = { fileName: exported.fileName, scope: 'all' as const, language: 'vi' as const, personId: null, channel: null, now: NOW };
        const again = await importSpreadsheet(deps, { ...request, bytes: exported.bytes });
        expect(again.stored).toEqual({ figures: { created: 0, changed: 0, unchanged: 2 }, targets: { created: 0, changed: 0, unchanged: 3 } });
        expect(await store.findReports(ids)).toEqual(before.reports);
        expect(await store.findTargets(ids)).toEqual(before.targets);
        expect(await store.factsVersion()).toBe(before.version);

        // An official edits one count in Excel or LibreOffice and sends the file back.
        const sheet = back.getWorksheet('Số liệu')!;
        const row = [2, 3].find((r) => sheet.getCell(r, 1).text === '91001')!;
        expect(sheet.getCell(row, 7).value).toBe(412);
        sheet.getCell(row, 7).value = 420;
        const edited = new Uint8Array(await back.xlsx.writeBuffer());
        const changed = await importSpreadsheet(deps, { ...request, fileName: 'edited.xlsx', bytes: edited });
        expect(changed.stored?.figures).toEqual({ created: 0, changed: 1, unchanged: 1 });
        const history = await store.submissionHistory(one!.id, '2026-6M');
        expect(history.map((v) => [v.version, v.status, v.source.kind, v.counts.bb])).toEqual([
          [2, 'active', 'import', 420],
          [1, 'superseded', 'submission', 412],
        ]);
      } finally {
        await close();
      }
    }, 60_000);
  });
}
