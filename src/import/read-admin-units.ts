/**
 * Reads a folder of administrative-unit CSV files (the format of data/admin-units: see its README)
 * into units and lineage pairs for Store.importUnits / importSuccessions. Parents come before their
 * children. Missing files are skipped and reported, so a folder may hold only part of the set.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Structure, UnitLevel } from '../core/types.js';
import type { SuccessionInput, UnitInput } from '../ports/store.js';
import { ImportError, readCsv, type CsvRow } from './csv.js';

/** Last day of the old structure and first day of the new one (19/2025/QĐ-TTg). */
export const PRE2025_VALID_TO = '2025-06-30';
export const POST2025_VALID_FROM = '2025-07-01';

const UNIT_COLUMNS = ['code', 'name', 'full_name', 'type', 'type_code', 'name_en', 'code_name'] as const;
type UnitColumn = (typeof UNIT_COLUMNS)[number];

interface UnitFile {
  readonly file: string;
  readonly structure: Structure;
  readonly level: UnitLevel;
  /** The column naming the parent and the parent's level, if any. */
  readonly parent: { readonly column: string; readonly level: UnitLevel } | null;
}

/** In parent-first order. */
const UNIT_FILES: readonly UnitFile[] = [
  { file: 'pre2025_provinces.csv', structure: 'pre2025', level: 'province', parent: null },
  { file: 'pre2025_districts.csv', structure: 'pre2025', level: 'district', parent: { column: 'province_code', level: 'province' } },
  { file: 'pre2025_communes.csv', structure: 'pre2025', level: 'commune', parent: { column: 'district_code', level: 'district' } },
  { file: 'post2025_provinces.csv', structure: 'post2025', level: 'province', parent: null },
  { file: 'post2025_communes.csv', structure: 'post2025', level: 'commune', parent: { column: 'province_code', level: 'province' } },
];

/** What a folder held. */
export interface AdminUnitSet {
  readonly units: UnitInput[];
  readonly successions: SuccessionInput[];
  /** The files that were read, in order. */
  readonly files: string[];
}

async function readUnits(folder: string, spec: UnitFile): Promise<UnitInput[]> {
  const columns: string[] = [...UNIT_COLUMNS, ...(spec.parent ? [spec.parent.column] : [])];
  const rows = (await readCsv(join(folder, spec.file), columns)) as CsvRow<UnitColumn | string>[];
  return rows.map((row) => {
    const field = (c: string) => row[c] as string;
    if (!field('code') || !field('name')) throw new ImportError('code and name must not be empty', spec.file, row.line);
    return {
      structure: spec.structure,
      level: spec.level,
      code: field('code'),
      name: field('name'),
      fullName: field('full_name'),
      type: field('type'),
      typeCode: field('type_code'),
      nameEn: field('name_en'),
      codeName: field('code_name'),
      parent: spec.parent ? { level: spec.parent.level, code: field(spec.parent.column) } : null,
      validFrom: spec.structure === 'post2025' ? POST2025_VALID_FROM : null,
      validTo: spec.structure === 'pre2025' ? PRE2025_VALID_TO : null,
    };
  });
}

const CONFIDENCE = new Set(['high', 'medium', 'low']);

function confidenceOf(value: string, file: string, line: number): SuccessionInput['confidence'] {
  if (!CONFIDENCE.has(value)) throw new ImportError(`confidence must be high, medium or low, not "${value}"`, file, line);
  return value as SuccessionInput['confidence'];
}

function partOf(value: string, file: string, line: number): SuccessionInput['part'] {
  if (value === '') return null;
  if (value === 'full' || value === 'partial') return value;
  throw new ImportError(`part must be full, partial or empty, not "${value}"`, file, line);
}

async function readSuccessions(folder: string, files: string[]): Promise<SuccessionInput[]> {
  const pairs: SuccessionInput[] = [];
  const present = (file: string) => existsSync(join(folder, file)) && (files.push(file), true);
  const old = (level: UnitLevel, code: string) => ({ structure: 'pre2025' as const, level, code });
  const now = (level: UnitLevel, code: string) => ({ structure: 'post2025' as const, level, code });

  if (present('map_provinces_2025.csv')) {
    // Every old province went whole into one new province, merged or not.
    for (const row of await readCsv(join(folder, 'map_provinces_2025.csv'), ['old_code', 'new_code'] as const)) {
      pairs.push({ from: old('province', row.old_code), to: now('province', row.new_code), part: 'full', confidence: 'high', sources: 'both' });
    }
  }
  if (present('map_districts_2025.csv')) {
    const file = 'map_districts_2025.csv';
    for (const row of await readCsv(join(folder, file), ['old_district_code', 'new_code', 'confidence', 'sources'] as const)) {
      pairs.push({
        from: old('district', row.old_district_code), to: now('commune', row.new_code), part: null,
        confidence: confidenceOf(row.confidence, file, row.line), sources: row.sources,
      });
    }
  }
  if (present('map_communes_2025.csv')) {
    const file = 'map_communes_2025.csv';
    for (const row of await readCsv(join(folder, file), ['old_code', 'new_code', 'part', 'confidence', 'sources'] as const)) {
      pairs.push({
        from: old('commune', row.old_code), to: now('commune', row.new_code), part: partOf(row.part, file, row.line),
        confidence: confidenceOf(row.confidence, file, row.line), sources: row.sources,
      });
    }
  }
  return pairs;
}

/** Reads every known file present in `folder`; fails when none is. */
export async function readAdminUnits(folder: string): Promise<AdminUnitSet> {
  const files: string[] = [];
  const units: UnitInput[] = [];
  for (const spec of UNIT_FILES) {
    if (!existsSync(join(folder, spec.file))) continue;
    files.push(spec.file);
    units.push(...(await readUnits(folder, spec)));
  }
  const successions = await readSuccessions(folder, files);
  if (files.length === 0) {
    throw new ImportError(`no unit files found (expected ${UNIT_FILES.map((f) => f.file).join(', ')} or map_*_2025.csv)`, folder);
  }
  return { units, successions, files };
}
