/** The in-memory PlacePicks: one unit per (person, name key), the latest pick replacing the earlier. */
import type { PlacePicks } from '../../ports/place-picks.js';
import { type MemoryTables, requirePerson, requireUnitId } from './memory-tables.js';

const keyOf = (personId: number, nameKey: string): string => JSON.stringify([personId, nameKey]);

/** Creates the place-picks part of the memory store over shared tables (for its foreign keys). */
export function createMemoryPlacePicks(tables: MemoryTables): PlacePicks {
  const picks = new Map<string, number>();
  return {
    async rememberPick(personId, nameKey, unitId) {
      requirePerson(tables, personId);
      requireUnitId(tables, unitId);
      picks.set(keyOf(personId, nameKey), unitId);
    },
    async recallPick(personId, nameKey) {
      return picks.get(keyOf(personId, nameKey)) ?? null;
    },
  };
}
