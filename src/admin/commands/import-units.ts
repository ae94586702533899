/** `import-units <folder>`: units and lineage from a folder in the data/admin-units format. */

import { importUnitFolder } from '../../import/seed.js';
import type { UnitStore } from '../../ports/unit-store.js';
import type { Out } from './command.js';
import { importSummary } from './summary.js';
import { singleArgument } from './usage.js';

/** Checks the arguments before any store is opened; returns the folder. */
export function importUnitsArgs(args: readonly string[]): string {
  return singleArgument('import-units', 'the folder of CSV files', args);
}

/** Imports the folder named in `args` and reports what changed. */
export async function importUnitsCommand(store: UnitStore, args: readonly string[], out: Out): Promise<void> {
  const result = await importUnitFolder(store, importUnitsArgs(args));
  out(`read: ${result.files.join(', ')}`);
  out(importSummary('units', result.units));
  out(importSummary('lineage pairs', result.successions));
}
