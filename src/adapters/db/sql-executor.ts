/**
 * The least a migrator needs from a database: one session on which statements run in order, so that
 * a transaction or a session-level advisory lock holds across calls. Implemented over a `pg` client
 * and over PGlite, which keeps the migrator independent of Prisma and of the driver.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** One database session that runs statements one after another. */
export interface SqlExecutor {
  /** Runs one statement with positional parameters ($1, $2 ...) and returns its rows. */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a script of several statements without parameters. */
  exec(script: string): Promise<void>;
}

/** Wraps one checked-out `pg` client (not a pool: a transaction needs a single connection). */
export function pgExecutor(client: pg.ClientBase): SqlExecutor {
  return {
    async query(sql, params = []) {
      const result = await client.query<Record<string, unknown>>(sql, [...params]);
      return result.rows;
    },
    async exec(script) {
      await client.query(script);
    },
  };
}

/** Wraps a PGlite instance, which is a single session by nature. */
export function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    async query(sql, params = []) {
      const result = await db.query<Record<string, unknown>>(sql, [...params]);
      return result.rows;
    },
    async exec(script) {
      await db.exec(script);
    },
  };
}
