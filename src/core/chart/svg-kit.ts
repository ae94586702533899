/**
 * The small pieces every chart drawing uses: escaping, text elements, a width estimate for wrapping
 * and cutting labels (no font metrics in the core: the estimate errs wide), and round axis steps.
 */
import { COLOURS } from './spec.js';

/** The font every chart names; the adapter loads it from the package, never from the system. */
export const FONT_FAMILY = 'Be Vietnam Pro';

/** Text made safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** How a text element is drawn. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly colour?: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** A white outline behind the letters, so that a label stays legible over a line. */
  readonly halo?: boolean;
}

/** One `<text>` element at (x, y), y being the baseline. */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${style.size}"`,
    `fill="${style.colour ?? COLOURS.text}"`,
    ...(style.bold ? ['font-weight="700"'] : []),
    ...(style.anchor && style.anchor !== 'start' ? [`text-anchor="${style.anchor}"`] : []),
    ...(style.halo ? [`stroke="${COLOURS.background}" stroke-width="${Math.round(style.size / 5)}" paint-order="stroke" stroke-linejoin="round"`] : []),
  ];
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/** A line segment. */
export function line(x1: number, y1: number, x2: number, y2: number, colour: string, width: number, dash?: string): string {
  const dashed = dash ? ` stroke-dasharray="${dash}"` : '';
  return `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${colour}" stroke-width="${width}"${dashed} stroke-linecap="butt"/>`;
}

/** A number written with at most two decimals, for coordinates. */
export function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const NARROW = new Set([..."iljtfrI.,:;'|!()[] "]);
const WIDE = new Set([...'mwMW']);

/** About how wide a text is drawn at `size` (an overestimate for Be Vietnam Pro, never font metrics). */
export function textWidth(content: string, size: number, bold = false): number {
  let em = 0;
  for (const c of content.normalize('NFC')) {
    if (NARROW.has(c)) em += 0.32;
    else if (WIDE.has(c)) em += 0.86;
    else if (/\p{Lu}/u.test(c)) em += 0.7;
    else if (/\d/.test(c)) em += 0.6;
    else em += 0.57;
  }
  return em * size * (bold ? 1.07 : 1);
}

/** The text cut at a word (else a letter) with "…" so that it fits `width`. */
export function fitText(content: string, width: number, size: number, bold = false): string {
  if (textWidth(content, size, bold) <= width) return content;
  let cut = content;
  while (cut.length > 1 && textWidth(`${cut}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The text in lines no wider than `width`, at most `maxLines` (the last cut with "…"). */
export function wrapText(content: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const tried = current === '' ? word : `${current} ${word}`;
    if (textWidth(tried, size, bold) <= width || current === '') current = tried;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, width, size, bold));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, width, size, bold);
  return kept;
}

/** A round step for about `count` intervals over `span`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

/** The axis from `lo` to `hi` widened to round steps, and its ticks. */
export function niceAxis(lo: number, hi: number, count: number): { readonly min: number; readonly max: number; readonly ticks: readonly number[] } {
  const span = hi - lo > 0 ? hi - lo : Math.max(1, Math.abs(hi));
  const step = niceStep(span, count);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1000; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return { min, max: max > min ? max : min + step, ticks };
}
