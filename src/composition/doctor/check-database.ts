/**
 * The database and its migrations, read without changing anything: PostgreSQL over one `pg` client,
 * or the embedded PGlite folder, under its one-process lock (data-dir-lock.ts) like every other opener.
 * Unlike them, the doctor never creates a database and never applies a migration; it says what the
 * next start would do or refuse, and a folder the running service holds is no fault.
 */

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type DataDirLock, DataDirLockedError, lockDataDir } from '../../adapters/db/data-dir-lock.js';
import { type MigrationStatus, readMigrationStatus } from '../../adapters/db/migrate.js';
import { pgExecutor, pgliteExecutor, type SqlExecutor } from '../../adapters/db/sql-executor.js';
import type { Config } from '../../config.js';
import { StartupError } from '../../core/errors.js';
import { within } from '../../time-limit.js';
import { networkProblem, redact, withoutCredentials } from './network-problem.js';
import { type CheckLine, failed, off, passed, someNames } from './report.js';

const DATABASE = 'Database';
const MIGRATIONS = 'Migrations';

/** An open session on the database, described for the report. */
export interface DoctorSession {
  readonly db: SqlExecutor;
  /** "PostgreSQL 17.2 at postgres://db:5432/baophu". */
  readonly description: string;
  close(): Promise<void>;
}

/** Why the embedded database could not be opened because another process holds it (not a fault). */
export class DatabaseInUse extends StartupError {
  constructor(message: string) {
    super(message, { code: 'DATABASE_IN_USE' });
  }
}

/** What the database check needs. */
export interface DatabaseCheckOptions {
  readonly migrationsDir: string;
  readonly timeoutMs: number;
}

/** The Database line and the Migrations line. */
export async function checkDatabase(config: Config, options: DatabaseCheckOptions): Promise<[CheckLine, CheckLine]> {
  const skipped = off(MIGRATIONS, 'not checked (no database to read them from)');
  let session: DoctorSession;
  if (config.databaseUrl) {
    const opened = await openPostgres(config.databaseUrl, options.timeoutMs);
    if ('problem' in opened) return [failed(DATABASE, opened.problem), skipped];
    session = opened;
  } else {
    const dataDir = resolve(config.dataDir);
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      return [
        failed(
          DATABASE,
          `no embedded database in ${dataDir} (DATA_DIR) yet. The service creates it on its first start; ` +
            'if it has run before, DATA_DIR points at the wrong folder (the image keeps it in /data), ' +
            'or set DATABASE_URL to use PostgreSQL.',
        ),
        skipped,
      ];
    }
    try {
      session = await openEmbeddedLocked(dataDir);
    } catch (error) {
      if (error instanceof DatabaseInUse) {
        return [
          off(DATABASE, `${error.message}; doctor cannot read it meanwhile: check /readyz of the running service, or stop it and run doctor again.`),
          off(MIGRATIONS, 'not checked (the embedded database is in use)'),
        ];
      }
      return [
        failed(
          DATABASE,
          `the embedded database in ${dataDir} does not open: ${describe(error)}. ` +
            'Restore the folder from the last backup, or ask a developer to look at it.',
        ),
        skipped,
      ];
    }
  }
  const database = passed(DATABASE, `${session.description} answers`);
  try {
    const status = await within(readMigrationStatus(session.db, options.migrationsDir), options.timeoutMs, null);
    if (status === null)
      return [database, failed(MIGRATIONS, `reading _prisma_migrations took more than ${seconds(options.timeoutMs)} s: the database is overloaded or locked.`)];
    return [database, migrationsLine(status)];
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      return [
        database,
        failed(
          MIGRATIONS,
          `the committed migrations are missing from ${options.migrationsDir}: this installation is incomplete ` +
            '(the image has them in prisma/migrations beside dist/); install it again.',
        ),
      ];
    }
    const secret = config.databaseUrl ? passwordOf(config.databaseUrl) : undefined;
    return [database, failed(MIGRATIONS, `could not be read: ${redact(describe(error), [secret])}`)];
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** The Migrations line for a status: every kind of trouble, the worst first. */
export function migrationsLine(status: MigrationStatus): CheckLine {
  if (status.failed.length > 0) {
    return failed(
      MIGRATIONS,
      `${someNames(status.failed)} failed half-way and was not rolled back, so the service refuses to start. ` +
        'Restore the backup taken before the upgrade, or have a developer finish it by hand and mark it ' +
        `(npx prisma migrate resolve --rolled-back ${status.failed[0]}).`,
    );
  }
  if (status.modified.length > 0) {
    return failed(
      MIGRATIONS,
      `${someNames(status.modified)} changed on disk after it was applied, so the service refuses to start. ` +
        'Run the image as released: migration files must not be edited.',
    );
  }
  if (status.unknown.length > 0) {
    return failed(
      MIGRATIONS,
      `the database has ${status.unknown.length} migration${status.unknown.length === 1 ? '' : 's'} this version does not know ` +
        `(${someNames(status.unknown)}): a newer version migrated it. Run that version again, or restore the backup taken before the upgrade.`,
    );
  }
  if (status.pending.length > 0) {
    return failed(
      MIGRATIONS,
      `${status.pending.length} of ${status.committed} not applied yet (${someNames(status.pending)}). ` +
        'Start the service: it applies them at start, under a lock, once however many replicas start together.',
    );
  }
  const last = status.applied.at(-1);
  return passed(MIGRATIONS, `all ${status.committed} applied${last ? ` (latest ${last})` : ''}`);
}

async function openPostgres(url: string, timeoutMs: number): Promise<DoctorSession | { problem: string }> {
  const where = withoutCredentials(url);
  const password = passwordOf(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // A connection dropped later would otherwise be an unhandled 'error' event.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const rows = await client.query<{ server_version: string }>('SHOW server_version');
    const version = rows.rows[0]?.server_version.split(' ')[0] ?? '?';
    return { db: pgExecutor(client), description: `PostgreSQL ${version} at ${where}`, close: () => client.end() };
  } catch (error) {
    await client.end().catch(() => undefined);
    return { problem: `PostgreSQL at ${where} (DATABASE_URL): ${redact(postgresProblem(error, timeoutMs), [password])}` };
  }
}

/** PostgreSQL's answer in plain words, with what to do. */
function postgresProblem(error: unknown, timeoutMs: number): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = describe(error);
  switch (code) {
    case '28P01':
    case '28000':
      return "refused the user name or password: correct DATABASE_URL (or the database user's password).";
    case '3D000':
      return `${message}: create it (createdb) or correct the database name at the end of DATABASE_URL.`;
    case '57P03':
      return 'is starting up or shutting down: wait a moment and run doctor again.';
    case '53300':
      return 'has no free connection (too many clients): lower the replicas or raise max_connections.';
    default:
      break;
  }
  if (/timeout|timed out/i.test(message))
    return `no answer within ${seconds(timeoutMs)} s: check that PostgreSQL runs and a firewall lets the connection through.`;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return `${networkProblem(error)}: check that PostgreSQL runs and the host and port in DATABASE_URL.`;
  }
  return `${message}.`;
}

/** Opens the embedded database under its lock, as every other opener does; DatabaseInUse while another process has it. */
export async function openEmbeddedLocked(dataDir: string): Promise<DoctorSession> {
  let lock: DataDirLock;
  try {
    lock = await lockDataDir(dataDir);
  } catch (error) {
    // The lock's message: its first line says who holds the folder; the rest is for the other commands.
    if (error instanceof DataDirLockedError) throw new DatabaseInUse((error.message.split('\n')[0] ?? '').replace(/\.$/, ''));
    throw error;
  }
  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir);
    const [row] = (await db.query<{ server_version: string }>('SHOW server_version')).rows;
    const opened = db;
    return {
      db: pgliteExecutor(opened),
      description: `embedded PGlite (PostgreSQL ${row?.server_version.split(' ')[0] ?? '?'}) in ${dataDir}`,
      async close() {
        try {
          await opened.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    await lock.release();
    throw error;
  }
}

function passwordOf(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password === '' ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}

/** An error's message, whatever was thrown (PGlite throws plain objects). */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
