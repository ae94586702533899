/**
 * Fills a fresh database with what the benches query: the national unit set (both structures, from
 * ../shared/data/admin-units when present, else the built-in copy), its lineage and the seed facts.
 * Shared by the full bench and the webhook-only run, so both measure the same data.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Store } from '../src/ports/store.js';
import { readAdminUnits } from '../src/import/read-admin-units.js';
import { seedFacts } from '../src/import/seed.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED_UNITS = resolve(ROOT, '../shared/data/admin-units');

/** Where the unit files are read from. */
export const UNITS_DIR = existsSync(SHARED_UNITS) ? SHARED_UNITS : join(ROOT, 'data/admin-units');

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
