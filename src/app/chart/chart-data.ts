/**
 * What a unit's trend chart is drawn from: its own figures and targets of the indicator, or, for a
 * unit of the new structure that has none, those of its same-level predecessor of the same name
 * (Gia Lai from 1 July 2025 through Gia Lai before it), as the comparison shows them.
 */
import { buildTrendChart, type TrendResult } from '../../core/chart/index.js';
import { fold } from '../../core/text/fold.js';
import type { IndicatorCode, Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { AppDeps, Turn } from '../turn.js';

/** The chart and the unit it shows (the predecessor, when it came from there). */
export interface UnitTrend {
  readonly chart: TrendResult | null;
  readonly shown: Unit;
  readonly label: string;
}

/** Reads the figures and targets (two store calls, from the figures' cache on the service) and builds the chart. */
export async function unitTrend(turn: Turn, deps: AppDeps<FiguresStore>, unit: Unit, indicator: IndicatorCode, lang: Language): Promise<UnitTrend> {
  const index = deps.units();
  const twins =
    unit.structure === 'post2025'
      ? index
          .predecessorsOf(unit.id)
          .map((p) => p.unit)
          .filter((p) => p.level === unit.level && fold(p.name) === fold(unit.name))
      : [];
  const ids = [unit.id, ...twins.map((t) => t.id)];
  const [reports, targets] = await Promise.all([deps.store.findReports(ids, turn.factsVersion), deps.store.findTargets(ids, turn.factsVersion)]);
  const build = (u: Unit) => {
    const label = describeUnit(u, index, lang);
    const chart = buildTrendChart({
      lang,
      unitLabel: label,
      indicator,
      reports: reports.filter((r) => r.unitId === u.id),
      targets: targets.filter((t) => t.unitId === u.id),
      today: turn.today,
    });
    return { chart, shown: u, label };
  };
  const own = build(unit);
  if (own.chart) return own;
  for (const twin of twins) {
    const other = build(twin);
    if (other.chart) return other;
  }
  return own;
}

/** Whether the chart shows a history: two things over time at least (figures, or a figure and a target). */
export function hasHistory(chart: TrendResult | null): boolean {
  return chart !== null && chart.figures + chart.targets >= 2;
}
