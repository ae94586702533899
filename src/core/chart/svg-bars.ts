/**
 * The ranking chart's plot: one row per unit, its name on the left, a bar as long as its value with
 * the value at its end, the unit's own target as a short red mark across its bar, and a target for
 * all of them (the scope's) as a dashed line through every row.
 */
import { formatPercent } from '../format/numbers.js';
import { type BarsChart, COLOURS } from './spec.js';
import type { Drawn } from './svg.js';
import { fitText, line, niceAxis, text, textWidth } from './svg-kit.js';

export const ROW_HEIGHT = 62;
const BAR_HEIGHT = 38;
const LABEL_SIZE = 25;
const VALUE_ROOM = 190;

/** Draws the plot with its top-left corner at (left, top). */
export function drawBars(spec: BarsChart, left: number, top: number, width: number): Drawn {
  const out: string[] = [];
  const labelWidth = Math.min(width * 0.36, Math.max(...spec.rows.map((r) => textWidth(r.label, LABEL_SIZE))) + 16);
  const values = [...spec.rows.flatMap((r) => [r.value, r.target ?? 0]), spec.reference?.value ?? 0];
  const axis = niceAxis(0, Math.max(1, ...values) * 1.02, 5);
  const x0 = left + labelWidth;
  const x1 = left + width - VALUE_ROOM;
  const x = (v: number) => x0 + (v / axis.max) * (x1 - x0);
  const referenceRoom = spec.reference ? 40 : 0;
  const rowsTop = top + referenceRoom;
  const rowsBottom = rowsTop + spec.rows.length * ROW_HEIGHT;

  for (const tick of axis.ticks) {
    out.push(line(x(tick), rowsTop, x(tick), rowsBottom, COLOURS.grid, tick === 0 ? 2 : 1));
    out.push(text(x(tick), rowsBottom + 34, formatPercent(tick, spec.lang), { size: 22, colour: COLOURS.muted, anchor: 'middle' }));
  }
  // The scope's target behind the bars and their values.
  if (spec.reference) {
    const rx = x(spec.reference.value);
    out.push(line(rx, rowsTop - 8, rx, rowsBottom, COLOURS.target.assigned, 5, '14 8'));
    const anchor = rx > left + width - 200 ? 'end' : rx < x0 + 200 ? 'start' : 'middle';
    out.push(text(rx, top + 24, spec.reference.label, { size: 22, bold: true, colour: COLOURS.target.assigned, anchor, halo: true }));
  }
  spec.rows.forEach((row, i) => {
    const mid = rowsTop + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    out.push(text(left, mid + 9, fitText(row.label, labelWidth - 16, LABEL_SIZE, row.focus), { size: LABEL_SIZE, bold: row.focus === true }));
    const w = Math.max(2, x(row.value) - x0);
    out.push(
      `<rect x="${x0}" y="${mid - BAR_HEIGHT / 2}" width="${Math.round(w * 100) / 100}" height="${BAR_HEIGHT}" rx="4" fill="${row.focus ? COLOURS.focus : COLOURS.bar}"/>`,
    );
    const tx = row.target === null ? null : x(row.target);
    if (tx !== null) out.push(line(tx, mid - BAR_HEIGHT / 2 - 8, tx, mid + BAR_HEIGHT / 2 + 8, COLOURS.target.plan, 6));
    // The value after the bar, or after its target's mark when that stands just beyond it.
    const after = Math.max(x0 + w, tx !== null && tx > x0 + w - 4 ? tx + 3 : 0);
    // A white outline only where the scope's line may cross the value (it costs a tenth of the drawing).
    out.push(text(after + 10, mid + 9, row.valueLabel, { size: 24, bold: true, halo: spec.reference !== null }));
  });
  return { elements: out, height: rowsBottom - top + 44 };
}
