/**
 * The last word on a place that prominence chose among several of one name: between units of one
 * level, the current one wins unless only the old one has figures (a question about an old commune's
 * submissions should not land on a new commune of the same name that has none).
 */
import type { Unit } from '../../core/types.js';
import type { PlaceResolution } from '../../core/units/resolve-place.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { AppDeps, Turn } from '../turn.js';

type Found = Extract<PlaceResolution, { kind: 'found' }>;

/** The place to answer for: `found` itself, or the one old unit of its level that alone has figures. */
export async function settlePlace(turn: Turn, deps: AppDeps<FiguresStore>, found: Found): Promise<Found> {
  const { unit, others = [] } = found;
  if (unit.structure !== 'post2025') return found;
  const older = others.filter((o) => o.level === unit.level && o.structure === 'pre2025');
  if (older.length === 0) return found;
  const reports = await deps.store.findReports([unit.id, ...older.map((o) => o.id)], turn.factsVersion);
  const withFigures = new Set(reports.map((r) => r.unitId));
  if (withFigures.has(unit.id)) return found;
  const holders = older.filter((o) => withFigures.has(o.id));
  if (holders.length !== 1) return found;
  const chosen = holders[0] as Unit;
  return { ...found, unit: chosen, others: [unit, ...others.filter((o) => o.id !== chosen.id)] };
}
