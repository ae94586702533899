/**
 * The spreadsheet commands: `template [--out file.xlsx]` (the empty import template), `import
 * <file.xlsx|file.csv> [--lang en]` (as the local administrator: every unit) and `export --unit X
 * [--from YYYY] [--to YYYY] [--out file.xlsx]`. Layout and limits: README, "Spreadsheets".
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exportSpreadsheet } from '../../app/spreadsheet/export-spreadsheet.js';
import { importSpreadsheet } from '../../app/spreadsheet/import-spreadsheet.js';
import { loadUnitDirectory } from '../../app/units/unit-directory.js';
import { templateSheets } from '../../core/spreadsheet/index.js';
import type { Language } from '../../core/types.js';
import { ImportError } from '../../import/csv.js';
import type { Clock } from '../../ports/clock.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { FileImportStore } from '../../ports/file-import-store.js';
import type { UnitStore } from '../../ports/unit-store.js';
import { writeWorkbook } from '../../spreadsheet/index.js';
import type { Out } from './command.js';
import { readOptions, requiredOption, unitOption, wholeNumber } from './options.js';
import { UsageError } from './usage.js';

/** The template's default file name. */
export const TEMPLATE_FILE = 'mau-nhap-lieu.xlsx';

function outOption(command: string, value: string | boolean | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const path = requiredOption(command, 'out', value);
  if (!path.toLowerCase().endsWith('.xlsx')) throw new UsageError(`${command}: --out must name an .xlsx file, not "${path}"`);
  return path;
}

/** Checks the arguments of `template`. */
export function templateArgs(args: readonly string[]): { out: string } {
  const { values } = readOptions('template', args, { out: { type: 'string' } });
  return { out: outOption('template', values.out, TEMPLATE_FILE) };
}

/** Writes the template; needs no database. */
export async function templateCommand(args: readonly string[], out: Out): Promise<number> {
  const { out: path } = templateArgs(args);
  await writeFile(path, await writeWorkbook(templateSheets()));
  out(`template written: ${path}`);
  return 0;
}

/** Checks the arguments of `import`. */
export function importArgs(args: readonly string[]): { file: string; language: Language } {
  const { values, positionals } = readOptions('import', args, { lang: { type: 'string' } }, 1);
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`import: --lang must be vi or en, not "${String(lang)}"`);
  return { file: positionals[0] as string, language: lang };
}

/** Imports a workbook or CSV as the local administrator; a refused file exits 1 with the reasons. */
export async function importCommand(store: FileImportStore & FiguresStore & UnitStore, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const { file, language } = importArgs(args);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new ImportError(missing ? 'file not found' : 'cannot be read', file, undefined, { cause: error });
  }
  const directory = await loadUnitDirectory(store);
  const outcome = await importSpreadsheet(
    { store, units: directory.current },
    { fileName: basename(file), bytes, scope: 'all', language, personId: null, channel: null, now: clock.now() },
  );
  if (outcome.stored === null) throw new ImportError(`\n${outcome.text}`, file);
  out(outcome.text);
}

/** Checks the arguments of `export`. */
export function exportArgs(args: readonly string[]) {
  const { values } = readOptions('export', args, { unit: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } });
  const year = (name: string, value: string | boolean | undefined) =>
    typeof value !== 'string' ? null : wholeNumber('export', `--${name}`, value, 1995, 2100);
  const from = year('from', values.from);
  const to = year('to', values.to);
  if (from !== null && to !== null && from > to) throw new UsageError(`export: --from ${from} is after --to ${to}`);
  return { unit: requiredOption('export', 'unit', values.unit), from, to, out: values.out === undefined ? null : outOption('export', values.out, '') };
}

/** Writes the unit's figures and targets (with its sub-units') to an XLSX. */
export async function exportCommand(store: FileImportStore & FiguresStore & UnitStore, args: readonly string[], out: Out): Promise<void> {
  const options = exportArgs(args);
  const { index, unit, label } = await unitOption('export', store, options.unit);
  const book = await exportSpreadsheet({ store, units: () => index }, { unit, from: options.from, to: options.to });
  const path = options.out ?? book.fileName;
  await writeFile(path, book.bytes);
  out(
    `exported ${label} and ${book.units - 1} unit(s) under it: ${book.indicatorSheets} indicator sheet(s), ${book.figureRows} row(s) of submitted figures, ${book.targetRows} target(s) → ${path}`,
  );
}
