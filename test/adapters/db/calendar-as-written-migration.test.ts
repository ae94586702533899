/**
 * Migration 20261214090000_calendar_as_written on a database that holds the old defaults: the
 * national six-month and annual reports move from the day 1736/QĐ-UBND names to the last day on time
 * (5 July → 4 July, 20 December → 19 December); the monthly figures and the statistics office's lose
 * the days the bot had invented and are switched off; a day a province chose, and any other rule,
 * stay as they were; stored holidays stay days off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../../../src/adapters/db/sql-executor.js';
import { type DatabaseBefore, databaseBefore } from '../../support/database-before.js';

const MIGRATION = '20261214090000_calendar_as_written';

describe(`migration ${MIGRATION}`, () => {
  let before: DatabaseBefore;
  let db: SqlExecutor;
  beforeAll(async () => {
    before = await databaseBefore(MIGRATION);
    db = before.db;
    const [province] = await db.query(`INSERT INTO "unit" ("structure", "level", "code", "name", "full_name", "type", "type_code", "name_en", "code_name")
      VALUES ('post2025', 'province', '40', 'Nghệ An', 'Tỉnh Nghệ An', 'Tỉnh', 'province', 'Nghe An', 'nghe_an') RETURNING "id"`);
    const rows: [string, string, string, number | null][] = [
      ['six_month', 'half_year', 'fixed:07-05', null],
      ['annual', 'year', 'fixed:12-20', null],
      ['monthly', 'month', 'in-last-month:20', null],
      ['quarterly_stats', 'quarter', 'in-next-month:15', null],
      [`annual@${String(province?.id)}`, 'year', 'fixed:12-20', Number(province?.id)],
      ['own_monthly', 'month', 'in-last-month:25', null],
    ];
    for (const [key, period, rule, provinceId] of rows) {
      await db.query(
        `INSERT INTO "reporting_schedule" ("key", "name", "period_type", "due_rule", "offsets_days", "audience_level", "province_id", "updated_at")
         VALUES ($1, $1, $2, $3, '{3}', 'commune', $4, now())`,
        [key, period, rule, provinceId],
      );
    }
    await db.query(`INSERT INTO "holiday" ("date", "name") VALUES ('2026-07-03', 'Nghỉ bù')`);
  });
  afterAll(() => before.close());

  it('applies', async () => {
    expect(await before.apply(MIGRATION)).toEqual([MIGRATION]);
  });

  it('moves the national defaults to the last day on time and switches off the invented days, leaving the rest', async () => {
    const rows = await db.query('SELECT "key", "due_rule", "active" FROM "reporting_schedule" ORDER BY "id"');
    expect(rows.map((r) => [r.key, r.due_rule, r.active])).toEqual([
      ['six_month', 'fixed:07-04', true],
      ['annual', 'fixed:12-19', true],
      ['monthly', 'none', false],
      ['quarterly_stats', 'none', false],
      [expect.stringMatching(/^annual@\d+$/), 'fixed:12-20', true],
      ['own_monthly', 'in-last-month:25', true],
    ]);
  });

  it('keeps stored holidays as days off', async () => {
    const [row] = await db.query(`SELECT "off" FROM "holiday" WHERE "date" = '2026-07-03'`);
    expect(row?.off).toBe(true);
  });
});
