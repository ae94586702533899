/**
 * A chart spec drawn as SVG text: the title, the basis and scope under it, the legend, the plot
 * (svg-trend.ts, svg-bars.ts) and the source and dates at the bottom, on a white page CHART_WIDTH
 * wide and as tall as its content. Pure: the same spec always gives the same SVG.
 */

import { CHART_WIDTH, type ChartSpec, COLOURS, type LegendItem } from './spec.js';
import { drawBars } from './svg-bars.js';
import { FONT_FAMILY, line, text, textWidth, wrapText } from './svg-kit.js';
import { drawTrend } from './svg-trend.js';

/** Space around the content, in pixels. */
export const MARGIN = 48;

/** A part of the page drawn from `top`: its elements and its height. */
export interface Drawn {
  readonly elements: readonly string[];
  readonly height: number;
}

/** The chart as an SVG document, and its size in pixels. */
export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** Draws the chart. */
export function chartSvg(spec: ChartSpec): ChartSvg {
  const width = CHART_WIDTH;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;

  for (const l of wrapText(spec.title, inner, 40, 2, true)) {
    y += 46;
    parts.push(text(MARGIN, y, l, { size: 40, bold: true }));
  }
  y += 6;
  for (const sub of spec.subtitle) {
    for (const l of wrapText(sub, inner, 27, 2)) {
      y += 36;
      parts.push(text(MARGIN, y, l, { size: 27, colour: COLOURS.muted }));
    }
  }
  y += 18;
  const legend = drawLegend(spec.legend, MARGIN, y, inner);
  parts.push(...legend.elements);
  y += legend.height + 12;

  const plot = spec.kind === 'trend' ? drawTrend(spec, MARGIN, y, inner) : drawBars(spec, MARGIN, y, inner);
  parts.push(...plot.elements);
  y += plot.height + 24;

  parts.push(line(MARGIN, y, width - MARGIN, y, COLOURS.grid, 2));
  y += 8;
  for (const foot of spec.footer) {
    for (const l of wrapText(foot, inner, 22, 3)) {
      y += 30;
      parts.push(text(MARGIN, y, l, { size: 22, colour: COLOURS.muted }));
    }
  }
  const height = Math.ceil(y + MARGIN - 12);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** The legend's entries side by side, on as many rows as they need. */
function drawLegend(items: readonly LegendItem[], left: number, top: number, width: number): Drawn {
  const size = 25;
  const rowHeight = 38;
  const elements: string[] = [];
  let x = left;
  let row = 0;
  for (const item of items) {
    const w = 56 + textWidth(item.label, size) + 32;
    if (x > left && x + w > left + width) {
      x = left;
      row += 1;
    }
    const mid = top + row * rowHeight + rowHeight / 2;
    if (item.mark === 'bar') elements.push(`<rect x="${x}" y="${mid - 11}" width="44" height="22" rx="3" fill="${item.colour}"/>`);
    else if (item.mark === 'tick') elements.push(line(x + 22, mid - 15, x + 22, mid + 15, item.colour, 6));
    else elements.push(line(x, mid, x + 44, mid, item.colour, 5, item.mark === 'dash' ? '12 7' : undefined));
    if (item.mark === 'line') elements.push(`<circle cx="${x + 22}" cy="${mid}" r="8" fill="${item.colour}" stroke="#fff" stroke-width="3"/>`);
    elements.push(text(x + 56, mid + 9, item.label, { size }));
    x += w;
  }
  return { elements, height: items.length === 0 ? 0 : (row + 1) * rowHeight };
}
