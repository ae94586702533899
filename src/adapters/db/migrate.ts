/**
 * Applies the committed migrations in prisma/migrations at start-up, so that neither the Prisma CLI
 * nor its native schema engine is needed in production. Bookkeeping is the same as
 * `prisma migrate deploy`: one row per migration in `_prisma_migrations`, checksum = sha256 of the file,
 * so a database migrated here can later be handled by the Prisma CLI and vice versa.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MigrationError } from './migration-error.js';
import type { SqlExecutor } from './sql-executor.js';

/** The same key as the Prisma CLI's, so the CLI and this migrator never run at the same time. */
const ADVISORY_LOCK_KEY = 72707369;

/** The table exactly as the Prisma schema engine creates it on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

/** A migration folder as read from disk. */
export interface MigrationFile {
  /** Folder name, e.g. "20261125000000_init". */
  readonly name: string;
  readonly script: string;
  /** Lower-case hex sha256 of the migration.sql bytes. */
  readonly checksum: string;
}

/** What a run did. */
export interface MigrateResult {
  /** Names of the migrations applied by this run, in order; empty when the database was up to date. */
  readonly applied: readonly string[];
}

/** Reads every `<folder>/migration.sql` under `migrationsDir`, sorted by folder name. */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const bytes = await readFile(join(migrationsDir, name, 'migration.sql'));
      return { name, script: bytes.toString('utf8'), checksum: sha256(bytes) };
    }),
  );
}

/**
 * Applies the pending migrations of `migrationsDir`, each in its own transaction, under a session-level
 * advisory lock so that two processes starting together apply each migration once. Refuses to start
 * when an applied migration's file has changed or a previous attempt failed half-way.
 */
export async function applyMigrations(db: SqlExecutor, migrationsDir: string): Promise<MigrateResult> {
  const migrations = await readMigrations(migrationsDir);
  await db.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  try {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await db.query('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL');
    const applied = new Map<string, string>();
    for (const row of rows) {
      const name = String(row.migration_name);
      if (row.finished_at === null) {
        throw new MigrationError('failed_migration', name, `Migration ${name} failed earlier and was not rolled back; resolve it before starting.`);
      }
      applied.set(name, String(row.checksum));
    }
    const done: string[] = [];
    for (const migration of migrations) {
      const recorded = applied.get(migration.name);
      if (recorded !== undefined) {
        assertChecksum(migration, recorded);
        continue;
      }
      await applyOne(db, migration);
      done.push(migration.name);
    }
    return { applied: done };
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
  }
}

async function applyOne(db: SqlExecutor, migration: MigrationFile): Promise<void> {
  await db.exec('BEGIN');
  try {
    const id = randomUUID();
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await db.exec(migration.script);
    await db.query('UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1', [id]);
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK');
    throw new MigrationError('apply_failed', migration.name, `Migration ${migration.name} failed and was rolled back: ${String(error)}`, { cause: error });
  }
}

/** What a database holds against the committed migrations (`doctor`), each list in folder order. */
export interface MigrationStatus {
  /** How many migrations are committed (folders on disk). */
  readonly committed: number;
  /** Applied and unchanged since. */
  readonly applied: readonly string[];
  /** Committed but not applied yet: the next start applies them. */
  readonly pending: readonly string[];
  /** Started and never finished nor rolled back: the start refuses to run. */
  readonly failed: readonly string[];
  /** Applied, but the file changed since: the start refuses to run. */
  readonly modified: readonly string[];
  /** Applied but not on disk: the database was migrated by a newer version of the code. */
  readonly unknown: readonly string[];
}

/**
 * Reads, without changing anything (no lock, no table created), how the database stands against the
 * committed migrations of `migrationsDir`, with the same rules applyMigrations starts by.
 */
export async function readMigrationStatus(db: SqlExecutor, migrationsDir: string): Promise<MigrationStatus> {
  const migrations = await readMigrations(migrationsDir);
  const [table] = await db.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  const rows =
    table?.present === true
      ? await db.query('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY migration_name')
      : [];
  const recorded = new Map(rows.map((row) => [String(row.migration_name), row]));
  const onDisk = new Set(migrations.map((m) => m.name));
  const status = { applied: [] as string[], pending: [] as string[], failed: [] as string[], modified: [] as string[] };
  for (const migration of migrations) {
    const row = recorded.get(migration.name);
    if (row === undefined) status.pending.push(migration.name);
    else if (row.finished_at === null) status.failed.push(migration.name);
    else if (!sameChecksum(migration, String(row.checksum))) status.modified.push(migration.name);
    else status.applied.push(migration.name);
  }
  const unknown = [...recorded.keys()].filter((name) => !onDisk.has(name));
  // A failed row of a migration no longer on disk still stops the start.
  const failedUnknown = unknown.filter((name) => recorded.get(name)?.finished_at === null);
  return {
    committed: migrations.length,
    ...status,
    failed: [...status.failed, ...failedUnknown],
    unknown: unknown.filter((name) => !failedUnknown.includes(name)),
  };
}

/** Prisma accepts a file whose only change is its line endings (a Windows checkout); so do we. */
function sameChecksum(migration: MigrationFile, recorded: string): boolean {
  const lf = sha256(Buffer.from(migration.script.replace(/\r\n/g, '\n'), 'utf8'));
  const crlf = sha256(Buffer.from(migration.script.replace(/\r?\n/g, '\r\n'), 'utf8'));
  return recorded === migration.checksum || recorded === lf || recorded === crlf;
}

function assertChecksum(migration: MigrationFile, recorded: string): void {
  if (sameChecksum(migration, recorded)) return;
  throw new MigrationError(
    'checksum_mismatch',
    migration.name,
    `Migration ${migration.name} was modified after it was applied (checksum ${recorded} in the database, ` +
      `${migration.checksum} on disk). Restore the file; add a new migration for new changes.`,
  );
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
