/**
 * Reads the old→new lineage files of the admin-units format (map_*_2025.csv) into SuccessionInput
 * pairs from a pre-2025 unit to a post-2025 unit.
 */
import { join } from 'node:path';
import type { UnitLevel, UnitRef } from '../core/types.js';
import type { SuccessionInput } from '../ports/unit-store.js';
import { type CsvRow, ImportError, readCsv } from './csv.js';
import { checkCode } from './gso-code.js';

type Fail = (column: string) => (message: string) => never;

/** How one mapping file becomes pairs. */
export interface SuccessionFile {
  readonly file: string;
  readonly columns: readonly string[];
  toPair(row: CsvRow<string>, fail: Fail): SuccessionInput;
}

const ref = (structure: UnitRef['structure'], level: UnitLevel, code: string): UnitRef => ({ structure, level, code });

function confidenceOf(value: string, fail: Fail): SuccessionInput['confidence'] {
  if (value === 'high' || value === 'medium' || value === 'low') return value;
  return fail('confidence')(`must be high, medium or low, not "${value}"`);
}

function partOf(value: string, fail: Fail): SuccessionInput['part'] {
  if (value === '') return null;
  if (value === 'full' || value === 'partial') return value;
  return fail('part')(`must be full, partial or blank, not "${value}"`);
}

function sourcesOf(value: string, fail: Fail): string {
  return value === '' ? fail('sources')('must name the supporting source(s)') : value;
}

const field = (row: CsvRow<string>, column: string): string => row[column] ?? '';

/** The mapping files, coarsest first. */
export const SUCCESSION_FILES: readonly SuccessionFile[] = [
  {
    // Every old province went whole into exactly one new province, alone or merged with others, so
    // the pair is `full` either way; both mapping sources agree on all 63, hence `high`.
    file: 'map_provinces_2025.csv',
    columns: ['old_code', 'new_code'],
    toPair: (row, fail) => ({
      from: ref('pre2025', 'province', checkCode(field(row, 'old_code'), 'province', fail('old_code'))),
      to: ref('post2025', 'province', checkCode(field(row, 'new_code'), 'province', fail('new_code'))),
      part: 'full',
      confidence: 'high',
      sources: 'both',
    }),
  },
  {
    // An old district usually spread over several new communes and the file does not say how much
    // of it each received, so `part` stays unknown.
    file: 'map_districts_2025.csv',
    columns: ['old_district_code', 'new_code', 'confidence', 'sources'],
    toPair: (row, fail) => ({
      from: ref('pre2025', 'district', checkCode(field(row, 'old_district_code'), 'district', fail('old_district_code'))),
      to: ref('post2025', 'commune', checkCode(field(row, 'new_code'), 'commune', fail('new_code'))),
      part: null,
      confidence: confidenceOf(field(row, 'confidence'), fail),
      sources: sourcesOf(field(row, 'sources'), fail),
    }),
  },
  {
    file: 'map_communes_2025.csv',
    columns: ['old_code', 'new_code', 'part', 'confidence', 'sources'],
    toPair: (row, fail) => ({
      from: ref('pre2025', 'commune', checkCode(field(row, 'old_code'), 'commune', fail('old_code'))),
      to: ref('post2025', 'commune', checkCode(field(row, 'new_code'), 'commune', fail('new_code'))),
      part: partOf(field(row, 'part'), fail),
      confidence: confidenceOf(field(row, 'confidence'), fail),
      sources: sourcesOf(field(row, 'sources'), fail),
    }),
  },
];

/** Reads one mapping file of `folder`; throws ImportError naming the line and column of a bad value. */
export async function readSuccessionFile(folder: string, spec: SuccessionFile): Promise<SuccessionInput[]> {
  const path = join(folder, spec.file);
  const rows = await readCsv(path, spec.columns);
  return rows.map((row) =>
    spec.toPair(row, (column) => (message) => {
      throw new ImportError(`${column}: ${message}`, path, row.line);
    }),
  );
}
