/**
 * Provinces by the initials of their names ("hp": Hải Phòng; "dn": Đà Nẵng, Đồng Nai, Đắk Nông), for
 * the places offered when no name was found. Initials are only offered, never taken as the place
 * ("hn" is also texting for "hôm nay"); the few written in capitals that everyone reads one way are
 * aliases (type-words.ts).
 */
import type { Unit } from '../types.js';
import type { UnitIndex } from './unit-index.js';

const tables = new WeakMap<UnitIndex, ReadonlyMap<string, readonly Unit[]>>();

/** The provinces, of either structure, whose names' words start with the letters of `word` in order. */
export function provincesWithInitials(index: UnitIndex, word: string): readonly Unit[] {
  if (!/^[a-z]{2,4}$/.test(word)) return [];
  let table = tables.get(index);
  if (!table) {
    table = initialsTable(index);
    tables.set(index, table);
  }
  return table.get(word) ?? [];
}

function initialsTable(index: UnitIndex): ReadonlyMap<string, readonly Unit[]> {
  const table = new Map<string, Unit[]>();
  for (const unit of index.units) {
    if (unit.level !== 'province') continue;
    const initials = (index.foldedNames(unit)[0] ?? '')
      .split(' ')
      .map((word) => word[0])
      .join('');
    if (initials.length >= 2) table.set(initials, [...(table.get(initials) ?? []), unit]);
  }
  return table;
}
