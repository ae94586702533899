/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise),
 * applies pending migrations and returns the Store over it, with the figures cached in memory while
 * they are unchanged (figures-cache.ts).
 */
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { AttachmentStore } from '../../ports/attachment-store.js';
import type { Store } from '../../ports/store.js';
import { withFiguresCache } from './figures-cache.js';
import { openDatabase } from './open-database.js';
import { createPrismaStore } from './prisma-store.js';
import { createDbAttachments } from './store/attachments.js';
import { createWaitingWrites } from './store/waiting-writes.js';

export interface OpenedStore {
  readonly store: Store;
  readonly kind: 'postgres' | 'pglite';
  /** Files linked from chats (charts, workbooks), in the same database. */
  readonly attachments: AttachmentStore;
  close(): Promise<void>;
}

/** The exit code of a process ended because its embedded database engine failed for good. */
export const ENGINE_FATAL_EXIT_CODE = 70;

/**
 * Ends the process when the embedded engine failed for good (./engine-fatal.ts): one fatal line, then
 * exit ENGINE_FATAL_EXIT_CODE at once, without closing the engine (its memory is no longer trusted; the
 * next start recovers from the WAL). The data folder's lock is given back by its exit handler.
 */
export function exitOnEngineFatal(log?: Logger): (error: unknown) => void {
  return (error) => {
    const msg = 'embedded database engine failed and cannot recover; exiting so that the supervisor restarts the process';
    if (log) log.fatal({ err: error, exitCode: ENGINE_FATAL_EXIT_CODE }, msg);
    else process.stderr.write(`baophu: ${msg}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(ENGINE_FATAL_EXIT_CODE);
  };
}

/**
 * Opens the store described by the configuration; `log` hears of lost
 * connections. An embedded engine that fails for good ends the process (exitOnEngineFatal).
 */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>, log?: Logger): Promise<OpenedStore> {
  const onConnectionLost = (err: Error) => log?.warn({ err }, 'database connection lost; reconnecting on the next query');
  const onStaleLock = log ? (message: string) => log.warn({ msg: message }) : undefined;
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionLost,
    onEngineFatal: exitOnEngineFatal(log),
    ...(onStaleLock ? { onStaleLock } : {}),
  });
  const waiting = createWaitingWrites(db.statements);
  return {
    store: withFiguresCache(createPrismaStore(db, waiting)),
    kind: db.kind,
    attachments: createDbAttachments(db.statements),
    async close() {
      // The ledger's records and the chart offers still waiting go in before the database closes.
      await waiting.drain();
      await db.close();
    },
  };
}
