/**
 * The ranking chart: the units a ranking lists (rank/compose-ranking.ts picks them, so the chart
 * and the words agree) as horizontal bars, the first at the top, of one structure and one basis (the
 * largest group: values on different bases are never ranked together), each unit's own target of
 * the figure's year on that basis as a mark across its bar, and the scope's target as a line across all.
 */
import { targetsFor } from '../answer/figure-text.js';
import { basisPhrase, byBasis } from '../compare/verdict.js';
import { formatPercent } from '../format/numbers.js';
import { sameBasis } from '../indicators/basis.js';
import { indicatorName } from '../indicators/catalogue.js';
import { DEFAULT_LISTED, groupNoun, type RankingInput, type Row, rankingRows } from '../rank/compose-ranking.js';
import type { Target } from '../types.js';
import { type BarRow, type BarsChart, COLOURS, type LegendItem } from './spec.js';
import { CHART_WORDS, shortPeriod } from './texts.js';
import { sourcesLine, stripSource } from './trend-chart.js';

/** Bars drawn at most, whatever the question asked ("top 50" is cut to this). */
export const MAX_BARS = 20;

/** The ranking's input, and the scope's own targets (the line across every bar). */
export interface RankingChartInput extends RankingInput {
  /** The scope's short name and its targets ("Nghệ An"), when the ranking is within a unit. */
  readonly scopeTargets?: { readonly name: string; readonly targets: readonly Target[] };
}

/** Builds the ranking chart; null when no unit has a value. */
export function buildRankingChart(input: RankingChartInput): BarsChart | null {
  const { lang } = input;
  const words = CHART_WORDS[lang];
  const main = input.indicator ?? 'bhxh';
  const picked = rankingRows(input);
  const index = picked.rows.findIndex((rows) => rows.length > 0);
  const group = input.groups[index];
  const basisGroup = byBasis(picked.rows[index] ?? [])[0];
  if (!group || !basisGroup) return null;
  const desc = input.question.order === 'desc';
  const sorted = [...basisGroup].sort((a, b) => (desc ? b.percent - a.percent : a.percent - b.percent));
  const limit = Math.min(input.question.limit ?? DEFAULT_LISTED, MAX_BARS);
  const listed = sorted.slice(0, limit);
  const periods = new Set(listed.map((r) => r.when));
  const basis = listed[0]?.basis ?? null;
  const rows: BarRow[] = listed.map((r) => ({
    label: r.label,
    value: r.percent,
    valueLabel: formatPercent(r.percent, lang) + (periods.size > 1 ? ` · ${r.period ? shortPeriod(r.period, lang) : r.when}` : ''),
    target: input.wantsTarget ? null : ownTarget(r, main),
    ...(input.focusLabel !== undefined && r.label === input.focusLabel ? { focus: true } : {}),
  }));
  const year = mostCommon(listed.map((r) => r.year).filter((y): y is number => y !== null));
  const scopeTarget =
    input.wantsTarget || !input.scopeTargets || year === null
      ? undefined
      : targetsFor(input.scopeTargets.targets, main, year).find((t) => sameBasis(t.basis, basis));
  const reference =
    scopeTarget && input.scopeTargets
      ? { value: scopeTarget.percent, label: words.referenceOf(input.scopeTargets.name, scopeTarget.year, formatPercent(scopeTarget.percent, lang)) }
      : null;
  const name = indicatorName(main, lang);
  const legend: LegendItem[] = [
    { label: input.wantsTarget ? CHART_WORDS[lang].targetsOnly : words.actual, colour: COLOURS.bar, mark: 'bar' },
    ...(rows.some((r) => r.target !== null) ? [{ label: words.unitTargets, colour: COLOURS.target.plan, mark: 'tick' as const }] : []),
    ...(reference ? [{ label: reference.label, colour: COLOURS.target.assigned, mark: 'dash' as const }] : []),
  ];
  const shownOf = sorted.length > listed.length ? [(desc ? words.topOf : words.bottomOf)(listed.length, sorted.length)] : [];
  const noun = groupNoun(lang, group.structure, group.level, input.scopeLabel);
  const ends = listed.map((r) => r.end).filter((e): e is string => e !== null);
  return {
    kind: 'bars',
    lang,
    title: capitalise(input.wantsTarget && year !== null ? words.rankingTargets(name, String(year)) : words.ranking(name)),
    subtitle: [capitalise(noun), [capitalise(basisPhrase(basis, lang)), ...shownOf].join(' · '), ...(periods.size > 1 ? [words.periodsDiffer] : [])],
    legend,
    footer: [
      sourcesLine(
        words.sources,
        listed.map((r) => stripSource(r.source)),
        lang,
      ),
      words.dates(ends.length > 0 ? (ends.sort().at(-1) ?? null) : null, input.today),
    ],
    rows,
    reference,
  };
}

/** The unit's target of its figure's year (else the next year that has one) on the figure's basis. */
function ownTarget(row: Row, main: Row['targets'][number]['indicator']): number | null {
  if (row.year === null) return null;
  const years = row.targets.filter((t) => t.indicator === main && t.year >= (row.year as number) && sameBasis(t.basis, row.basis)).map((t) => t.year);
  if (years.length === 0) return null;
  const t = targetsFor(row.targets, main, Math.min(...years)).find((x) => sameBasis(x.basis, row.basis));
  return t ? t.percent : null;
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
