/**
 * Fills a fresh database with what the benches query: the national unit set (both structures, from
 * the repository's data/admin-units), its lineage and the seed facts.
 * Shared by the full bench and the webhook-only run, so both measure the same data.
 */
import { join, resolve } from 'node:path';
import { readAdminUnits } from '../src/import/read-admin-units.js';
import { seedFacts } from '../src/import/seed.js';
import type { Store } from '../src/ports/store.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Where the unit files are read from: the repository's own copy, nothing outside it. */
export const UNITS_DIR = join(ROOT, 'data/admin-units');

/** What was imported, for the bench's first lines. */
export interface Filled {
  readonly units: number;
  readonly successions: number;
  readonly importMs: number;
}

/** Imports units, lineage and seed facts into `store`. */
export async function fillDatabase(store: Store): Promise<Filled> {
  const t0 = performance.now();
  const { units, successions } = await readAdminUnits(UNITS_DIR);
  await store.importUnits(units);
  await store.importSuccessions(successions);
  await seedFacts(store, join(ROOT, 'data/seed-facts.csv'));
  return { units: units.length, successions: successions.length, importMs: performance.now() - t0 };
}
