/**
 * Loads every unit of both structures and the old→new lineage from the project's data/admin-units into
 * the core's plain types, with synthetic ids (in file order), for tests and benchmarks. Types are those
 * of 1 July 2025: the `*_2026` columns (Unit.typeChange) are read by the importer and tested there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Structure, Succession, Unit, UnitLevel } from '../../src/core/types.js';

/** Where the reference CSVs live. */
export const ADMIN_UNITS_DIR = resolve(import.meta.dirname, '../../data/admin-units');

type Row = Record<string, string>;

/** All units and successions, plus a lookup from structure, level and code to the unit. */
export interface NationalUnits {
  readonly units: readonly Unit[];
  readonly successions: readonly Succession[];
  /** The unit with that structure, level and GSO code; throws when there is none. */
  unit(structure: Structure, level: UnitLevel, code: string): Unit;
}

function read(file: string): Row[] {
  return parse(readFileSync(resolve(ADMIN_UNITS_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

function field(row: Row, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`column ${name} missing`);
  return value;
}

function confidenceOf(value: string | undefined): Succession['confidence'] {
  return value === 'medium' || value === 'low' ? value : 'high';
}

function partOf(value: string | undefined): Succession['part'] {
  return value === 'full' || value === 'partial' ? value : null;
}

let cached: NationalUnits | undefined;

/** Reads the CSVs once per test process. */
export function loadNationalUnits(): NationalUnits {
  if (cached) return cached;
  const units: Unit[] = [];
  const ids = new Map<string, number>();
  const key = (structure: Structure, level: UnitLevel, code: string) => `${structure}/${level}/${code}`;
  const add = (structure: Structure, level: UnitLevel, row: Row, parentKey: string | null) => {
    const id = units.length + 1;
    const code = field(row, 'code');
    ids.set(key(structure, level, code), id);
    units.push({
      id,
      structure,
      level,
      code,
      name: field(row, 'name'),
      fullName: field(row, 'full_name'),
      type: field(row, 'type'),
      typeCode: field(row, 'type_code'),
      nameEn: field(row, 'name_en'),
      parentId: parentKey === null ? null : (ids.get(parentKey) ?? null),
      validFrom: structure === 'post2025' ? '2025-07-01' : null,
      validTo: structure === 'pre2025' ? '2025-06-30' : null,
    });
  };
  for (const row of read('pre2025_provinces.csv')) add('pre2025', 'province', row, null);
  for (const row of read('pre2025_districts.csv')) add('pre2025', 'district', row, key('pre2025', 'province', field(row, 'province_code')));
  for (const row of read('pre2025_communes.csv')) add('pre2025', 'commune', row, key('pre2025', 'district', field(row, 'district_code')));
  for (const row of read('post2025_provinces.csv')) add('post2025', 'province', row, null);
  for (const row of read('post2025_communes.csv')) add('post2025', 'commune', row, key('post2025', 'province', field(row, 'province_code')));

  const successions: Succession[] = [];
  const link = (from: string, to: string, row: Row) => {
    const fromUnitId = ids.get(from);
    const toUnitId = ids.get(to);
    if (fromUnitId === undefined || toUnitId === undefined) return;
    successions.push({ fromUnitId, toUnitId, part: partOf(row.part), confidence: confidenceOf(row.confidence) });
  };
  for (const row of read('map_provinces_2025.csv')) {
    link(key('pre2025', 'province', field(row, 'old_code')), key('post2025', 'province', field(row, 'new_code')), row);
  }
  for (const row of read('map_districts_2025.csv')) {
    link(key('pre2025', 'district', field(row, 'old_district_code')), key('post2025', 'commune', field(row, 'new_code')), row);
  }
  for (const row of read('map_communes_2025.csv')) {
    link(key('pre2025', 'commune', field(row, 'old_code')), key('post2025', 'commune', field(row, 'new_code')), row);
  }
  cached = {
    units,
    successions,
    unit(structure, level, code) {
      const id = ids.get(key(structure, level, code));
      const found = id === undefined ? undefined : units[id - 1];
      if (!found) throw new Error(`no ${structure} ${level} ${code}`);
      return found;
    },
  };
  return cached;
}
