/**
 * The one place a feature's question names (a chart, the people, a lineage, an export): the most
 * prominent unit of that name, suggestions for a name not known, the words of the trade left soft.
 */
import { SOFT_WORDS } from '../../core/query/vocabulary.js';
import { type FoundPlace, findPlace } from '../../core/units/find-place.js';
import type { UnitIndex } from '../../core/units/unit-index.js';

/** Finds the place `text` names; `before2025` when the question is about the old units. */
export function findAskedPlace(text: string, index: UnitIndex, before2025: boolean): FoundPlace {
  return findPlace(text, index, { prominence: true, before2025, suggest: true, soft: SOFT_WORDS });
}
