/**
 * Reference data for a fresh database: the built-in national unit set and the seed facts in data/.
 * Imports are idempotent, so running this again changes nothing.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ImportResult, Store } from '../ports/store.js';
import { readAdminUnits } from './read-admin-units.js';
import { readFacts } from './read-facts.js';

/** The repository's data/ folder. */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data', import.meta.url));
}

/** What a facts import changed. */
export interface FactsResult {
  readonly reportsCreated: number;
  readonly reportsUnchanged: number;
  readonly targetsCreated: number;
  readonly targetsUpdatedOrUnchanged: number;
}

/** Imports units and lineage from a folder in the admin-units format. */
export async function importUnitFolder(store: Store, folder: string): Promise<{ units: ImportResult; successions: ImportResult; files: string[] }> {
  const set = await readAdminUnits(folder);
  const units = await store.importUnits(set.units);
  const successions = await store.importSuccessions(set.successions);
  return { units, successions, files: set.files };
}

/** Imports figures and targets from a facts file. */
export async function seedFacts(store: Store, file: string): Promise<FactsResult> {
  const facts = await readFacts(file);
  let reportsCreated = 0;
  let targetsCreated = 0;
  for (const report of facts.reports) if ((await store.saveDocumentReport(report)).created) reportsCreated += 1;
  for (const target of facts.targets) if ((await store.saveTarget(target)).created) targetsCreated += 1;
  return {
    reportsCreated,
    reportsUnchanged: facts.reports.length - reportsCreated,
    targetsCreated,
    targetsUpdatedOrUnchanged: facts.targets.length - targetsCreated,
  };
}

/** Imports the built-in units and facts from `dataDir`. */
export async function seedReferenceData(store: Store, dataDir: string) {
  const units = await importUnitFolder(store, join(dataDir, 'admin-units'));
  const facts = await seedFacts(store, join(dataDir, 'seed-facts.csv'));
  return { units: units.units, successions: units.successions, facts };
}

/** On first use (no units at all), imports the built-in reference data; otherwise does nothing and returns null. */
export async function ensureReferenceData(store: Store, dataDir: string) {
  if ((await store.countUnits()) > 0) return null;
  return seedReferenceData(store, dataDir);
}
