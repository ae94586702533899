/**
 * The FileImportStore part of the Store contract: a file's figures become the next versions of the
 * submission series with the file as their source, its targets are kept by key, the same rows again
 * write nothing, and a file that fails part-way leaves nothing behind.
 */
import { describe, expect, it } from 'vitest';
import type { FiguresStore } from '../../src/ports/figures-store.js';
import type { FileImportInput, FileImportStore, ImportedFigures, ImportedTarget } from '../../src/ports/file-import-store.js';
import type { PeopleStore } from '../../src/ports/people-store.js';
import type { SubmissionStore } from '../../src/ports/submission-store.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { makeSubmission, makeUnits, NOW, registerPerson } from './store-fixtures.js';

const FILE = { name: 'nhap-lieu.xlsx', sha256: 'ab'.repeat(32) };

function figures(unitId: number, overrides: Partial<ImportedFigures> = {}): ImportedFigures {
  return {
    unitId,
    period: '2024',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    counts: { ld: 180_000, bb: 41_200, tn: 3_150 },
    origin: 'nhap-lieu.xlsx / Số liệu / 2',
    ...overrides,
  };
}

function target(unitId: number, overrides: Partial<ImportedTarget> = {}): ImportedTarget {
  return {
    unitId,
    indicator: 'bhxh',
    year: 2025,
    percent: 41.5,
    basis: 'labour_force',
    kind: 'assigned',
    sourceDocument: '01/NQ-CP',
    sourceDate: '2025-01-08',
    label: { vi: 'Nghị quyết 01/NQ-CP', en: 'Resolution 01/NQ-CP' },
    note: null,
    ...overrides,
  };
}

function input(rows: Partial<FileImportInput>): FileImportInput {
  return { file: FILE, recordedAt: NOW.toISOString(), personId: null, channel: null, figures: [], targets: [], ...rows };
}

/** Registers the FileImportStore tests; `store` gives the suite's store once it is open. */
export function describeFileImportContract(store: () => UnitStore & FiguresStore & FileImportStore & PeopleStore & SubmissionStore): void {
  describe('importFile', () => {
    it('stores new figures as version 1 of the submission series, with the file as their source', async () => {
      const [unitId] = (await makeUnits(store(), 'FI1')) as [number];
      const result = await store().importFile(input({ figures: [figures(unitId)], targets: [target(unitId)] }));
      expect(result).toEqual({ figures: { created: 1, changed: 0, unchanged: 0 }, targets: { created: 1, changed: 0, unchanged: 0 } });
      const [report] = await store().findReports([unitId]);
      expect(report).toMatchObject({
        period: '2024',
        asOf: '2024-12-31',
        counts: { ld: 180_000, bb: 41_200, tn: 3_150 },
        version: 1,
        createdAt: NOW.toISOString(),
        source: { kind: 'import', document: 'nhap-lieu.xlsx', note: `sha256:${FILE.sha256}`, date: '2025-07-01', submittedBy: null, channel: null },
      });
      expect(await store().findSubmission(unitId, '2024')).toMatchObject({ version: 1, status: 'active' });
      const [stored] = await store().findTargets([unitId]);
      expect(stored).toMatchObject({
        indicator: 'bhxh',
        year: 2025,
        percent: 41.5,
        basis: 'labour_force',
        kind: 'assigned',
        label: { vi: 'Nghị quyết 01/NQ-CP' },
      });
    });

    it('changes nothing when the same rows are imported again', async () => {
      const [unitId] = (await makeUnits(store(), 'FI2')) as [number];
      const rows = input({ figures: [figures(unitId), figures(unitId, { period: '2024-6M', periodEnd: '2024-06-30' })], targets: [target(unitId)] });
      await store().importFile(rows);
      const version = await store().factsVersion();
      const again = await store().importFile({ ...rows, file: { name: 'other-name.xlsx', sha256: 'cd'.repeat(32) } });
      expect(again).toEqual({ figures: { created: 0, changed: 0, unchanged: 2 }, targets: { created: 0, changed: 0, unchanged: 1 } });
      expect(await store().submissionHistory(unitId, '2024')).toHaveLength(1);
      expect(await store().factsVersion()).toBe(version);
    });

    it('makes a changed row the next version, superseding a chat submission, and updates a changed target', async () => {
      const [unitId] = (await makeUnits(store(), 'FI3')) as [number];
      const person = await registerPerson(store(), unitId, 'admin-FI3', 'Admin FI3', 'admin');
      await store().saveSubmission(makeSubmission(unitId, person.id, { period: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31' }));
      await store().importFile(input({ targets: [target(unitId)] }));
      const result = await store().importFile(
        input({
          personId: person.id,
          channel: 'telegram',
          figures: [figures(unitId, { counts: { ld: 181_000 } })],
          targets: [target(unitId, { percent: 42 })],
        }),
      );
      expect(result).toEqual({ figures: { created: 0, changed: 1, unchanged: 0 }, targets: { created: 0, changed: 1, unchanged: 0 } });
      const history = await store().submissionHistory(unitId, '2024');
      expect(history.map((v) => [v.version, v.status, v.source.kind])).toEqual([
        [2, 'active', 'import'],
        [1, 'superseded', 'submission'],
      ]);
      expect(history[0]).toMatchObject({ counts: { ld: 181_000 }, submittedById: person.id, source: { submittedBy: 'Admin FI3', channel: 'telegram' } });
      expect((await store().findTargets([unitId]))[0]?.percent).toBe(42);
    });

    it('stores nothing when its audit event cannot be stored', async () => {
      const [unitId] = (await makeUnits(store(), 'FI5')) as [number];
      const audit = () => ({
        at: NOW.toISOString(),
        action: 'import',
        channel: null,
        actorId: 987_654_321,
        unitId: null,
        reportId: null,
        rawText: 'x',
        details: null,
      });
      await expect(store().importFile(input({ figures: [figures(unitId)], targets: [target(unitId)], audit }))).rejects.toThrow();
      expect(await store().findReports([unitId])).toEqual([]);
      expect(await store().findTargets([unitId])).toEqual([]);
    });

    it('stores nothing of a file whose rows fail part-way', async () => {
      const [unitId] = (await makeUnits(store(), 'FI4')) as [number];
      const rows = input({ figures: [figures(unitId), figures(987_654_321)], targets: [target(unitId)] });
      await expect(store().importFile(rows)).rejects.toThrow();
      expect(await store().findReports([unitId])).toEqual([]);
      expect(await store().findTargets([unitId])).toEqual([]);
    });
  });
}
