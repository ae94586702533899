/**
 * `admin doctor` on the test PostgreSQL: a migrated database, one never migrated, one whose migration
 * failed half-way, and a database name that does not exist. The doctor changes none of them.
 */
import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../../src/adapters/db/open-database.js';
import { runDoctor } from '../../src/composition/doctor/doctor.js';
import { formatLine } from '../../src/composition/doctor/report.js';
import { dropPostgresDatabase, freshPostgresUrl } from '../support/postgres.js';

const COMMITTED = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).length;
const made: string[] = [];

afterAll(async () => {
  for (const url of made) await dropPostgresDatabase(url);
});

async function fresh(migrated: boolean): Promise<string> {
  const url = await freshPostgresUrl();
  made.push(url);
  if (migrated) await (await openDatabase({ databaseUrl: url, dataDir: '' })).close();
  return url;
}

/** The Database and Migrations lines for a DATABASE_URL. */
async function doctor(databaseUrl: string): Promise<string[]> {
  const lines = await runDoctor({ DATABASE_URL: databaseUrl }, () => undefined, { timeoutMs: 5_000, now: Date.now() });
  return lines.filter((line) => line.piece === 'Database' || line.piece === 'Migrations').map(formatLine);
}

async function sql(url: string, text: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('admin doctor on PostgreSQL', () => {
  it('says a migrated database answers and has every migration', async () => {
    const url = await fresh(true);
    const where = url.replace(/^postgresql:\/\/[^@]*@/, 'postgresql://');
    const [database, migrations] = await doctor(url);
    expect(database).toMatch(new RegExp(`^✓ Database: PostgreSQL \\d+(\\.\\d+)? at ${where.replace(/[.]/g, '\\.')} answers$`));
    expect(migrations).toMatch(new RegExp(`^✓ Migrations: all ${COMMITTED} applied \\(latest \\d{14}_\\w+\\)$`));
  });

  it('says a database never migrated lacks every migration, and creates nothing in it', async () => {
    const url = await fresh(false);
    const [database, migrations] = await doctor(url);
    expect(database).toMatch(/^✓ Database: PostgreSQL /);
    expect(migrations).toMatch(
      new RegExp(
        `^✗ Migrations: ${COMMITTED} of ${COMMITTED} not applied yet \\(20261125000000_init, 20261125120000_reminders, ` +
          `20261203090000_facts_version and ${COMMITTED - 3} more\\)\\. Start the service: it applies them at start`,
      ),
    );
    expect(await sql(url, `SELECT to_regclass('"_prisma_migrations"') AS t`)).toEqual([{ t: null }]);
  });

  it('names a migration that failed half-way', async () => {
    const url = await fresh(true);
    await sql(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
      VALUES ('00000000-0000-0000-0000-000000000001', 'x', '29990101000000_broken', now(), 0)`,
    );
    const [, migrations] = await doctor(url);
    expect(migrations).toMatch(/^✗ Migrations: 29990101000000_broken failed half-way and was not rolled back, so the service refuses to start\./);
  });

  it('says a database that does not exist does not', async () => {
    const url = new URL(await fresh(false));
    url.pathname = '/baophu_no_such_database';
    const [database, migrations] = await doctor(url.toString());
    expect(database).toMatch(
      /^✗ Database: PostgreSQL at postgresql:\/\/127\.0\.0\.1:\d+\/baophu_no_such_database \(DATABASE_URL\): database "baophu_no_such_database" does not exist: create it \(createdb\) or correct the database name at the end of DATABASE_URL\.$/,
    );
    expect(migrations).toBe('– Migrations: not checked (no database to read them from)');
  });
});
