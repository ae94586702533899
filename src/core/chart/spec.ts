/**
 * A chart described as data, before any drawing: what the trend chart (one unit's indicator over time
 * against its targets) and the ranking chart (units as horizontal bars against a target) show, every
 * label already in the reply language. svg.ts draws it; an adapter turns the SVG into a PNG.
 */
import type { Language, TargetKind } from '../types.js';

/** One entry of the legend. */
export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  /** How its sample is drawn: a solid line with a dot, a dashed line, a filled bar, a short upright mark. */
  readonly mark: 'line' | 'dash' | 'bar' | 'tick';
}

/** What every chart has around its plot: title, basis, legend, source and dates. */
export interface ChartFrame {
  /** The language of the axis labels (decimal mark). */
  readonly lang: Language;
  /** The indicator and the unit ("Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn"). */
  readonly title: string;
  /** Lines under the title: the basis (what the percent is a share of), the scope. */
  readonly subtitle: readonly string[];
  readonly legend: readonly LegendItem[];
  /** Lines at the bottom: the source(s), the as-of date, the day drawn. */
  readonly footer: readonly string[];
}

/** A figure on the time axis. */
export interface TrendPoint {
  /** The day it stands for (ISO). */
  readonly at: string;
  readonly value: number;
  /** Its label ("15,54%" and its period), or null where labels would crowd. */
  readonly label: string | null;
}

/** A target held for one year: a flat line over that year. */
export interface TargetStep {
  readonly year: number;
  readonly value: number;
  readonly label: string;
}

/** The targets of one kind (plan, assigned, Party resolution), one step per year. */
export interface TargetSeries {
  readonly kind: TargetKind;
  readonly colour: string;
  readonly steps: readonly TargetStep[];
}

/** One unit's indicator over time. */
export interface TrendChart extends ChartFrame {
  readonly kind: 'trend';
  /** The first and last year of the time axis. */
  readonly years: readonly [number, number];
  readonly points: readonly TrendPoint[];
  readonly targets: readonly TargetSeries[];
}

/** One unit's bar in a ranking. */
export interface BarRow {
  readonly label: string;
  readonly value: number;
  /** The value as written at the bar's end ("95,2%", with its period when periods differ). */
  readonly valueLabel: string;
  /** The unit's own target for the figure's year on the same basis, when it has one. */
  readonly target: number | null;
  /** The unit the question named ("Bắc Kạn xếp thứ mấy"): its bar stands out. */
  readonly focus?: boolean;
}

/** Units ranked as horizontal bars, the first at the top. */
export interface BarsChart extends ChartFrame {
  readonly kind: 'bars';
  readonly rows: readonly BarRow[];
  /** A target for all of them (the scope's): a line across every bar. */
  readonly reference: { readonly value: number; readonly label: string } | null;
}

export type ChartSpec = TrendChart | BarsChart;

/** The colours, shared with the tests that look for them in the pixels. */
export const COLOURS = {
  actual: '#1565c0',
  bar: '#4a90d9',
  /** The bar of the unit the question named. */
  focus: '#0d47a1',
  /** Every target line of one kind has its colour; a ranking's target lines are the plan's red. */
  target: { plan: '#d32f2f', assigned: '#ef6c00', party_resolution: '#7b1fa2' } satisfies Record<TargetKind, string>,
  text: '#1a1a1a',
  muted: '#5f6368',
  grid: '#e0e0e0',
  axis: '#9e9e9e',
  background: '#ffffff',
} as const;

/** The width of every chart, in pixels: sharp on a phone's screen, small enough to send quickly. */
export const CHART_WIDTH = 1080;
