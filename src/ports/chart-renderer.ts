/**
 * The chart port: a chart spec (core/chart) in, a PNG attachment out, with an unguessable id (at
 * least 128 random bits, base64url) under which a channel that cannot upload links to it.
 */
import type { ChartSpec } from '../core/chart/spec.js';
import type { Attachment } from './messenger.js';

export interface ChartRenderer {
  /** Draws the chart as a PNG named `fileName` ("bhxh-bac-kan.png"). Rejects when drawing fails. */
  render(spec: ChartSpec, fileName: string): Promise<Attachment>;
}
