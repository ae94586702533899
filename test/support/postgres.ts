/**
 * Gives a test file its own PostgreSQL database on the server started by test/setup/global-setup.ts,
 * so that files can run in parallel without seeing each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/adapters/db/open-database.js';
import { createPrismaStore } from '../../src/adapters/db/prisma-store.js';
import type { Store } from '../../src/ports/store.js';

/** Creates an empty database with a random name and returns its URL. */
export async function freshPostgresUrl(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) {
    throw new Error('No PostgreSQL for integration tests: install PostgreSQL (initdb) or set TEST_DATABASE_URL.');
  }
  const name = `baophu_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by freshPostgresUrl (useful with a long-lived TEST_DATABASE_URL server). */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A Prisma store on a fresh database of the test server, and how to drop it. */
export interface PostgresStore {
  readonly db: Database;
  readonly store: Store;
  close(): Promise<void>;
}

/** Opens a Prisma store on a fresh database (migrated); close() drops the database. */
export async function openPostgresStore(): Promise<PostgresStore> {
  const databaseUrl = await freshPostgresUrl();
  const db = await openDatabase({ databaseUrl, dataDir: '' });
  return {
    db,
    store: createPrismaStore(db),
    async close() {
      await db.close();
      await dropPostgresDatabase(databaseUrl);
    },
  };
}
