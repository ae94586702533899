/**
 * Counts the units of one level of one structure from the unit index, by type: the country's
 * counts are whatever the loaded unit list holds, never numbers written into the code.
 */
import type { Structure, UnitLevel } from '../types.js';
import type { UnitIndex } from '../units/unit-index.js';

/** How many units of one type. */
export interface TypeCount {
  readonly typeCode: string;
  /** The Vietnamese type label as the unit list gives it ("Phường"). */
  readonly type: string;
  readonly count: number;
}

/** The units of one level of one structure, in all and by type (most numerous first). */
export interface LevelTally {
  readonly structure: Structure;
  readonly level: UnitLevel;
  readonly total: number;
  readonly byType: readonly TypeCount[];
}

/**
 * Counts the units of `level` in `structure`. Current (post-2025) units that ended before `today`
 * are left out; old units are counted as the structure stood on its last day.
 */
export function tallyLevel(index: UnitIndex, structure: Structure, level: UnitLevel, today: string): LevelTally {
  const types = new Map<string, { type: string; count: number }>();
  let total = 0;
  for (const unit of index.units) {
    if (unit.structure !== structure || unit.level !== level) continue;
    if (structure === 'post2025' && unit.validTo !== null && unit.validTo < today) continue;
    total++;
    const seen = types.get(unit.typeCode);
    if (seen) seen.count++;
    else types.set(unit.typeCode, { type: unit.type, count: 1 });
  }
  const byType = [...types.entries()]
    .map(([typeCode, t]) => ({ typeCode, type: t.type, count: t.count }))
    .sort((a, b) => b.count - a.count || a.typeCode.localeCompare(b.typeCode));
  return { structure, level, total, byType };
}
