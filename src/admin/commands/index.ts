/**
 * Administrator commands, independent of the CLI entry so that tests run them on any Store. Each
 * writes human-readable lines through `out`, and throws UsageError (exit 2) or an error whose message
 * is fit to show (exit 1).
 */
import type { AdminCommand } from './command.js';
import { importFactsArgs, importFactsCommand } from './import-facts.js';
import { importUnitsArgs, importUnitsCommand } from './import-units.js';

export type { AdminCommand, Out } from './command.js';
export { importFactsCommand } from './import-facts.js';
export { importUnitsCommand } from './import-units.js';
export { USAGE, UsageError } from './usage.js';

/** The commands that need a store, by name (`help` needs none and is the CLI's own). */
export const COMMANDS: Readonly<Record<string, AdminCommand>> = {
  'import-units': { checkArgs: importUnitsArgs, run: importUnitsCommand },
  'import-facts': { checkArgs: importFactsArgs, run: importFactsCommand },
};
