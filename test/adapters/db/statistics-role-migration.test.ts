/**
 * The two migrations of the statistics role: the first adds the enum value, the second (a value is
 * usable only once the transaction that added it has committed) gives each stored schedule a
 * reporter role, focal points everywhere but the stored quarterly statistics, which pass to the
 * statistics office; the value is then one assignments and invites may hold.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/adapters/db/migrate.js';
import { DEFAULT_MIGRATIONS_DIR } from '../../../src/adapters/db/open-database.js';
import { pgliteExecutor, type SqlExecutor } from '../../../src/adapters/db/sql-executor.js';

const ADD_VALUE = '20261213090000_statistics_role';
const USE_VALUE = '20261213090001_schedule_reporter_role';

describe(`migrations ${ADD_VALUE} and ${USE_VALUE}`, () => {
  let pglite: PGlite;
  let db: SqlExecutor;
  let dir: string;
  const copy = async (names: readonly string[]) => {
    for (const name of names) await cp(join(DEFAULT_MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
  };
  beforeAll(async () => {
    pglite = await PGlite.create();
    db = pgliteExecutor(pglite);
    dir = await mkdtemp(join(tmpdir(), 'baophu-statistics-'));
    const earlier = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && e.name < ADD_VALUE).map((e) => e.name);
    await copy(earlier);
    await applyMigrations(db, dir);
    for (const [key, period] of [['six_month', 'half_year'], ['quarterly_stats', 'quarter'], ['own_report', 'year']]) {
      await db.query(
        `INSERT INTO "reporting_schedule" ("key", "name", "period_type", "due_rule", "offsets_days", "audience_level", "updated_at")
         VALUES ($1, $1, $2, 'fixed:07-05', '{3}', 'commune', now())`,
        [key, period],
      );
    }
    await copy([ADD_VALUE, USE_VALUE]);
  });
  afterAll(async () => {
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('apply one after the other, each in its own transaction', async () => {
    expect((await applyMigrations(db, dir)).applied).toEqual([ADD_VALUE, USE_VALUE]);
  });

  it('give the stored quarterly statistics to the statistics office and every other schedule to focal points', async () => {
    const rows = await db.query('SELECT "key", "reporter_role" FROM "reporting_schedule" ORDER BY "key"');
    expect(rows.map((r) => [r.key, r.reporter_role])).toEqual([
      ['own_report', 'focal_point'], ['quarterly_stats', 'statistics'], ['six_month', 'focal_point'],
    ]);
  });

  it('make the role a value of the enum that assignments and invites use', async () => {
    const [row] = await db.query(`SELECT 'statistics'::"Role" AS "role"`);
    expect(row?.role).toBe('statistics');
  });
});
