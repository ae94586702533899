/**
 * Results worked out from the figures, remembered per unit index and figures' version: an answer is a
 * function of the unit, the question, the figures' version (Turn.factsVersion, distinct per store) and
 * the day, so one asked again while the figures stay the same is worked out once. The caller's key
 * must name everything else the result depends on. Our choice: the last 256 per kind (officials ask the
 * same few questions all day).
 */
import type { UnitIndex } from '../core/units/unit-index.js';

const REMEMBERED = 256;

/** A remembered computation: `compute` runs when `key` was not seen under this index and version. */
export type PerVersion<T> = (index: UnitIndex, version: string, key: string, compute: () => Promise<T>) => Promise<T>;

/** A memory of one kind of result. */
export function rememberedPerVersion<T>(): PerVersion<T> {
  const known = new WeakMap<UnitIndex, Map<string, T>>();
  return async (index, version, key, compute) => {
    let results = known.get(index);
    if (!results) known.set(index, (results = new Map()));
    const full = `${version}|${key}`;
    const hit = results.get(full);
    if (hit !== undefined) return hit;
    const value = await compute();
    if (results.size >= REMEMBERED) results.delete(results.keys().next().value as string);
    results.set(full, value);
    return value;
  };
}
