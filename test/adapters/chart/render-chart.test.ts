/**
 * Charts as PNGs: the file decodes with the size the SVG gives, the target line is in the pixels
 * where the SVG puts it (and not without a target), and a chart with Vietnamese labels matches the
 * committed reference within a tolerance. UPDATE_CHART_REFERENCE=1 writes the reference again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChartRenderer, newAttachmentId, rasterise } from '../../../src/adapters/chart/render-chart.js';
import { buildRankingChart, buildTrendChart, COLOURS, chartSvg, type TrendChart } from '../../../src/core/chart/index.js';
import { REPORTS, report, TARGETS, target } from '../../support/chart-fixtures.js';
import { decodePng, PNG_SIGNATURE, pixelDiffRatio, pngSize } from '../../support/png.js';

const REFERENCE = join(import.meta.dirname, 'reference', 'trend-vi.png');

function trend(over: Partial<Parameters<typeof buildTrendChart>[0]> = {}): TrendChart {
  return buildTrendChart({
    lang: 'vi',
    unitLabel: 'Tỉnh Bắc Kạn (trước 1/7/2025)',
    indicator: 'bhxh',
    reports: REPORTS,
    targets: TARGETS,
    today: '2026-12-06',
    ...over,
  })!.spec;
}

/** The first dashed line of `colour` in the SVG: where the target step was drawn. */
function targetLine(svg: string, colour: string): { x1: number; x2: number; y: number } {
  const m = new RegExp(`<line x1="([\\d.]+)" y1="([\\d.]+)" x2="([\\d.]+)" y2="[\\d.]+" stroke="${colour}" stroke-width="5" stroke-dasharray`).exec(svg);
  if (!m) throw new Error('no target line in the SVG');
  return { x1: Number(m[1]), y: Number(m[2]), x2: Number(m[3]) };
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

/** How many pixels of row `y` between x1 and x2 are within 40 of `colour` in each channel. */
function countColour(pixels: Buffer, width: number, y: number, x1: number, x2: number, colour: string): number {
  const [r, g, b] = hex(colour);
  let n = 0;
  for (let x = Math.ceil(x1); x < Math.floor(x2); x++) {
    const i = (y * width + x) * 4;
    if (Math.abs((pixels[i] as number) - r) < 40 && Math.abs((pixels[i + 1] as number) - g) < 40 && Math.abs((pixels[i + 2] as number) - b) < 40) n += 1;
  }
  return n;
}

describe('charts rendered to PNG', () => {
  it('gives a PNG that decodes, as wide and tall as the SVG says, with an unguessable id', async () => {
    const spec = trend();
    const { width, height } = chartSvg(spec);
    const attachment = await createChartRenderer().render(spec, 'bhxh-bac-kan.png');
    expect(Buffer.from(attachment.bytes.subarray(0, 8)).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(attachment.bytes)).toEqual({ width: 1080, height });
    expect(width).toBe(1080);
    expect(height).toBeGreaterThan(800);
    expect(decodePng(attachment.bytes).pixels.length).toBe(1080 * height * 4);
    expect(attachment).toMatchObject({ kind: 'image', fileName: 'bhxh-bac-kan.png', mimeType: 'image/png' });
    expect(attachment.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Set(Array.from({ length: 50 }, newAttachmentId)).size).toBe(50);
  });

  it('draws the target line: its colour fills the row the SVG gives it, and is absent without targets', async () => {
    const spec = trend();
    const svg = chartSvg(spec).svg;
    const plan = targetLine(svg, COLOURS.target.plan);
    const drawn = await rasterise(svg);
    const row = Math.round(plan.y);
    const span = plan.x2 - plan.x1;
    // A dash of 14 and a gap of 8: about 60% of the step is the target's colour.
    expect(countColour(drawn.pixels, drawn.width, row, plan.x1, plan.x2, COLOURS.target.plan)).toBeGreaterThan(span * 0.5);

    const without = await rasterise(chartSvg(trend({ targets: [] })).svg);
    expect(countColour(without.pixels, without.width, row, plan.x1, plan.x2, COLOURS.target.plan)).toBe(0);
  });

  it("draws a ranking's target marks and the scope's target line", async () => {
    const units = ['Phường Thành Vinh', 'Phường Vinh Phú'].map((label, i) => ({
      label,
      reports: [report(10 + i, '2025', '2025-12-31', 20000 + i * 9000, 1000, 100000, 10 + i)],
      targets: [target(20 + i, 2025, 35, 'plan', 'labour_force', 10 + i)],
    }));
    const spec = buildRankingChart({
      lang: 'vi',
      indicator: 'bhxh',
      period: { kind: 'latest' },
      wantsTarget: false,
      question: { order: 'desc', limit: null, superlative: false },
      scopeLabel: 'Tỉnh Nghệ An',
      groups: [{ structure: 'post2025', level: 'commune', units }],
      today: '2026-12-06',
      scopeTargets: { name: 'Nghệ An', targets: [target(30, 2025, 25, 'plan', 'labour_force', 99)] },
    })!;
    const svg = chartSvg(spec).svg;
    const drawn = await rasterise(svg);
    const mark = /<line x1="([\d.]+)" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)" stroke="#d32f2f" stroke-width="6"/.exec(svg.split('<rect')[2] ?? svg);
    expect(mark).not.toBeNull();
    const x = Math.round(Number(mark![1]));
    const mid = Math.round((Number(mark![2]) + Number(mark![3])) / 2);
    expect(countColour(drawn.pixels, drawn.width, mid, x - 2, x + 3, COLOURS.target.plan)).toBeGreaterThan(2);
    expect(svg).toContain(`stroke="${COLOURS.target.assigned}" stroke-width="5" stroke-dasharray`);
  });

  it('matches the committed reference of a chart with Vietnamese labels within 1% of its pixels', async () => {
    const drawn = await rasterise(chartSvg(trend()).svg);
    if (process.env.UPDATE_CHART_REFERENCE === '1') writeFileSync(REFERENCE, drawn.png);
    expect(existsSync(REFERENCE), 'the reference image is committed').toBe(true);
    const reference = decodePng(readFileSync(REFERENCE));
    const now = decodePng(drawn.png);
    expect({ width: now.width, height: now.height }).toEqual({ width: reference.width, height: reference.height });
    expect(pixelDiffRatio(now, reference)).toBeLessThan(0.01);
  });

  it('is not fooled: a chart with other words differs from the reference by more than the tolerance', async () => {
    const other = await rasterise(chartSvg(trend({ lang: 'en', unitLabel: 'Bac Kan province (before 1 July 2025)' })).svg);
    const reference = decodePng(readFileSync(REFERENCE));
    expect(pixelDiffRatio(decodePng(other.png), reference)).toBeGreaterThan(0.01);
  });
});
