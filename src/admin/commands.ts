/**
 * Administrator commands, independent of the CLI entry so that tests can run them on any Store.
 * Each writes human-readable lines through `out` and returns normally, or throws an error whose
 * message is fit to show.
 */
import type { ImportResult, Store } from '../ports/store.js';
import { importUnitFolder, seedFacts } from '../import/seed.js';

export type Out = (line: string) => void;

/** Raised for a command line that cannot be understood (exit code 2). */
export class UsageError extends Error {
  readonly code = 'USAGE';
}

export const USAGE = [
  'Usage: npm run -s admin -- <command> [arguments]',
  '  import-units <folder>    import administrative units and the old→new mapping (admin-units CSV format)',
  '  import-facts <file.csv>  import figures and targets (seed-facts.csv format)',
  '  help                     show this text',
  'Both imports are idempotent: importing the same files twice changes nothing.',
].join('\n');

const count = (n: number) => n.toLocaleString('en-US');
const summary = (what: string, r: ImportResult) =>
  `${what}: ${count(r.created)} created, ${count(r.updated)} updated, ${count(r.unchanged)} unchanged`;

/** `import-units <folder>` */
export async function importUnitsCommand(store: Store, args: readonly string[], out: Out): Promise<void> {
  const [folder, ...extra] = args;
  if (!folder || extra.length > 0) throw new UsageError('import-units takes exactly one folder');
  const result = await importUnitFolder(store, folder);
  out(`read: ${result.files.join(', ')}`);
  out(summary('units', result.units));
  out(summary('lineage pairs', result.successions));
}

/** `import-facts <file.csv>` */
export async function importFactsCommand(store: Store, args: readonly string[], out: Out): Promise<void> {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) throw new UsageError('import-facts takes exactly one file');
  const r = await seedFacts(store, file);
  out(`reports: ${count(r.reportsCreated)} created, ${count(r.reportsUnchanged)} unchanged`);
  out(`targets: ${count(r.targetsCreated)} created, ${count(r.targetsUpdatedOrUnchanged)} updated or unchanged`);
}

/** The commands that need the store, by name. */
export const COMMANDS: Readonly<Record<string, (store: Store, args: readonly string[], out: Out) => Promise<void>>> = {
  'import-units': importUnitsCommand,
  'import-facts': importFactsCommand,
};
