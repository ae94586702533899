/** Reads a CSV file with a header row into records, checking that the expected columns are there. */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { BaophuError } from '../core/errors.js';

/** A problem with an input file: the message names the file (as given), and the line and column where it can. */
export class ImportError extends BaophuError {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super('IMPORT_INVALID', line === undefined ? `${file}: ${message}` : `${file}, line ${line}: ${message}`, options);
  }
}

/** One data row, trimmed; `line` is its line number in the file (the header is line 1; a quoted multi-line row counts its last line). */
export type CsvRow<K extends string> = Readonly<Record<K, string>> & { readonly line: number };

/** A parsed record and the line it ends on (csv-parse's `info.lines`). */
interface NumberedRecord {
  readonly record: string[];
  readonly line: number;
}

async function parseFile(file: string): Promise<NumberedRecord[]> {
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new ImportError(missing ? 'file not found' : 'cannot be read', file, undefined, { cause: error });
  }
  try {
    // With `info`, csv-parse returns { record, info } objects; its typings do not model that option.
    const parsed = parse(text, { bom: true, skip_empty_lines: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return parsed.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    // csv-parse names the line of a ragged row or a broken quote.
    throw new ImportError(error instanceof Error ? error.message : String(error), file, undefined, { cause: error });
  }
}

/**
 * Parses `file` and returns its rows keyed by the requested columns (other columns are ignored).
 * An `optional` column the file lacks reads as blank on every row, as a blank cell would.
 * Throws ImportError naming the file and every missing required column.
 */
export async function readCsv<K extends string, O extends string = never>(
  file: string,
  columns: readonly K[],
  optional: readonly O[] = [],
): Promise<CsvRow<K | O>[]> {
  const [header, ...rows] = await parseFile(file);
  if (!header) throw new ImportError('the file is empty (a header row is required)', file);
  const names = header.record.map((name) => name.trim());
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new ImportError(`missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, file);
  }
  const positions = [...columns, ...optional].map((column) => [column, names.indexOf(column)] as const);
  return rows.map(({ record, line }) => {
    const row: Record<string, string> = {};
    for (const [column, at] of positions) row[column] = at < 0 ? '' : (record[at] ?? '').trim();
    return { ...(row as Record<K | O, string>), line };
  });
}
