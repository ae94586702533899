/**
 * Chart rendering, as a chart request meets it once the figures are read: the spec built from the
 * figures, drawn as SVG and rasterised to PNG by resvg with the packaged font (createChartRenderer).
 * A trend of twelve figures with three kinds of targets and a ranking of twenty units, alternately,
 * each timed on its own after a warm-up. Pure measurement; the caller prints.
 */
import { createChartRenderer } from '../src/adapters/chart/render-chart.js';
import { buildRankingChart, buildTrendChart, type ChartSpec } from '../src/core/chart/index.js';
import type { Report, Target } from '../src/core/types.js';
import { percentiles } from './percentiles.js';

const SOURCE = { kind: 'document' as const, document: '156/BC-BHXH', date: '2025-12-31', label: null, note: null, submittedBy: null, channel: null };

function report(id: number, unitId: number, period: string, asOf: string, bb: number): Report {
  return {
    id,
    unitId,
    period,
    asOf,
    counts: { bb, tn: 3000, ld: 200_000 },
    rates: [],
    fulfilment: [],
    source: SOURCE,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

function target(id: number, unitId: number, year: number, percent: number, kind: Target['kind']): Target {
  return {
    id,
    unitId,
    indicator: 'bhxh',
    year,
    percent,
    basis: 'labour_force',
    kind,
    sourceDocument: '1736/QĐ-UBND',
    sourceDate: null,
    label: null,
    note: null,
  };
}

/** The two charts timed: a long history and a full ranking, with Vietnamese labels. */
function specs(): ChartSpec[] {
  const periods = ['2020-6M', '2020', '2021-6M', '2021', '2022-6M', '2022', '2023-6M', '2023', '2024-6M', '2024', '2025-6M', '2025'];
  const ends = (p: string) => (p.endsWith('6M') ? `${p.slice(0, 4)}-06-30` : `${p}-12-31`);
  const reports = periods.map((p, i) => report(i + 1, 1, p, ends(p), 28_000 + i * 1500));
  const targets = [
    target(1, 1, 2021, 20, 'plan'),
    target(2, 1, 2025, 30, 'plan'),
    target(3, 1, 2030, 45, 'plan'),
    target(4, 1, 2023, 22, 'assigned'),
    target(5, 1, 2025, 29, 'party_resolution'),
  ];
  const trend = buildTrendChart({ lang: 'vi', unitLabel: 'Tỉnh Nghệ An', indicator: 'bhxh', reports, targets, today: '2026-12-06' });
  const units = Array.from({ length: 20 }, (_, i) => ({
    label: `Phường Hưng Dũng Nghi Lộc ${i + 1}`,
    reports: [report(100 + i, 100 + i, '2025', '2025-12-31', 20_000 + i * 1700)],
    targets: [target(100 + i, 100 + i, 2025, 25 + (i % 7), 'plan')],
  }));
  const ranking = buildRankingChart({
    lang: 'vi',
    indicator: 'bhxh',
    period: { kind: 'latest' },
    wantsTarget: false,
    question: { order: 'desc', limit: 20, superlative: false },
    scopeLabel: 'Tỉnh Nghệ An',
    groups: [{ structure: 'post2025', level: 'commune', units }],
    today: '2026-12-06',
    scopeTargets: { name: 'Nghệ An', targets: [target(999, 999, 2025, 28, 'plan')] },
  });
  if (!trend || !ranking) throw new Error('bench: a chart has nothing to draw');
  return [trend.spec, ranking];
}

/** Render times in milliseconds: all, and per kind. */
export interface ChartTimings {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly trendP50Ms: number;
  readonly rankingP50Ms: number;
  readonly samples: number;
  readonly pngBytes: readonly number[];
}

/** Times `count` renders of each chart. */
export async function benchCharts(count = 100): Promise<ChartTimings> {
  const renderer = createChartRenderer();
  const [trend, ranking] = specs() as [ChartSpec, ChartSpec];
  const sizes = [(await renderer.render(trend, 'a.png')).bytes.length, (await renderer.render(ranking, 'b.png')).bytes.length];
  for (let i = 0; i < 5; i += 1) await renderer.render(i % 2 ? ranking : trend, 'warm.png');
  const all: number[] = [];
  const byKind: [number[], number[]] = [[], []];
  for (let i = 0; i < 2 * count; i += 1) {
    const spec = i % 2 ? ranking : trend;
    const started = performance.now();
    await renderer.render(spec, 'chart.png');
    const ms = performance.now() - started;
    all.push(ms);
    byKind[i % 2]?.push(ms);
  }
  const p = percentiles(all);
  return { p50Ms: p.p50, p99Ms: p.p99, trendP50Ms: percentiles(byKind[0]).p50, rankingP50Ms: percentiles(byKind[1]).p50, samples: all.length, pngBytes: sizes };
}

/** The bench's line. */
export function chartLine(t: ChartTimings): string {
  return `charts: render p50 ${t.p50Ms.toFixed(1)} ms, p99 ${t.p99Ms.toFixed(1)} ms (goal p99 <= 150 ms; ${t.samples} samples: trend of 12 figures p50 ${t.trendP50Ms.toFixed(1)} ms, ranking of 20 units p50 ${t.rankingP50Ms.toFixed(1)} ms; PNG ${t.pngBytes.map((b) => `${Math.round(b / 1024)} KiB`).join(', ')}; spec, SVG and PNG with the packaged font)`;
}
