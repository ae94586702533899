/**
 * Report rows as the core's plain data: the figures a report carries, where they came from and, for
 * submissions, the version's status.
 */
import { InvariantError } from '../../../core/errors.js';
import type { BilingualText, Counts, PlanFulfilment, PublishedRate, Report } from '../../../core/types.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { SubmissionVersion } from '../../../ports/submission-store.js';
import { decimalToNumber, isCountKey, isIndicator, isoDate } from './mapping.js';

/** What to load with a report so that it maps to the core's Report. */
export const withFigures = { counts: true, rates: true, submittedBy: { select: { displayName: true } } } as const;

/** A report row loaded with its figures. */
export type ReportRow = Prisma.ReportGetPayload<{ include: typeof withFigures }>;

/** A stored report as the core's Report. */
export function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    unitId: row.unitId,
    period: row.period,
    asOf: isoDate(row.asOf) ?? isoDate(row.periodEnd),
    counts: toCounts(row),
    rates: toRates(row),
    fulfilment: toFulfilment(row),
    source: {
      kind: row.sourceKind,
      document: row.sourceDocument,
      date: isoDate(row.sourceDate),
      label: bilingual(row.sourceLabelVi, row.sourceLabelEn),
      note: row.sourceNote,
      submittedBy: row.submittedBy?.displayName ?? null,
      channel: row.channel,
    },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A stored submission as a version; submissions are never pending (confirmation happens before saving). */
export function toSubmissionVersion(row: ReportRow): SubmissionVersion {
  const status = row.status;
  if (status === 'pending') throw new InvariantError(`Submission ${row.id} is pending, which submissions never are.`);
  return { ...toReport(row), status, onTime: row.onTime, submittedById: row.submittedById };
}

/** The report's counts keyed by the core's count keys. */
export function toCounts(row: ReportRow): Counts {
  const counts: Record<string, number> = {};
  for (const c of row.counts) if (isCountKey(c.key)) counts[c.key] = c.value;
  return counts;
}

/** The report's published coverage rates. */
export function toRates(row: Pick<ReportRow, 'rates'>): PublishedRate[] {
  return row.rates.flatMap((r) => {
    const indicator = r.indicator;
    if (r.kind !== 'coverage' || !isIndicator(indicator)) return [];
    return [
      {
        indicator,
        percent: decimalToNumber(r.percent),
        numerator: r.numerator,
        denominator: r.denominator,
        denominatorNote: r.denominatorNote,
        basis: r.basis,
      },
    ];
  });
}

/** The report's plan fulfilment, stored as rates of that kind. */
export function toFulfilment(row: Pick<ReportRow, 'rates'>): PlanFulfilment[] {
  return row.rates.flatMap((r) => {
    const indicator = r.indicator;
    if (r.kind !== 'plan_fulfilment' || !isIndicator(indicator)) return [];
    return [{ indicator, percent: decimalToNumber(r.percent), note: r.denominatorNote }];
  });
}

/** Two nullable label columns as one bilingual label: both or none. */
export function bilingual(vi: string | null, en: string | null): BilingualText | null {
  return vi !== null && en !== null ? { vi, en } : null;
}

/** Counts whose value is present, as [key, value] pairs. */
export function definedCounts(counts: Counts): [string, number][] {
  return Object.entries(counts).filter((entry): entry is [string, number] => entry[1] !== undefined);
}
