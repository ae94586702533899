/**
 * Test fixture: the real seed facts (shared/data/seed-facts.csv) as Reports and Targets, grouped by
 * unit, the way the store would hand them to the answer composer. Plain comma split: the file has
 * no quoted fields.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndicatorCode, PublishedRate, Report, Target } from '../../../src/core/types.js';

const CSV = resolve(import.meta.dirname, '../../../../shared/data/seed-facts.csv');

interface Row {
  readonly unitCode: string;
  readonly indicator: IndicatorCode;
  readonly kind: 'target' | 'actual';
  readonly period: string;
  readonly asOf: string;
  readonly percent: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly denominatorNote: string;
  readonly document: string;
  readonly date: string;
}

function rows(): Row[] {
  const [, ...lines] = readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const c = line.split(',');
    const at = (i: number): string => c[i] ?? '';
    return {
      unitCode: at(1), indicator: at(3) as IndicatorCode, kind: at(4) as 'target' | 'actual', period: at(5), asOf: at(6),
      percent: Number(at(7)), numerator: at(8) ? Number(at(8)) : null, denominator: at(9) ? Number(at(9)) : null,
      denominatorNote: at(10), document: at(11), date: at(12),
    };
  });
}

/** Reports (one per unit and period, rates merged) and targets of the province with this GSO code. */
export function seedUnit(unitCode: string, unitId = Number(unitCode)): { reports: Report[]; targets: Target[] } {
  const mine = rows().filter((r) => r.unitCode === unitCode);
  const targets: Target[] = mine
    .filter((r) => r.kind === 'target')
    .map((r, i) => ({
      id: i + 1, unitId, indicator: r.indicator, year: Number(r.period), percent: r.percent,
      kind: r.document.startsWith('assigned') ? 'assigned' : 'plan',
      sourceDocument: r.document, sourceDate: r.date || null, note: null,
    }));
  const byPeriod = new Map<string, Row[]>();
  for (const r of mine.filter((x) => x.kind === 'actual')) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
  const reports: Report[] = [...byPeriod.entries()].map(([period, rs], i) => {
    const first = rs[0] as Row;
    const rates: PublishedRate[] = rs.map((r) => ({
      indicator: r.indicator, percent: r.percent, numerator: r.numerator, denominator: r.denominator,
      denominatorNote: r.denominatorNote || null,
    }));
    return {
      id: i + 1, unitId, period, asOf: first.asOf || null, counts: {}, rates, version: 1, createdAt: `${first.date}T00:00:00Z`,
      source: { kind: 'document', document: first.document, date: first.date || null, note: null, submittedBy: null, channel: null },
    };
  });
  return { reports, targets };
}
