/**
 * The figures' version comes from database triggers, so it moves with every writer: the service, the
 * admin CLI, a hand-written statement. Two replicas with their own figures caches on one PostgreSQL
 * database show each other's writes on the next read.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFiguresCache } from '../../../src/adapters/db/figures-cache.js';
import { type Database, openDatabase } from '../../../src/adapters/db/open-database.js';
import { createPrismaStore } from '../../../src/adapters/db/prisma-store.js';
import type { DocumentReportInput } from '../../../src/ports/figures-store.js';
import type { Store } from '../../../src/ports/store.js';
import { makeSubmission, makeTarget, makeUnits, registerPerson } from '../../ports/store-fixtures.js';
import { dropPostgresDatabase, freshPostgresUrl } from '../../support/postgres.js';

const PROVINCE = { structure: 'pre2025' as const, level: 'province' as const, code: 'FV' };

const REPORT: DocumentReportInput = {
  unit: PROVINCE,
  period: '2025-6M',
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  asOf: null,
  counts: { ld: 1_000 },
  rates: [{ indicator: 'bhxh', percent: 20, numerator: 200, denominator: 1_000, denominatorNote: null, basis: null }],
  fulfilment: [],
  sourceDocument: '156/KH-UBND',
  sourceDate: '2025-07-10',
  sourceLabel: null,
  sourceNote: null,
};

interface Opened {
  readonly db: Database;
  close(): Promise<void>;
}

const BACKENDS: readonly { name: string; open(): Promise<Opened & { another?: () => Promise<Database> }> }[] = [
  {
    name: 'PGlite',
    async open() {
      const dataDir = await mkdtemp(join(tmpdir(), 'baophu-facts-'));
      const db = await openDatabase({ dataDir });
      return {
        db,
        close: async () => {
          await db.close();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const databaseUrl = await freshPostgresUrl();
      const db = await openDatabase({ databaseUrl, dataDir: '' });
      const others: Database[] = [];
      return {
        db,
        another: async () => {
          const other = await openDatabase({ databaseUrl, dataDir: '' });
          others.push(other);
          return other;
        },
        async close() {
          for (const other of others) await other.close();
          await db.close();
          await dropPostgresDatabase(databaseUrl);
        },
      };
    },
  },
];

for (const backend of BACKENDS) {
  describe(`the figures' version on ${backend.name}`, () => {
    let opened: Awaited<ReturnType<(typeof BACKENDS)[number]['open']>>;
    let store: Store;
    let unitId: number;
    let personId: number;

    beforeAll(async () => {
      opened = await backend.open();
      store = createPrismaStore(opened.db);
      [unitId] = (await makeUnits(store, 'FV')) as [number];
      await store.saveDocumentReport(REPORT);
      await store.saveTarget(makeTarget(PROVINCE, { basis: null, sourceDate: null }));
      personId = (await registerPerson(store, unitId, 'fv-1', 'Chị Lan')).id;
      await store.saveSubmission(makeSubmission(unitId, personId, { period: '2025-9M', periodEnd: '2025-09-30' }));
    });
    afterAll(async () => {
      await opened?.close();
    });

    const sql = (text: string) => opened.db.statements.run({ name: `facts_test_${createHash('sha1').update(text).digest('hex')}`, text }, []);

    it.each([
      ['a rate', 'UPDATE report_rate SET percent = percent + 1'],
      ['a count', 'UPDATE report_count SET value = value + 1'],
      ['a report', `UPDATE report SET source_note = 'sửa tay'`],
      ['a target', 'UPDATE target SET percent = percent + 1'],
      ["a submitter's name", `UPDATE person SET display_name = 'Chị Lan (xã)'`],
      ['a deleted target', 'DELETE FROM target'],
    ])('changes when %s is changed by hand', async (_what, statement) => {
      const before = await store.factsVersion();
      await sql(statement);
      expect(await store.factsVersion()).not.toBe(before);
    });

    it("stays the same when nothing about figures changes (a person's language, reads)", async () => {
      const before = await store.factsVersion();
      await store.setLanguage(personId, 'en');
      await store.findReports([unitId]);
      expect(await store.factsVersion()).toBe(before);
    });

    it('shows a changed figure through the cache on the next read', async () => {
      const cached = withFiguresCache(store);
      const percent = async () => (await cached.findReports([unitId])).find((r) => r.source.kind === 'document')?.rates[0]?.percent;
      const before = await percent();
      await sql('UPDATE report_rate SET percent = percent + 1');
      expect(await percent()).toBe((before ?? 0) + 1);
    });

    if (backend.name === 'PostgreSQL') {
      it("shows one replica's submission and undo through another replica's cache at once", async () => {
        const other = withFiguresCache(createPrismaStore(await opened.another!()));
        const submitted = () => other.findReports([unitId]).then((rows) => rows.filter((r) => r.period === '2025-Q3'));
        expect(await submitted()).toEqual([]);
        const saved = await store.saveSubmission(
          makeSubmission(unitId, personId, {
            period: '2025-Q3',
            periodStart: '2025-07-01',
            periodEnd: '2025-09-30',
            counts: { bb: 77 },
          }),
        );
        expect((await submitted()).map((r) => r.counts.bb)).toEqual([77]);
        await store.withdrawSubmission(saved.version.id);
        expect(await submitted()).toEqual([]);
      });
    }
  });
}
