/**
 * Opens the service's database: PostgreSQL through a `pg` pool when a URL is given, otherwise an
 * embedded PGlite persisted in a folder. Either way the committed migrations are applied before the
 * Prisma client is handed out, so callers always see the current schema. The embedded folder is
 * locked first (data-dir-lock.ts): a second process is refused before PGlite touches the folder, and
 * the lock is given back when the database closes.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../../generated/prisma/client.js';
import { connectFailure } from './connect-failure.js';
import { lockDataDir } from './data-dir-lock.js';
import { guardEngine } from './engine-fatal.js';
import { applyMigrations } from './migrate.js';
import { pgExecutor, pgliteExecutor } from './sql-executor.js';
import { pgliteStatements, poolStatements, type Statements } from './statements.js';

/** The repository's committed migrations, found relative to this file. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

/** Where to find the database. */
export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent, an embedded PGlite database in `dataDir` is used. */
  readonly databaseUrl?: string;
  /** Folder for the embedded database (created when missing). */
  readonly dataDir: string;
  /** Defaults to the repository's prisma/migrations. */
  readonly migrationsDir?: string;
  /** Told when the pool loses an idle connection (the server restarted or the network dropped). */
  readonly onConnectionLost?: (error: Error) => void;
  /** Told when the embedded folder's lock was left by a process that is gone and was taken over (default: stderr). */
  readonly onStaleLock?: (message: string) => void;
  /**
   * Told once when the embedded engine fails for good (engine-fatal.ts: a WebAssembly trap, an abort,
   * PGlite closed under us); the caller ends the process. Not called after close() began.
   */
  readonly onEngineFatal?: (error: unknown) => void;
}

/** An open, migrated database. */
export interface Database {
  readonly prisma: PrismaClient;
  /** The same pool, below Prisma, for the per-message statements (./statements.ts). */
  readonly statements: Statements;
  readonly kind: 'postgres' | 'pglite';
  /** Disconnects Prisma and closes the pool or the embedded database. */
  close(): Promise<void>;
}

/** Opens and migrates the database described by `opts`. */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const migrationsDir = opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, migrationsDir, opts.onConnectionLost ?? (() => undefined))
    : openPglite(opts.dataDir, migrationsDir, opts.onStaleLock, opts.onEngineFatal);
}

async function openPostgres(url: string, migrationsDir: string, onConnectionLost: (error: Error) => void): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, ...POOL_OPTIONS });
  // Without a listener, an idle connection dropped by the server would crash the process; the pool
  // discards it and the next query connects again.
  pool.on('error', onConnectionLost);
  try {
    const client = await pool.connect().catch((error: unknown) => {
      throw connectFailure(url, error);
    });
    try {
      await applyMigrations(pgExecutor(client), migrationsDir);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    statements: poolStatements(pool),
    kind: 'postgres',
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * Our choice: up to 10 connections (pg's default); the last 2 stay open however quiet it gets, and the
 * others close after 60 s idle, so that the first message after a quiet spell (a night, a lull between
 * deadlines) does not wait for a new connection, nor a burst for connections closed a moment ago. A
 * new connection costs a PostgreSQL backend start and every prepared statement again: tens of ms.
 * A database that hangs must not hold a webhook past the platforms' patience: getting a connection
 * may take 5 s and a query 15 s (as long as a transaction may run), then the caller gets an error.
 */
const POOL_OPTIONS = { max: 10, min: 2, idleTimeoutMillis: 60_000, connectionTimeoutMillis: 5_000, query_timeout: 15_000 } as const;

/**
 * Our choice: a transaction waits up to 10 s for a connection (Prisma's default is 2 s, which a burst of
 * registrations or submissions beside a reminder fan-out exhausts on a pool of 10) and may run 15 s.
 * Both stay inside the platforms' webhook timeouts.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

async function openPglite(
  dataDir: string,
  migrationsDir: string,
  onStaleLock?: (message: string) => void,
  onEngineFatal?: (error: unknown) => void,
): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  // Refuses (DataDirLockedError) while another process has the folder open, before PGlite reads it.
  const lock = await lockDataDir(dataDir, { ...(onStaleLock ? { onTakeOver: onStaleLock } : {}) });
  let db: PGlite | undefined;
  let guard: { disarm(): void } | undefined;
  try {
    db = await PGlite.create(dataDir);
    if (onEngineFatal) guard = guardEngine(db, onEngineFatal);
    await applyMigrations(pgliteExecutor(db), migrationsDir);
  } catch (error) {
    guard?.disarm();
    await db?.close().catch(() => undefined);
    await lock.release();
    throw error;
  }
  const opened = db;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(opened), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    statements: pgliteStatements(opened),
    kind: 'pglite',
    async close() {
      guard?.disarm();
      try {
        await prisma.$disconnect();
        await opened.close();
      } finally {
        await lock.release();
      }
    },
  };
}
