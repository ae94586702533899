/** `import-facts <file.csv>`: published figures and targets in the data/seed-facts.csv format. */

import { seedFacts } from '../../import/seed.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { Out } from './command.js';
import { createdSummary } from './summary.js';
import { singleArgument } from './usage.js';

/** Checks the arguments before any store is opened; returns the file. */
export function importFactsArgs(args: readonly string[]): string {
  return singleArgument('import-facts', 'the CSV file', args);
}

/** Imports the file named in `args` and reports what changed. */
export async function importFactsCommand(store: FiguresStore, args: readonly string[], out: Out): Promise<void> {
  const result = await seedFacts(store, importFactsArgs(args));
  // A report is only ever created (a changed figure is a new version); the Store does not tell a
  // target update from an unchanged target, so they are counted together.
  out(createdSummary('reports', result.reports, result.reportsCreated, 'unchanged'));
  out(createdSummary('targets', result.targets, result.targetsCreated, 'updated or unchanged'));
}
