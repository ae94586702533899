/**
 * Charts to PNG in the process, without a browser: the core's SVG (core/chart/svg.ts) rasterised by
 * resvg on libuv's thread pool (renderAsync), with Be Vietnam Pro (SIL Open Font License 1.1) loaded
 * from its npm package, regular and bold, and no system font: every Vietnamese diacritic is drawn the
 * same on any machine, and a missing font cannot fall back to boxes.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { ChartSpec } from '../../core/chart/spec.js';
import { chartSvg } from '../../core/chart/svg.js';
import { FONT_FAMILY } from '../../core/chart/svg-kit.js';
import type { ChartRenderer } from '../../ports/chart-renderer.js';
import type { Attachment } from '../../ports/messenger.js';
import { encodePng } from './encode-png.js';

const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';

/** The TTF files of the chart's font, from the installed package. */
export function chartFontFiles(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));
  return [join(root, '400Regular', 'BeVietnamPro_400Regular.ttf'), join(root, '700Bold', 'BeVietnamPro_700Bold.ttf')];
}

/** A new attachment id: 144 random bits, base64url (24 characters). */
export function newAttachmentId(): string {
  return randomBytes(18).toString('base64url');
}

/** A chart drawn: the PNG and, for tests, its RGBA pixels. */
export interface RasterChart {
  readonly png: Buffer;
  readonly pixels: Buffer;
  readonly width: number;
  readonly height: number;
}

/** Rasterises an SVG with the chart's font. */
export async function rasterise(svg: string, fontFiles: readonly string[] = chartFontFiles()): Promise<RasterChart> {
  const image = await renderAsync(svg, {
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  const pixels = image.pixels;
  return { png: encodePng(pixels, image.width, image.height), pixels, width: image.width, height: image.height };
}

/** Creates the renderer; the font files are found once. */
export function createChartRenderer(): ChartRenderer {
  const fonts = chartFontFiles();
  return {
    async render(spec: ChartSpec, fileName: string): Promise<Attachment> {
      const { png } = await rasterise(chartSvg(spec).svg, fonts);
      return { kind: 'image', id: newAttachmentId(), fileName, mimeType: 'image/png', bytes: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
    },
  };
}
