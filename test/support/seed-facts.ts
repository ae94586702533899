/**
 * Test fixture: the project's seed facts (data/seed-facts.csv), read by the real importer and turned
 * into Reports and Targets of one unit, the way the store would hand them to the answer composer.
 */
import { resolve } from 'node:path';
import type { Report, Target } from '../../src/core/types.js';
import { readFacts } from '../../src/import/read-facts.js';

const FACTS = await readFacts(resolve(import.meta.dirname, '../../data/seed-facts.csv'));

/** Reports (one per unit, period and document, rates merged) and targets of the province with this GSO code. */
export function seedUnit(unitCode: string, unitId = Number(unitCode)): { reports: Report[]; targets: Target[] } {
  const targets: Target[] = FACTS.targets.filter((t) => t.unit.code === unitCode).map(({ unit: _unit, ...t }, i) => ({ ...t, id: i + 1, unitId }));
  const reports: Report[] = FACTS.reports
    .filter((r) => r.unit.code === unitCode)
    .map((r, i) => ({
      id: i + 1,
      unitId,
      period: r.period,
      asOf: r.asOf ?? r.periodEnd,
      counts: r.counts,
      rates: r.rates,
      fulfilment: r.fulfilment,
      version: 1,
      createdAt: `${r.sourceDate ?? '2020-01-01'}T00:00:00Z`,
      source: {
        kind: 'document',
        document: r.sourceDocument,
        date: r.sourceDate,
        label: r.sourceLabel,
        note: r.sourceNote,
        submittedBy: null,
        channel: null,
      },
    }));
  return { reports, targets };
}
