/**
 * A chart spec drawn into a reply: the PNG as the reply's attachment and a short text beside it (the
 * caption). A renderer that fails leaves the reply in words; charts switched off say so.
 */
import { type ChartSpec, composeChartFailed, composeChartsOff } from '../../core/chart/index.js';
import { fold } from '../../core/text/fold.js';
import type { Reply } from '../message.js';
import type { AppDeps, Turn } from '../turn.js';

/** Draws `spec` as `<name>.png` with `caption` beside it. */
export async function drawChart(turn: Turn, deps: AppDeps<unknown>, spec: ChartSpec, name: string, caption: string): Promise<Reply> {
  if (!deps.charts) return { text: composeChartsOff(turn.language) };
  try {
    const attachment = await deps.charts.render(spec, `${fileSlug(name)}.png`);
    return { text: caption, attachment };
  } catch (error) {
    deps.log.error({ err: error }, 'chart rendering failed');
    return { text: `${caption}\n${composeChartFailed(turn.language)}` };
  }
}

/** "BHXH Bắc Kạn" → "bhxh-bac-kan": a file name any phone shows. */
export function fileSlug(name: string): string {
  return fold(name).replace(/\s+/g, '-').slice(0, 60) || 'chart';
}
