/**
 * Reads a folder of administrative-unit CSV files (the format of data/admin-units, see its README)
 * into units and lineage pairs for UnitStore.importUnits / importSuccessions. Units come parents first:
 * provinces, districts, communes; pre-2025 before post-2025. Missing files are skipped and the files
 * read are listed, so a folder may hold only part of the set.
 */

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Structure, UnitLevel } from '../core/types.js';
import { REORGANISATION_DAY } from '../core/units/reorganisation.js';
import type { SuccessionInput, UnitInput } from '../ports/unit-store.js';
import { ImportError, readCsv } from './csv.js';
import { checkCode } from './gso-code.js';
import { readSuccessionFile, SUCCESSION_FILES } from './read-successions.js';

/** Last day of the structure before the 2025 reorganisation. */
export const PRE2025_VALID_TO = '2025-06-30';
/** First day of the structure set by 19/2025/QĐ-TTg. */
export const POST2025_VALID_FROM = REORGANISATION_DAY;

const UNIT_COLUMNS = ['code', 'name', 'full_name', 'type', 'type_code', 'name_en', 'code_name'] as const;
/** The type a current unit has had since 30 April 2026 (the list's latest snapshot), when the file has it. */
const TYPE_2026_COLUMNS = ['type_2026', 'full_name_2026'] as const;
/**
 * The day the types of the `*_2026` columns took effect: 30/2026/QH16 and 237/NQ-UBTVQH16 (Đồng Nai a
 * centrally-run city, ten of its xã phường), as data/admin-units/README.md records it.
 */
export const TYPES_2026_FROM = '2026-04-30';

interface UnitFile {
  readonly file: string;
  readonly structure: Structure;
  readonly level: UnitLevel;
  /** The column holding the parent's code, and the parent's level. */
  readonly parent: { readonly column: 'province_code' | 'district_code'; readonly level: UnitLevel } | null;
}

/** The unit files, parents first. */
const UNIT_FILES: readonly UnitFile[] = [
  { file: 'pre2025_provinces.csv', structure: 'pre2025', level: 'province', parent: null },
  { file: 'pre2025_districts.csv', structure: 'pre2025', level: 'district', parent: { column: 'province_code', level: 'province' } },
  { file: 'pre2025_communes.csv', structure: 'pre2025', level: 'commune', parent: { column: 'district_code', level: 'district' } },
  { file: 'post2025_provinces.csv', structure: 'post2025', level: 'province', parent: null },
  { file: 'post2025_communes.csv', structure: 'post2025', level: 'commune', parent: { column: 'province_code', level: 'province' } },
];

/** Every file name the reader knows, in reading order. */
export const ADMIN_UNIT_FILES: readonly string[] = [...UNIT_FILES.map((f) => f.file), ...SUCCESSION_FILES.map((f) => f.file)];

/** What a folder held. */
export interface AdminUnitSet {
  readonly units: UnitInput[];
  readonly successions: SuccessionInput[];
  /** The files that were read, in reading order. */
  readonly files: string[];
}

async function readUnitFile(folder: string, spec: UnitFile): Promise<UnitInput[]> {
  const path = join(folder, spec.file);
  const parent = spec.parent;
  const columns = parent ? [...UNIT_COLUMNS, parent.column] : [...UNIT_COLUMNS];
  const rows = await readCsv(path, columns, spec.structure === 'post2025' ? TYPE_2026_COLUMNS : []);
  // A type label of 2026 takes the English code the same label has in the file ("Phường" → ward).
  const codeOfType = new Map(rows.map((row) => [row.type, row.type_code]));
  return rows.map((row) => {
    const fail =
      (column: string) =>
      (message: string): never => {
        throw new ImportError(`${column}: ${message}`, path, row.line);
      };
    if (row.name === '') fail('name')('must not be empty');
    const unit: UnitInput = {
      structure: spec.structure,
      level: spec.level,
      code: checkCode(row.code, spec.level, fail('code')),
      name: row.name,
      fullName: row.full_name,
      type: row.type,
      typeCode: row.type_code,
      nameEn: row.name_en,
      codeName: row.code_name,
      parent: parent ? { level: parent.level, code: checkCode(row[parent.column], parent.level, fail(parent.column)) } : null,
      validFrom: spec.structure === 'post2025' ? POST2025_VALID_FROM : null,
      validTo: spec.structure === 'pre2025' ? PRE2025_VALID_TO : null,
    };
    const type2026 = row.type_2026 ?? '';
    if (type2026 === '' || type2026 === row.type) return unit;
    const typeCode = codeOfType.get(type2026) ?? fail('type_2026')(`"${type2026}" is no type of this file, so its code is unknown`);
    const fullName = row.full_name_2026 || fail('full_name_2026')('must be given with a changed type_2026');
    return {
      ...unit,
      type: type2026,
      typeCode,
      fullName,
      typeChange: { on: TYPES_2026_FROM, type: row.type, typeCode: row.type_code, fullName: row.full_name },
    };
  });
}

async function listFolder(folder: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(folder));
  } catch (error) {
    throw new ImportError('folder not found or not readable', folder, undefined, { cause: error });
  }
}

/**
 * Reads every known file present in `folder`. Throws ImportError naming the file (and line and column)
 * of the first problem, or when the folder holds none of the known files.
 */
export async function readAdminUnits(folder: string): Promise<AdminUnitSet> {
  const present = await listFolder(folder);
  const files: string[] = [];
  const units: UnitInput[] = [];
  const successions: SuccessionInput[] = [];
  for (const spec of UNIT_FILES) {
    if (!present.has(spec.file)) continue;
    files.push(spec.file);
    units.push(...(await readUnitFile(folder, spec)));
  }
  for (const spec of SUCCESSION_FILES) {
    if (!present.has(spec.file)) continue;
    files.push(spec.file);
    successions.push(...(await readSuccessionFile(folder, spec)));
  }
  if (files.length === 0) throw new ImportError(`none of the expected files is there (${ADMIN_UNIT_FILES.join(', ')})`, folder);
  return { units, successions, files };
}
