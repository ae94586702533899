/**
 * An embedded database migrated up to (not including) a given migration, for testing what that
 * migration does to rows an older database holds: seed the rows, then `apply` the migration(s).
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../../src/adapters/db/migrate.js';
import { DEFAULT_MIGRATIONS_DIR } from '../../src/adapters/db/open-database.js';
import { pgliteExecutor, type SqlExecutor } from '../../src/adapters/db/sql-executor.js';

export interface DatabaseBefore {
  readonly db: SqlExecutor;
  /** Adds these committed migrations and applies what is pending; returns the names applied. */
  apply(...names: readonly string[]): Promise<readonly string[]>;
  close(): Promise<void>;
}

export async function databaseBefore(migration: string): Promise<DatabaseBefore> {
  const pglite = await PGlite.create();
  const db = pgliteExecutor(pglite);
  const dir = await mkdtemp(join(tmpdir(), 'baophu-migration-'));
  const add = async (names: readonly string[]) => {
    for (const name of names) await cp(join(DEFAULT_MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
  };
  const folders = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  await add(folders.filter((name) => name < migration));
  await applyMigrations(db, dir);
  return {
    db,
    async apply(...names) {
      await add(names);
      return (await applyMigrations(db, dir)).applied;
    },
    async close() {
      await pglite.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
