/**
 * The migration that adds reporting_schedule.source fills in the documents' wording for the default
 * schedules a database already holds, exactly as the defaults carry it, and leaves a six-month rule a
 * province moved, and any other schedule, without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../../../src/adapters/db/sql-executor.js';
import { parseScheduleSource, periodTypeOf } from '../../../src/core/calendar/index.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';
import { type DatabaseBefore, databaseBefore } from '../../support/database-before.js';

const MIGRATION = '20261212090000_schedule_source';

describe(`migration ${MIGRATION}`, () => {
  let before: DatabaseBefore;
  let db: SqlExecutor;
  beforeAll(async () => {
    before = await databaseBefore(MIGRATION);
    db = before.db;
    // The rules the defaults had when this migration was written (the document's named day, and the
    // days later dropped); the six-month report stored as a province moved it.
    const then: Readonly<Record<string, string>> = {
      six_month: 'fixed:07-10',
      annual: 'fixed:12-20',
      monthly: 'in-last-month:20',
      quarterly_stats: 'in-next-month:15',
    };
    for (const s of DEFAULT_REPORTING_SCHEDULES) {
      const rule = then[s.key] ?? '';
      await db.query(
        `INSERT INTO "reporting_schedule" ("key", "name", "period_type", "due_rule", "offsets_days", "audience_level", "updated_at")
         VALUES ($1, $2, $3, $4, '{3}', 'commune', now())`,
        [s.key, s.nameVi, periodTypeOf(s.periodKind), rule],
      );
    }
    await db.query(`INSERT INTO "reporting_schedule" ("key", "name", "period_type", "due_rule", "offsets_days", "audience_level", "updated_at")
      VALUES ('own_report', 'Báo cáo riêng', 'year', 'fixed:11-30', '{3}', 'commune', now())`);
    await before.apply(MIGRATION);
  });
  afterAll(() => before.close());

  const sourceOf = async (key: string) => {
    const [row] = await db.query('SELECT "source" FROM "reporting_schedule" WHERE "key" = $1', [key]);
    return row?.source ?? null;
  };

  it('gives the stored defaults their documents, as the defaults carry them', async () => {
    for (const s of DEFAULT_REPORTING_SCHEDULES.filter((d) => d.key !== 'six_month')) {
      expect(parseScheduleSource(await sourceOf(s.key))).toEqual(s.source);
    }
  });

  it('leaves a moved rule and a province’s own schedule without a document', async () => {
    expect(await sourceOf('six_month')).toBeNull();
    expect(await sourceOf('own_report')).toBeNull();
  });
});
