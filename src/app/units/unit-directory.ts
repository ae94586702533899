/**
 * Keeps the in-memory unit index that name resolution needs. It is derived from the store (the
 * source of truth) and can be rebuilt at any time, so a second replica needs nothing from this one.
 */

import { buildUnitIndex, type UnitIndex } from '../../core/units/unit-index.js';
import type { UnitStore } from '../../ports/unit-store.js';

export interface UnitDirectory {
  /** The current index. */
  readonly current: () => UnitIndex;
  /** Rebuilds the index from the store (after an import). */
  reload(): Promise<void>;
}

/** Loads the unit index from the store once and returns a directory that can reload it. */
export async function loadUnitDirectory(store: UnitStore): Promise<UnitDirectory> {
  const build = async () => {
    const [units, successions] = await Promise.all([store.listUnits(), store.listSuccessions()]);
    return buildUnitIndex(units, successions);
  };
  let index = await build();
  return {
    current: () => index,
    async reload() {
      index = await build();
    },
  };
}
