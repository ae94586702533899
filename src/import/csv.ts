/** Reads a CSV file with a header row into records, checking that the expected columns are there. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';

/** A problem with an input file: names the file, and the line and column where it can. */
export class ImportError extends Error {
  readonly code = 'IMPORT_INVALID';
  constructor(message: string, readonly file: string, readonly line?: number) {
    super(line === undefined ? `${basename(file)}: ${message}` : `${basename(file)}, line ${line}: ${message}`);
    this.name = 'ImportError';
  }
}

/** One data row; `line` is its line number in the file (the header is line 1). */
export type CsvRow<K extends string> = Readonly<Record<K, string>> & { readonly line: number };

/** Parses `file`, failing with the names of any missing columns. */
export async function readCsv<K extends string>(file: string, columns: readonly K[]): Promise<CsvRow<K>[]> {
  let records: string[][];
  try {
    records = parse(await readFile(file), { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error), file);
  }
  const [header, ...rows] = records;
  if (!header) throw new ImportError('the file is empty (a header row is required)', file);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new ImportError(`missing column(s): ${missing.join(', ')}`, file);
  const at = columns.map((c) => header.indexOf(c));
  return rows.map((cells, i) => {
    const row: Record<string, string | number> = { line: i + 2 };
    columns.forEach((c, j) => (row[c] = (cells[at[j] as number] ?? '').trim()));
    return row as CsvRow<K>;
  });
}
