/** Facts files for import tests in the formats the importer reads. */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { OPTIONAL_FACT_COLUMNS } from '../../src/import/read-facts.js';
import { tempFile } from './temp-files.js';

const quoted = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A copy of a facts file in the 14-column format: without the columns added after it. */
export async function withoutNewerColumns(file: string): Promise<string> {
  const [header = [], ...rows] = parse(await readFile(file)) as string[][];
  const newer: readonly string[] = OPTIONAL_FACT_COLUMNS;
  const keep = header.flatMap((name, i) => (newer.includes(name) ? [] : [i]));
  const pick = (cells: readonly string[]) => keep.map((i) => quoted(cells[i] ?? '')).join(',');
  return tempFile('old-facts.csv', [pick(header), ...rows.map(pick)]);
}
