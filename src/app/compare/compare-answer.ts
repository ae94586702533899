/**
 * What a comparison answers once its places are settled: places side by side, one place over time,
 * or one place's figure against its targets (the coverage answer). Reads each unit's figures and
 * targets in two store calls for all of them.
 */

import { figuresOf } from '../../core/answer/figures.js';
import { type Against, composeOverTime, composePlaceComparison, type PlaceData } from '../../core/compare/index.js';
import { periodYear } from '../../core/periods/period-code.js';
import type { ParsedQuery } from '../../core/query/parse-query.js';
import { fold } from '../../core/text/fold.js';
import type { Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import { gatherCoverage } from '../coverage/gather-coverage.js';
import type { AppDeps, Turn } from '../turn.js';

/** What a comparison answers, decided before its places are settled (and kept with a numbered list). */
export type ComparePlan =
  /** The places side by side; with the country, which has no figure of its own. */
  | { readonly kind: 'places'; readonly withCountry: boolean }
  /** One place over time, against what the question said (else the figure before). */
  | { readonly kind: 'over-time'; readonly against: Against | null }
  /** One place's figure against its targets ("so sánh … với chỉ tiêu"). */
  | { readonly kind: 'against-target' };

/** The parts of the question a comparison answer needs (serialisable, for a numbered list). */
export type CompareQuestion = Pick<ParsedQuery, 'indicator' | 'period' | 'periods' | 'wantsTarget'> & { readonly language: Language };

/** Answers the plan for the settled units (each once, in the question's order). */
export async function answerComparison(
  turn: Turn,
  deps: AppDeps<FiguresStore>,
  plan: ComparePlan,
  question: CompareQuestion,
  units: readonly Unit[],
): Promise<string> {
  const [first] = units;
  if (!first) return '';
  if (plan.kind === 'places' && (units.length >= 2 || plan.withCountry)) {
    const places = await placeData(turn, deps, question, units);
    return composePlaceComparison({
      lang: question.language,
      indicator: question.indicator,
      period: question.period,
      wantsTarget: question.wantsTarget,
      places,
      ...(plan.withCountry ? { withCountry: true } : {}),
      today: turn.today,
    });
  }
  if (plan.kind === 'against-target') {
    const gather = { store: deps.store, index: deps.units(), today: turn.today, asOf: turn.factsVersion };
    return gatherCoverage(gather, first, { language: question.language, indicator: question.indicator, period: question.period, wantsTarget: true });
  }
  return overTime(turn, deps, question, first, plan.kind === 'over-time' ? plan.against : null);
}

async function overTime(turn: Turn, deps: AppDeps<FiguresStore>, question: CompareQuestion, unit: Unit, said: Against | null): Promise<string> {
  const [place] = await placeData(turn, deps, question, [unit]);
  const codes = question.periods.filter((p) => p.kind === 'code');
  const againstCode = said?.kind === 'period' ? said.period.code : null;
  const period = codes.find((p) => p.code !== againstCode) ?? { kind: 'latest' as const };
  const second = codes.find((p) => p !== period);
  const against: Against = said ?? (second ? { kind: 'period', period: second } : { kind: 'previous' });
  const alsoYears = codes.flatMap((p) => {
    const year = p === period || p === second ? null : periodYear(p.code);
    return year === null ? [] : [year];
  });
  return composeOverTime({
    lang: question.language,
    indicator: question.indicator,
    wantsTarget: question.wantsTarget,
    place: place as PlaceData,
    period,
    against,
    ...(alsoYears.length > 0 ? { alsoYears } : {}),
    today: turn.today,
  });
}

/**
 * Each unit's figures and targets. A unit of the new structure with nothing of its own for the
 * question is shown through its same-level predecessor of the same name that has something (Hải
 * Phòng from 1 July 2025 through Hải Phòng before it), else through the one other predecessor that
 * has something (Thái Nguyên through Bắc Kạn), as the coverage answer shows predecessors.
 */
async function placeData(turn: Turn, deps: AppDeps<FiguresStore>, question: CompareQuestion, units: readonly Unit[]): Promise<PlaceData[]> {
  const index = deps.units();
  const lang = question.language;
  const forebears = (unit: Unit): Unit[] =>
    unit.structure !== 'post2025'
      ? []
      : index
          .predecessorsOf(unit.id)
          .map((p) => p.unit)
          .filter((p) => p.level === unit.level);
  const ids = units.flatMap((u) => [u.id, ...forebears(u).map((p) => p.id)]);
  const [reports, targets] = await Promise.all([deps.store.findReports(ids, turn.factsVersion), deps.store.findTargets(ids, turn.factsVersion)]);
  const main = question.indicator ?? 'bhxh';
  const holdsTargets = (id: number): boolean => targets.some((t) => t.unitId === id && t.indicator === main);
  const holdsFigures = (id: number): boolean =>
    figuresOf(
      reports.filter((r) => r.unitId === id),
      main,
    ).length > 0;
  // What the question is about first; for figures, a twin with targets only comes next (a year with targets alone).
  const holds = question.wantsTarget ? [holdsTargets] : [holdsFigures, holdsTargets];
  const names = units.map((u) => (lang === 'vi' ? u.name : u.nameEn));
  return units.map((unit, i) => {
    const [twins, others] = partition(forebears(unit), (p) => fold(p.name) === fold(unit.name));
    const candidates = [unit, ...twins];
    const other = (test: (id: number) => boolean): Unit | undefined => {
      const holding = others.filter((p) => test(p.id));
      return holding.length === 1 ? holding[0] : undefined;
    };
    const shown = holds.map((test) => candidates.find((c) => test(c.id))).find((c) => c !== undefined) ?? holds.map(other).find((c) => c !== undefined) ?? unit;
    const unique = names.filter((n) => n === names[i]).length === 1;
    // Shown through another unit it was formed from, the sentences name that unit ("Bắc Kạn cao hơn …").
    const formedFrom = others.includes(shown);
    return {
      label: describeUnit(shown, index, lang),
      name: formedFrom ? (lang === 'vi' ? shown.name : shown.nameEn) : unique ? (names[i] as string) : describeUnit(unit, index, lang),
      ...(formedFrom ? { formedFrom: true as const } : {}),
      reports: reports.filter((r) => r.unitId === shown.id),
      targets: targets.filter((t) => t.unitId === shown.id),
      ...(shown.id !== unit.id ? { shownFor: describeUnit(unit, index, lang) } : {}),
      ...(index.isDissolved(unit) ? { successors: index.successorsOf(unit.id).map((s) => ({ label: describeUnit(s.unit, index, lang), part: s.part })) } : {}),
    };
  });
}

/** The items that pass the test, then the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
