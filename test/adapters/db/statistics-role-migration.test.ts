/**
 * The two migrations of the statistics role: the first adds the enum value, the second (a value is
 * usable only once the transaction that added it has committed) gives each stored schedule a
 * reporter role, focal points everywhere but the stored quarterly statistics, which pass to the
 * statistics office; the value is then one assignments and invites may hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../../../src/adapters/db/sql-executor.js';
import { type DatabaseBefore, databaseBefore } from '../../support/database-before.js';

const ADD_VALUE = '20261213090000_statistics_role';
const USE_VALUE = '20261213090001_schedule_reporter_role';

describe(`migrations ${ADD_VALUE} and ${USE_VALUE}`, () => {
  let before: DatabaseBefore;
  let db: SqlExecutor;
  beforeAll(async () => {
    before = await databaseBefore(ADD_VALUE);
    db = before.db;
    for (const [key, period] of [
      ['six_month', 'half_year'],
      ['quarterly_stats', 'quarter'],
      ['own_report', 'year'],
    ]) {
      await db.query(
        `INSERT INTO "reporting_schedule" ("key", "name", "period_type", "due_rule", "offsets_days", "audience_level", "updated_at")
         VALUES ($1, $1, $2, 'fixed:07-05', '{3}', 'commune', now())`,
        [key, period],
      );
    }
  });
  afterAll(() => before.close());

  it('apply one after the other, each in its own transaction', async () => {
    expect(await before.apply(ADD_VALUE, USE_VALUE)).toEqual([ADD_VALUE, USE_VALUE]);
  });

  it('give the stored quarterly statistics to the statistics office and every other schedule to focal points', async () => {
    const rows = await db.query('SELECT "key", "reporter_role" FROM "reporting_schedule" ORDER BY "key"');
    expect(rows.map((r) => [r.key, r.reporter_role])).toEqual([
      ['own_report', 'focal_point'],
      ['quarterly_stats', 'statistics'],
      ['six_month', 'focal_point'],
    ]);
  });

  it('make the role a value of the enum that assignments and invites use', async () => {
    const [row] = await db.query(`SELECT 'statistics'::"Role" AS "role"`);
    expect(row?.role).toBe('statistics');
  });
});
