/**
 * The trend chart of one unit's indicator: every figure held over time (one per period, the newest
 * version), on the basis of the latest figure, and the targets on that same basis as flat lines over
 * their years, one colour per kind of target. A target on another basis is named in the footer and
 * not drawn: a line beside the figures would read as a gap that cannot be computed.
 */
import { sourceText } from '../answer/figure-text.js';
import { type Figure, figuresOf, reportEnd } from '../answer/figures.js';
import { basisPhrase, byBasis } from '../compare/verdict.js';
import { formatPercent } from '../format/numbers.js';
import { sameBasis } from '../indicators/basis.js';
import { indicatorName } from '../indicators/catalogue.js';
import { type Basis, type IndicatorCode, type Language, type Report, TARGET_KINDS, type Target } from '../types.js';
import { CHART_WIDTH, COLOURS, type LegendItem, type TargetSeries, type TrendChart, type TrendPoint } from './spec.js';
import { CHART_WORDS, targetKindShort } from './texts.js';

/** What the trend chart needs, already fetched. */
export interface TrendInput {
  readonly lang: Language;
  /** The unit as described to the user ("Tỉnh Bắc Kạn (trước 1/7/2025)"). */
  readonly unitLabel: string;
  readonly indicator: IndicatorCode;
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
  /** Today's civil date in Vietnam (ISO): the day drawn. */
  readonly today: string;
}

/** At most this many years along the axis (the latest ones). */
const MAX_YEARS = 15;
/** Points labelled with their value when there are at most this many; else the first, last, lowest, highest. */
const LABEL_ALL = 8;

/** The chart, with how many figures and targets it draws; null when there is neither. */
export interface TrendResult {
  readonly spec: TrendChart;
  readonly figures: number;
  readonly targets: number;
  /** The latest figure, for the caption. */
  readonly latest: Figure | null;
}

/** Builds the trend chart; null when the unit has no figure and no target of the indicator. */
export function buildTrendChart(input: TrendInput): TrendResult | null {
  const { lang, indicator } = input;
  const words = CHART_WORDS[lang];
  const all = figuresOf(input.reports, indicator);
  const latest = all[all.length - 1] ?? null;
  const ofIndicator = input.targets.filter((t) => t.indicator === indicator);
  const basis: Basis | null = latest ? latest.value.basis : (byBasis(ofIndicator)[0]?.[0]?.basis ?? null);
  const figures = all.filter((f) => sameBasis(f.value.basis, basis));
  const drawn = ofIndicator.filter((t) => sameBasis(t.basis, basis));
  const notDrawn = ofIndicator.filter((t) => !sameBasis(t.basis, basis));
  if (figures.length === 0 && drawn.length === 0) return null;

  const yearsHeld = [...figures.map((f) => Number(f.end.slice(0, 4))), ...drawn.map((t) => t.year)];
  const last = Math.max(...yearsHeld);
  const first = Math.max(Math.min(...yearsHeld), last - MAX_YEARS + 1);
  const shown = figures.filter((f) => Number(f.end.slice(0, 4)) >= first);
  const points: TrendPoint[] = shown.map((f, i) => ({
    at: f.end,
    value: f.value.percent,
    label: labelled(shown, i) ? formatPercent(f.value.percent, lang) : null,
  }));
  const targets: TargetSeries[] = TARGET_KINDS.map((kind) => ({
    kind,
    colour: COLOURS.target[kind],
    steps: oneTargetPerYear(drawn.filter((t) => t.kind === kind && t.year >= first)).map((t) => ({
      year: t.year,
      value: t.percent,
      label: formatPercent(t.percent, lang),
    })),
  })).filter((s) => s.steps.length > 0);

  const legend: LegendItem[] = [
    ...(points.length > 0 ? [{ label: words.actual, colour: COLOURS.actual, mark: 'line' as const }] : []),
    ...targets.map((s) => ({ label: targetKindShort(s.kind, lang), colour: s.colour, mark: 'dash' as const })),
  ];
  const subtitle = [capitalise(basisPhrase(basis, lang)), ...(points.length === 0 ? [words.noActual] : [])];
  const footer = [
    ...(shown.length > 0
      ? [
          sourcesLine(
            words.sources,
            shown.map((f) => stripSource(sourceText(f.report, lang))),
            lang,
          ),
        ]
      : []),
    ...(drawn.length > 0
      ? [
          sourcesLine(
            words.targetSources,
            drawn.map((t) => targetSourceOf(t, lang)),
            lang,
          ),
        ]
      : []),
    ...(notDrawn.length > 0 ? [words.otherBasis(otherBasisText(notDrawn, lang))] : []),
    words.dates(latest ? asOfOf(latest.report) : null, input.today),
  ];
  const spec: TrendChart = {
    kind: 'trend',
    lang,
    title: `${capitalise(indicatorName(indicator, lang))} — ${input.unitLabel}`,
    subtitle,
    legend,
    footer,
    years: [first, last],
    points,
    targets,
  };
  return { spec, figures: points.length, targets: targets.reduce((n, s) => n + s.steps.length, 0), latest };
}

/** The chart's width, for callers that size a caption or a placeholder. */
export const TREND_WIDTH = CHART_WIDTH;

function labelled(figures: readonly Figure[], i: number): boolean {
  if (figures.length <= LABEL_ALL) return true;
  const values = figures.map((f) => f.value.percent);
  const v = values[i] as number;
  return i === 0 || i === figures.length - 1 || v === Math.max(...values) || v === Math.min(...values);
}

/** One target per kind and year: the first recorded (a second document for the same year is in the footer's sources). */
function oneTargetPerYear(targets: readonly Target[]): Target[] {
  const byYear = new Map<number, Target>();
  for (const t of [...targets].sort((a, b) => a.id - b.id)) if (!byYear.has(t.year)) byYear.set(t.year, t);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function asOfOf(report: Report): string | null {
  const end = reportEnd(report);
  const recorded = report.createdAt.slice(0, 10);
  return end !== null && recorded < end ? recorded : end;
}

/** "Nguồn: A; B và 2 nguồn khác": each source once, at most three. */
export function sourcesLine(head: string, sources: readonly string[], lang: Language): string {
  const distinct = [...new Set(sources)];
  const listed = distinct.slice(0, 3).join('; ');
  const more = distinct.length > 3 ? ` ${CHART_WORDS[lang].moreSources(distinct.length - 3)}` : '';
  return `${head}: ${listed}${more}`;
}

/** A source sentence without its leading "Nguồn: " (the footer says it once). */
export function stripSource(sentence: string): string {
  return sentence.replace(/^(Nguồn|Source):\s*/u, '');
}

function targetSourceOf(t: Target, lang: Language): string {
  return t.label ? t.label[lang] : t.sourceDocument;
}

function otherBasisText(targets: readonly Target[], lang: Language): string {
  return byBasis(targets)
    .map((group) => {
      const years = [...new Set(group.map((t) => t.year))].sort().join(', ');
      return `${years} (${basisPhrase(group[0]?.basis ?? null, lang)})`;
    })
    .join('; ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
