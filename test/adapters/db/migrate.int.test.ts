/**
 * The start-up migrator: applies pending migrations once, records them as `prisma migrate deploy`
 * does, refuses edited migrations, rolls back a failing one and tolerates two processes at once.
 */
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/adapters/db/migrate.js';
import { MigrationError } from '../../../src/adapters/db/migration-error.js';
import { DEFAULT_MIGRATIONS_DIR } from '../../../src/adapters/db/open-database.js';
import { type EmptyDatabase, MIGRATION_BACKENDS } from '../../support/migration-backends.js';

const INIT = '20261125000000_init';
/** Every committed migration, in the order they apply. */
const COMMITTED = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe.each(MIGRATION_BACKENDS)('applyMigrations on $name', (backend) => {
  let database: EmptyDatabase;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'baophu-migrations-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await database?.close();
  });

  /** A private copy of the committed migrations that a test may change. */
  async function copyOfMigrations(name: string): Promise<string> {
    const target = join(dir, name);
    await cp(DEFAULT_MIGRATIONS_DIR, target, { recursive: true });
    return target;
  }

  it('applies the migrations once and records them like prisma migrate deploy', async () => {
    database = await backend.open();
    expect(await applyMigrations(database.db, DEFAULT_MIGRATIONS_DIR)).toEqual({ applied: COMMITTED });
    expect(await applyMigrations(database.db, DEFAULT_MIGRATIONS_DIR)).toEqual({ applied: [] });

    const rows = await database.db.query('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    const file = await readFile(join(DEFAULT_MIGRATIONS_DIR, INIT, 'migration.sql'));
    expect(rows.map((r) => r.migration_name)).toEqual(COMMITTED);
    const row = rows[0]!;
    expect(row).toMatchObject({
      migration_name: INIT,
      checksum: createHash('sha256').update(file).digest('hex'),
      applied_steps_count: 1,
      logs: null,
      rolled_back_at: null,
    });
    expect(String(row.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.finished_at).toBeInstanceOf(Date);
    expect((row.finished_at as Date).getTime()).toBeGreaterThanOrEqual((row.started_at as Date).getTime());
  });

  it('creates _prisma_migrations with the columns Prisma uses', async () => {
    database = await backend.open();
    await applyMigrations(database.db, DEFAULT_MIGRATIONS_DIR);
    const columns = await database.db.query(`
      SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
      FROM pg_attribute a WHERE a.attrelid = '"_prisma_migrations"'::regclass AND a.attnum > 0 ORDER BY a.attnum`);
    expect(columns).toEqual([
      { name: 'id', type: 'character varying(36)', not_null: true },
      { name: 'checksum', type: 'character varying(64)', not_null: true },
      { name: 'finished_at', type: 'timestamp with time zone', not_null: false },
      { name: 'migration_name', type: 'character varying(255)', not_null: true },
      { name: 'logs', type: 'text', not_null: false },
      { name: 'rolled_back_at', type: 'timestamp with time zone', not_null: false },
      { name: 'started_at', type: 'timestamp with time zone', not_null: true },
      { name: 'applied_steps_count', type: 'integer', not_null: true },
    ]);
  });

  it('refuses to start when an applied migration file was edited', async () => {
    database = await backend.open();
    const migrations = await copyOfMigrations(`tampered-${backend.name}`);
    await applyMigrations(database.db, migrations);
    await appendFile(join(migrations, INIT, 'migration.sql'), '\n-- edited afterwards\n');
    const attempt = applyMigrations(database.db, migrations);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toMatchObject({ code: 'checksum_mismatch', migration: INIT });
  });

  it('applies a later migration and rolls back one that fails', async () => {
    database = await backend.open();
    const migrations = await copyOfMigrations(`later-${backend.name}`);
    await applyMigrations(database.db, migrations);

    await mkdir(join(migrations, '20261201000000_broken'));
    await writeFile(join(migrations, '20261201000000_broken', 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT no_such_function();\n');
    await expect(applyMigrations(database.db, migrations)).rejects.toMatchObject({ code: 'apply_failed' });
    expect(await database.db.query(`SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);
    expect(await database.db.query('SELECT migration_name FROM "_prisma_migrations"')).toHaveLength(COMMITTED.length);

    await writeFile(join(migrations, '20261201000000_broken', 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\n');
    expect(await applyMigrations(database.db, migrations)).toEqual({ applied: ['20261201000000_broken'] });
  });

  it.runIf(backend.name === 'PostgreSQL')('applies each migration once when two processes start together', async () => {
    database = await backend.open();
    const sessions = await Promise.all([database.openSession!(), database.openSession!()]);
    try {
      const results = await Promise.all(sessions.map((s) => applyMigrations(s.db, DEFAULT_MIGRATIONS_DIR)));
      expect(results.flatMap((r) => r.applied).sort()).toEqual(COMMITTED);
      expect(await database.db.query('SELECT migration_name FROM "_prisma_migrations"')).toHaveLength(COMMITTED.length);
    } finally {
      await Promise.all(sessions.map((s) => s.close()));
    }
  });
});
