/**
 * Imports into a Store: a folder of unit files, a facts file, and the built-in reference data of
 * data/ (units and seed facts) that a fresh database receives on first use. Every import is
 * idempotent: running it again changes nothing.
 */

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FiguresStore } from '../ports/figures-store.js';
import type { ImportResult, UnitStore } from '../ports/unit-store.js';
import { readAdminUnits } from './read-admin-units.js';
import { readFacts } from './read-facts.js';

/** Where progress goes; a pino logger fits. */
export interface SeedLog {
  info(entry: object): void;
}

/** What a unit-folder import changed, and which files it read. */
export interface UnitFolderResult {
  readonly units: ImportResult;
  readonly successions: ImportResult;
  readonly files: readonly string[];
}

/** What a facts import read and changed. */
export interface FactsResult {
  /** Reports in the file (rows of one document and period count once). */
  readonly reports: number;
  /** Of those, reports stored as new (a first import, or changed figures: a new version). */
  readonly reportsCreated: number;
  readonly targets: number;
  /** Of those, targets not stored before; the others were updated or already equal. */
  readonly targetsCreated: number;
}

/** What seeding the reference data changed; `reports` and `targets` count new ones (0 on a second run). */
export interface SeedResult {
  readonly units: ImportResult;
  readonly successions: ImportResult;
  readonly reports: number;
  readonly targets: number;
}

/** The repository's data/ folder, wherever the code runs from. */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data', import.meta.url));
}

/** Imports the units and lineage of a folder in the admin-units format; units first, so pairs resolve. */
export async function importUnitFolder(store: UnitStore, folder: string): Promise<UnitFolderResult> {
  const set = await readAdminUnits(folder);
  const units = await store.importUnits(set.units);
  const successions = await store.importSuccessions(set.successions);
  return { units, successions, files: set.files };
}

/** Imports the reports and targets of a facts file; the units must already be there. */
export async function seedFacts(store: FiguresStore, file: string): Promise<FactsResult> {
  const facts = await readFacts(file);
  let reportsCreated = 0;
  let targetsCreated = 0;
  for (const report of facts.reports) if ((await store.saveDocumentReport(report)).created) reportsCreated += 1;
  for (const target of facts.targets) if ((await store.saveTarget(target)).created) targetsCreated += 1;
  return { reports: facts.reports.length, reportsCreated, targets: facts.targets.length, targetsCreated };
}

/** Imports the built-in units (`<dataDir>/admin-units`) and facts (`<dataDir>/seed-facts.csv`). */
export async function seedReferenceData(store: UnitStore & FiguresStore, dataDir: string, log?: SeedLog): Promise<SeedResult> {
  const folder = await importUnitFolder(store, join(dataDir, 'admin-units'));
  log?.info({ msg: 'reference units imported', files: folder.files, units: folder.units, successions: folder.successions });
  const facts = await seedFacts(store, join(dataDir, 'seed-facts.csv'));
  log?.info({ msg: 'seed facts imported', ...facts });
  return { units: folder.units, successions: folder.successions, reports: facts.reportsCreated, targets: facts.targetsCreated };
}

/** On first use (a store without units) imports the reference data; otherwise does nothing and returns null. */
export async function ensureReferenceData(store: UnitStore & FiguresStore, dataDir: string, log?: SeedLog): Promise<SeedResult | null> {
  if ((await store.countUnits()) > 0) return null;
  return seedReferenceData(store, dataDir, log);
}
