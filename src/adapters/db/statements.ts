/**
 * Statements on the driver, below Prisma, for the few that run around every message (the turn's
 * opening read of the speaker, the inbound ledger and the figures' version; recording the answer;
 * conversation state; a chat's reactivation). Measured on PostgreSQL over loopback, one indexed
 * SELECT costs about 0.5 ms of CPU as a Prisma model query, 0.3 ms as $queryRaw and 0.07 ms as a
 * named prepared statement on `pg`; at a few per message that was most of the service's CPU.
 * Everything else stays on Prisma. The pool is Prisma's own (pg) or the one PGlite instance, whose
 * queries wait for a running Prisma transaction, so a statement never lands inside one.
 *
 * Values come back as the drivers give them; statements select timestamps as ISO text so that no
 * driver's time-zone handling is involved.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** One statement, named so that each connection prepares it once. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/** Runs statements on the database's pool. */
export interface Statements {
  run<R>(statement: Statement, params: readonly unknown[]): Promise<{ readonly rows: R[] }>;
}

/** Over a `pg` pool: prepared once per connection under the statement's name. */
export function poolStatements(pool: pg.Pool): Statements {
  return {
    async run<R>(statement: Statement, params: readonly unknown[]) {
      const result = await pool.query({ name: statement.name, text: statement.text, values: [...params] });
      return { rows: result.rows as R[] };
    },
  };
}

/** Over the embedded PGlite database. */
export function pgliteStatements(db: PGlite): Statements {
  return {
    async run<R>(statement: Statement, params: readonly unknown[]) {
      const result = await db.query<R>(statement.text, [...params]);
      return { rows: result.rows };
    },
  };
}

/** `$first::text[], …` for `count` array parameters (the columns of an `unnest` of several rows). */
export function textArrays(first: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `$${first + i}::text[]`).join(', ');
}

/** A timestamp(3) column (UTC wall time, as Prisma stores it) selected as an ISO instant. */
export function isoInstant(column: string): string {
  return `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
