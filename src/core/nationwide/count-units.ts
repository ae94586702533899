/**
 * Counts the units of one level of one structure from the unit index, by type: the country's
 * counts are whatever the loaded unit list holds, never numbers written into the code.
 */
import type { Structure, Unit, UnitLevel } from '../types.js';
import type { UnitIndex } from '../units/unit-index.js';
import { unitOn } from '../units/unit-on.js';

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
 * Counts the units of `level` in `structure`, each of the type it had on `today`. Current (post-2025)
 * units that ended before `today` are left out; old units are counted as the structure stood on its
 * last day.
 */
export function tallyLevel(index: UnitIndex, structure: Structure, level: UnitLevel, today: string): LevelTally {
  const types = new Map<string, { type: string; count: number }>();
  let total = 0;
  for (const unit of index.units) {
    if (unit.structure !== structure || unit.level !== level) continue;
    if (structure === 'post2025' && unit.validTo !== null && unit.validTo < today) continue;
    total++;
    const { type, typeCode } = unitOn(unit, today);
    const seen = types.get(typeCode);
    if (seen) seen.count++;
    else types.set(typeCode, { type, count: 1 });
  }
  const byType = [...types.entries()]
    .map(([typeCode, t]) => ({ typeCode, type: t.type, count: t.count }))
    .sort((a, b) => b.count - a.count || a.typeCode.localeCompare(b.typeCode));
  return { structure, level, total, byType };
}

/** Current units of one level whose type changed on one day from one type to another. */
export interface TypeChangeGroup {
  readonly on: string;
  readonly from: { readonly typeCode: string; readonly type: string };
  readonly to: { readonly typeCode: string; readonly type: string };
  readonly units: readonly Unit[];
}

/** The type changes of current units of `level` that took effect after `from` and by `to` (ISO dates). */
export function typeChangesBetween(index: UnitIndex, level: UnitLevel, from: string, to: string): TypeChangeGroup[] {
  const groups = new Map<string, { on: string; from: TypeChangeGroup['from']; to: TypeChangeGroup['to']; units: Unit[] }>();
  for (const unit of index.units) {
    const change = unit.typeChange;
    if (unit.structure !== 'post2025' || unit.level !== level || !change || change.on <= from || change.on > to) continue;
    const key = `${change.on}|${change.typeCode}|${unit.typeCode}`;
    const group = groups.get(key);
    if (group) group.units.push(unit);
    else
      groups.set(key, {
        on: change.on,
        from: { typeCode: change.typeCode, type: change.type },
        to: { typeCode: unit.typeCode, type: unit.type },
        units: [unit],
      });
  }
  return [...groups.values()];
}
