/**
 * Fetches what a coverage answer needs for one unit (its own figures and targets, its successors'
 * when it was dissolved, its same-level predecessors' when it is a new unit) in two store calls,
 * a third for its children's figures when it has none of its own, and hands them to the pure composer.
 */

import { figuresOf } from '../../core/answer/figures.js';
import { type ChildrenSum, sumChildren } from '../../core/coverage/children-sum.js';
import { composeCoverageAnswer } from '../../core/coverage/coverage-answer.js';
import type { ParsedQuery } from '../../core/query/parse-query.js';
import type { Ask } from '../../core/query/question-asks.js';
import type { IndicatorCode, Report, Target, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { sameLevelPredecessors, type UnitIndex } from '../../core/units/unit-index.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import { rememberedPerVersion } from '../answers-per-version.js';

/** At most this many predecessors are shown for a new unit (a merged province has two or three). */
const MAX_PREDECESSORS = 5;

export interface GatherDeps {
  readonly store: FiguresStore;
  readonly index: UnitIndex;
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
  /** The figures' version read as the turn opened (Turn.factsVersion), passed to the store's reads. */
  readonly asOf?: string;
}

type CoverageQuery = Pick<ParsedQuery, 'language' | 'indicator' | 'period' | 'wantsTarget'> & {
  readonly more?: readonly Ask[];
  readonly leftOut?: readonly IndicatorCode[];
  readonly submitHint?: string;
};

const composed = rememberedPerVersion<string>();

/** Builds the coverage answer for a resolved unit (remembered under the figures' version, when given). */
export async function gatherCoverage(deps: GatherDeps, unit: Unit, query: CoverageQuery): Promise<string> {
  if (deps.asOf === undefined) return gatherOnce(deps, unit, query);
  return composed(deps.index, deps.asOf, `${deps.today}|${unit.id}|${JSON.stringify(query)}`, () => gatherOnce(deps, unit, query));
}

async function gatherOnce(deps: GatherDeps, unit: Unit, query: CoverageQuery): Promise<string> {
  const { index, store } = deps;
  const lang = query.language;
  const successors = index.isDissolved(unit) ? index.successorsOf(unit.id) : [];
  const predecessors = sameLevelPredecessors(index, unit, MAX_PREDECESSORS);
  const ids = [unit.id, ...successors.map((s) => s.unit.id), ...predecessors.map((p) => p.unit.id)];
  const [reports, targets] = await Promise.all([store.findReports(ids, deps.asOf), store.findTargets(ids, deps.asOf)]);
  const reportsOf = groupBy(reports);
  const targetsOf = groupBy(targets);

  const childrenSum = await childrenSumFor(deps, unit, query, reportsOf(unit.id));

  const described = predecessors.map((p) => ({ label: describeUnit(p.unit, index, lang), reports: reportsOf(p.unit.id), targets: targetsOf(p.unit.id) }));
  const holds = (p: { readonly reports: readonly Report[]; readonly targets: readonly Target[] }) => p.reports.length > 0 || p.targets.length > 0;
  const predecessorData = described.filter(holds);
  const predecessorsWithout = described.filter((p) => !holds(p)).map((p) => p.label);

  return composeCoverageAnswer({
    lang,
    unitLabel: describeUnit(unit, index, lang),
    level: unit.level,
    indicator: query.indicator,
    period: query.period,
    wantsTarget: query.wantsTarget,
    ...(query.more ? { more: query.more } : {}),
    ...(query.leftOut ? { leftOut: query.leftOut } : {}),
    ...(query.submitHint ? { submitHint: query.submitHint } : {}),
    reports: reportsOf(unit.id),
    targets: targetsOf(unit.id),
    ...(successors.length > 0
      ? {
          lineage: {
            successors: successors.map((s) => ({
              label: describeUnit(s.unit, index, lang),
              reports: reportsOf(s.unit.id),
              targets: targetsOf(s.unit.id),
              part: s.part,
            })),
          },
        }
      : {}),
    ...(predecessorData.length > 0 ? { predecessorData, predecessorsWithout } : {}),
    ...(childrenSum ? { childrenSum } : {}),
    today: deps.today,
  });
}

/**
 * The children's counts summed up, for a unit with no figure of its own for the indicator asked:
 * one more store call, made only then (DESIGN 2.5, "figures of children sum up to a parent that has none").
 */
async function childrenSumFor(
  deps: GatherDeps,
  unit: Unit,
  query: Pick<ParsedQuery, 'indicator' | 'period'>,
  own: readonly Report[],
): Promise<ChildrenSum | null> {
  const indicator = query.indicator ?? 'bhxh';
  const children = deps.index.childrenOf(unit.id);
  if (children.length === 0 || figuresOf(own, indicator).length > 0) return null;
  const reportsOf = groupBy(
    await deps.store.findReports(
      children.map((c) => c.id),
      deps.asOf,
    ),
  );
  const data = children.map((c) => ({ level: c.level, typeCode: c.typeCode, type: c.type, reports: reportsOf(c.id) }));
  return sumChildren(data, indicator, query.period);
}

function groupBy<T extends Report | Target>(rows: readonly T[]): (unitId: number) => T[] {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.unitId);
    if (list) list.push(row);
    else map.set(row.unitId, [row]);
  }
  return (unitId) => map.get(unitId) ?? [];
}
