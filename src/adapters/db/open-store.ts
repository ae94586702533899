/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise),
 * applies pending migrations and returns the Store over it, with the figures cached in memory while
 * they are unchanged (../figures-cache.ts).
 */
import { type Config, createConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../ports/store.js';
import { withFiguresCache } from '../figures-cache.js';
import { openDatabase } from './open-database.js';
import { createPrismaStore } from './prisma-store.js';

export interface OpenedStore {
  readonly store: Store;
  readonly kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** Opens the store described by the configuration (by default, the environment's); `log` hears of lost connections. */
export async function openStore(config: Config = createConfig(process.env), log?: Logger): Promise<OpenedStore> {
  const onConnectionLost = (err: Error) => log?.warn({ err }, 'database connection lost; reconnecting on the next query');
  const onStaleLock = log ? (message: string) => log.warn({ msg: message }) : undefined;
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, onConnectionLost, ...(onStaleLock ? { onStaleLock } : {}) });
  return { store: withFiguresCache(createPrismaStore(db)), kind: db.kind, close: () => db.close() };
}
