/** GSO unit codes: zero-padded digit strings whose length gives the level. */
import type { UnitLevel } from '../core/types.js';

/** Digits in a GSO code, by level. */
export const CODE_LENGTH: Readonly<Record<UnitLevel, number>> = { province: 2, district: 3, commune: 5 };

/** The level a code of this many digits names, or null. */
export function levelOfCode(code: string): UnitLevel | null {
  if (!/^\d+$/.test(code)) return null;
  const entry = Object.entries(CODE_LENGTH).find(([, digits]) => digits === code.length);
  return entry ? (entry[0] as UnitLevel) : null;
}

/**
 * Returns `value` when it is a code of the level's length, or calls `fail`. A spreadsheet that dropped
 * the leading zero ("1" for "01") is the usual way a code goes wrong, so codes are never numbers.
 */
export function checkCode(value: string, level: UnitLevel, fail: (message: string) => never): string {
  if (levelOfCode(value) !== level) fail(`"${value}" is not a ${level} code of ${CODE_LENGTH[level]} digits`);
  return value;
}
