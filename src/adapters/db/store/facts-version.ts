/** The figures' version, raised by database triggers (migration 20261203090000_facts_version). */
import type { Statements } from '../statements.js';

const READ_VERSION = { name: 'facts_version_read', text: 'SELECT version::text AS version FROM facts_version WHERE id = 1' };

let missing = 0;
let databases = 0;
const tags = new WeakMap<Statements, string>();

/**
 * See FiguresStore.factsVersion. Without its row (deleted by hand) there is nothing to compare, so each call
 * gets a token of its own and no cached figures are ever taken as current.
 */
export async function factsVersion(sql: Statements): Promise<string> {
  const { rows } = await sql.run<{ version: string }>(READ_VERSION, []);
  return versionToken(sql, rows[0]?.version);
}

/**
 * The token of a version read from the database behind `sql`: the number, tagged with the database
 * opened in this process, so that two databases at the same number (tests, a restored copy) never share
 * a token; a token of its own when no version row was found.
 */
export function versionToken(sql: Statements, version: string | null | undefined): string {
  if (version == null) return `missing-${(missing += 1)}`;
  let tag = tags.get(sql);
  if (tag === undefined) tags.set(sql, (tag = `db${(databases += 1)}`));
  return `${tag}.${version}`;
}
