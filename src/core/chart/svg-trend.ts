/**
 * The trend chart's plot: years along the bottom, percent up the side, the figures as a line with
 * dots and their values, each target as a dashed flat line over its year with its label.
 */
import { formatPercent } from '../format/numbers.js';
import { COLOURS, type TrendChart } from './spec.js';
import type { Drawn } from './svg.js';
import { line, niceAxis, round, text, textWidth } from './svg-kit.js';

/** Height of the plot area (axes included). */
export const TREND_PLOT_HEIGHT = 600;
const AXIS_LABEL_WIDTH = 96;
const BOTTOM = 48;
const DAY_MS = 86_400_000;
/** Least distance between two dots' labels, in pixels. */
const LABEL_GAP = 104;

/** Where a value and a day go on the plot. */
export interface TrendScale {
  readonly x: (isoDay: string) => number;
  readonly y: (value: number) => number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The plot's scales for the chart drawn at (left, top), `width` wide. */
export function trendScale(spec: TrendChart, left: number, top: number, width: number): TrendScale & { readonly ticks: readonly number[] } {
  const values = [...spec.points.map((p) => p.value), ...spec.targets.flatMap((t) => t.steps.map((s) => s.value))];
  const hi = Math.max(...values);
  const lo = Math.min(...values);
  // Low values start from zero; high ones (health insurance near 95%) from below them, so that a
  // gap of a point or two is seen.
  const from = lo > 0.4 * hi ? Math.max(0, lo - Math.max(2, (hi - lo) * 0.6)) : 0;
  const axis = niceAxis(from, hi + Math.max(1, (hi - from) * 0.12), 5);
  const [first, last] = spec.years;
  const start = Date.parse(`${first}-01-01`);
  const end = Date.parse(`${last + 1}-01-01`);
  const plotLeft = left + AXIS_LABEL_WIDTH;
  const plotRight = left + width - 12;
  const plotTop = top + 16;
  const plotBottom = top + TREND_PLOT_HEIGHT - BOTTOM;
  return {
    x: (day) => plotLeft + ((Date.parse(day) - start) / (end - start)) * (plotRight - plotLeft),
    y: (v) => plotBottom - ((v - axis.min) / (axis.max - axis.min)) * (plotBottom - plotTop),
    left: plotLeft,
    right: plotRight,
    top: plotTop,
    bottom: plotBottom,
    ticks: axis.ticks,
  };
}

/** Draws the plot with its top-left corner at (left, top). */
export function drawTrend(spec: TrendChart, left: number, top: number, width: number): Drawn {
  const s = trendScale(spec, left, top, width);
  const out: string[] = [];
  for (const tick of s.ticks) {
    out.push(line(s.left, s.y(tick), s.right, s.y(tick), COLOURS.grid, 2));
    out.push(text(s.left - 14, s.y(tick) + 9, formatPercent(tick, spec.lang), { size: 24, colour: COLOURS.muted, anchor: 'end' }));
  }
  const [first, last] = spec.years;
  const every = last - first >= 12 ? 2 : 1;
  for (let year = first; year <= last + 1; year += 1) {
    const x = s.x(`${year}-01-01`);
    out.push(line(x, s.top, x, s.bottom, COLOURS.grid, year === first || year === last + 1 ? 2 : 1));
    if (year <= last && (year - first) % every === 0) {
      const middle = (x + s.x(`${year + 1}-01-01`)) / 2;
      out.push(text(middle, s.bottom + 36, String(year), { size: 24, colour: COLOURS.muted, anchor: 'middle' }));
    }
  }
  out.push(line(s.left, s.bottom, s.right, s.bottom, COLOURS.axis, 2));

  const pts = spec.points.map((p) => ({ ...p, px: s.x(p.at), py: s.y(p.value) }));
  if (pts.length > 1) {
    const path = pts.map((p) => `${round(p.px)},${round(p.py)}`).join(' ');
    out.push(`<polyline points="${path}" fill="none" stroke="${COLOURS.actual}" stroke-width="5" stroke-linejoin="round"/>`);
  }
  for (const p of pts) {
    out.push(`<circle cx="${round(p.px)}" cy="${round(p.py)}" r="9" fill="${COLOURS.actual}" stroke="#fff" stroke-width="3"/>`);
  }
  // Labels from the latest back, each at least LABEL_GAP from the one drawn after it.
  let lastX = Number.POSITIVE_INFINITY;
  const labelled = [...pts].reverse().filter((p) => {
    if (p.label === null || lastX - p.px < LABEL_GAP) return false;
    lastX = p.px;
    return true;
  });
  // Each target's value under its line, or above it where a figure's label is in the way.
  const boxes = labelled.map((p) => ({ x: p.px, y: p.py - 22, w: textWidth(p.label ?? '', 24, true) }));
  for (const series of spec.targets) {
    for (const step of series.steps) {
      const x1 = s.x(`${step.year}-01-01`);
      const x2 = s.x(`${step.year + 1}-01-01`);
      const y = s.y(step.value);
      const cx = (x1 + x2) / 2;
      const w = textWidth(step.label, 22, true);
      const below = y + 30;
      const hit = boxes.some((b) => Math.abs(b.x - cx) < (b.w + w) / 2 && below > b.y - 26 && below - 24 < b.y);
      out.push(line(x1, y, x2, y, series.colour, 5, '14 8'));
      out.push(text(cx, hit ? y - 12 : below, step.label, { size: 22, colour: series.colour, anchor: 'middle', halo: true, bold: true }));
    }
  }
  for (const p of labelled) {
    if (p.label === null) continue;
    // Near the right edge the label ends at the dot; near the left it starts there.
    const anchor = p.px > s.right - 110 ? 'end' : p.px < s.left + 110 ? 'start' : 'middle';
    out.push(text(p.px, p.py - 22, p.label, { size: 24, bold: true, colour: COLOURS.actual, anchor, halo: true }));
  }
  return { elements: out, height: TREND_PLOT_HEIGHT };
}

/** The number of days between two ISO days (for tests and spacing). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}
