/**
 * The two databases the migrator must work on, opened empty for a test: an in-memory PGlite and a
 * fresh database on the test PostgreSQL server.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgExecutor, pgliteExecutor, type SqlExecutor } from '../../src/adapters/db/sql-executor.js';
import { dropPostgresDatabase, freshPostgresUrl } from './postgres.js';

/** An empty database reached through the migrator's executor interface. */
export interface EmptyDatabase {
  readonly db: SqlExecutor;
  /** Opens another session on the same database (PostgreSQL only; PGlite has a single session). */
  readonly openSession?: () => Promise<{ db: SqlExecutor; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** A named way to get an empty database. */
export interface MigrationBackend {
  readonly name: string;
  open(): Promise<EmptyDatabase>;
}

async function pgSession(url: string): Promise<{ db: SqlExecutor; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { db: pgExecutor(client), close: () => client.end() };
}

/** PGlite in memory and PostgreSQL through `pg`. */
export const MIGRATION_BACKENDS: readonly MigrationBackend[] = [
  {
    name: 'PGlite',
    async open() {
      const pglite = await PGlite.create();
      return { db: pgliteExecutor(pglite), close: () => pglite.close() };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const url = await freshPostgresUrl();
      const session = await pgSession(url);
      return {
        db: session.db,
        openSession: () => pgSession(url),
        async close() {
          await session.close();
          await dropPostgresDatabase(url);
        },
      };
    },
  },
];
