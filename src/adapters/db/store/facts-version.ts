/** The figures' version, raised by database triggers (migration 20261203090000_facts_version). */
import type { Statements } from '../statements.js';

const READ_VERSION = { name: 'facts_version_read', text: 'SELECT version::text AS version FROM facts_version WHERE id = 1' };

let missing = 0;

/**
 * See FiguresStore.factsVersion. Without its row (deleted by hand) there is nothing to compare, so each call
 * gets a token of its own and no cached figures are ever taken as current.
 */
export async function factsVersion(sql: Statements): Promise<string> {
  const { rows } = await sql.run<{ version: string }>(READ_VERSION, []);
  return rows[0]?.version ?? missingVersion();
}

/** A token of its own, for a read that found no version row. */
export function missingVersion(): string {
  return `missing-${(missing += 1)}`;
}
