/** A unit as it stood on a day: its type can have changed within its structure (Unit.typeChange). */
import type { Unit } from '../types.js';

/** The unit with the type it had on `day` (ISO date): its former one before its type changed. */
export function unitOn(unit: Unit, day: string): Unit {
  const change = unit.typeChange;
  if (!change || day >= change.on) return unit;
  return { ...unit, type: change.type, typeCode: change.typeCode, fullName: change.fullName };
}
