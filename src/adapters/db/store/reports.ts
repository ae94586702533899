/**
 * Report versions. A document's figures form the series "doc:<document>"; saving the same figures
 * again is a no-op, saving different ones inserts version n + 1 and marks the previous one superseded.
 */
import { NotFoundError } from '../../../core/errors.js';
import type { BilingualText, Counts, PlanFulfilment, PublishedRate, Report } from '../../../core/types.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { DocumentReportInput } from '../../../ports/figures-store.js';
import { dateColumn, roundPercent, unitKey } from './mapping.js';
import { definedCounts, toReport, withFigures } from './report-rows.js';

/** Stores a document's figures; see FiguresStore.saveDocumentReport. */
export async function saveDocumentReport(prisma: PrismaClient, input: DocumentReportInput): Promise<{ created: boolean; reportId: number }> {
  const unit = await prisma.unit.findUnique({
    where: { structure_level_code: { structure: input.unit.structure, level: input.unit.level, code: input.unit.code } },
    select: { id: true },
  });
  if (!unit) throw new NotFoundError(`Report for unknown unit ${unitKey(input.unit)}.`);
  const series = { unitId: unit.id, period: input.period, seriesKey: `doc:${input.sourceDocument}` };

  return prisma.$transaction(async (tx) => {
    const versions = await tx.report.findMany({ where: series, include: withFigures, orderBy: { version: 'desc' } });
    const active = versions.find((v) => v.status === 'active');
    if (active && sameFigures(toReport(active), input)) {
      return { created: false, reportId: active.id };
    }
    if (active) await tx.report.update({ where: { id: active.id }, data: { status: 'superseded' } });
    const report = await tx.report.create({
      data: {
        ...series,
        version: (versions[0]?.version ?? 0) + 1,
        periodStart: dateColumn(input.periodStart),
        periodEnd: dateColumn(input.periodEnd),
        asOf: dateColumn(input.asOf),
        sourceKind: 'document',
        sourceDocument: input.sourceDocument,
        sourceDate: dateColumn(input.sourceDate),
        sourceLabelVi: input.sourceLabel?.vi ?? null,
        sourceLabelEn: input.sourceLabel?.en ?? null,
        sourceNote: input.sourceNote,
        supersedesId: active?.id ?? null,
        counts: { create: definedCounts(input.counts).map(([key, value]) => ({ key, value })) },
        rates: {
          create: [
            ...input.rates.map((r) => ({
              indicator: r.indicator,
              kind: 'coverage' as const,
              percent: roundPercent(r.percent),
              numerator: r.numerator,
              denominator: r.denominator,
              denominatorNote: r.denominatorNote,
              basis: r.basis,
            })),
            ...input.fulfilment.map((f) => ({
              indicator: f.indicator,
              kind: 'plan_fulfilment' as const,
              percent: roundPercent(f.percent),
              denominatorNote: f.note,
              basis: 'plan_count' as const,
            })),
          ],
        },
      },
      select: { id: true },
    });
    return { created: true, reportId: report.id };
  });
}

/**
 * Active versions of the given units' reports (documents and submissions), oldest first. Every
 * coverage answer asks, most units have no report, and `include: withFigures` would still query
 * counts, rates and submitters for none: their figures are fetched only for the reports found.
 */
export async function findReports(prisma: PrismaClient, unitIds: readonly number[]): Promise<Report[]> {
  if (unitIds.length === 0) return [];
  const rows = await prisma.report.findMany({ where: { unitId: { in: [...unitIds] }, status: 'active' }, orderBy: { id: 'asc' } });
  if (rows.length === 0) return [];
  const reportId = { in: rows.map((r) => r.id) };
  const submitterIds = [...new Set(rows.flatMap((r) => (r.submittedById === null ? [] : [r.submittedById])))];
  const [counts, rates, submitters] = await Promise.all([
    prisma.reportCount.findMany({ where: { reportId }, orderBy: { id: 'asc' } }),
    prisma.reportRate.findMany({ where: { reportId }, orderBy: { id: 'asc' } }),
    submitterIds.length === 0 ? [] : prisma.person.findMany({ where: { id: { in: submitterIds } }, select: { id: true, displayName: true } }),
  ]);
  const names = new Map(submitters.map((p) => [p.id, p.displayName]));
  return rows.map((row) => {
    const name = row.submittedById === null ? undefined : names.get(row.submittedById);
    return toReport({
      ...row,
      counts: counts.filter((c) => c.reportId === row.id),
      rates: rates.filter((r) => r.reportId === row.id),
      submittedBy: name === undefined ? null : { displayName: name },
    });
  });
}

/** Whether a stored report says what the input says, ignoring order and sub-DECIMAL(7,4) noise. */
function sameFigures(stored: Report, input: DocumentReportInput): boolean {
  return (
    fingerprint(stored.counts, stored.rates, stored.fulfilment, stored.source.label) ===
    fingerprint(input.counts, input.rates, input.fulfilment, input.sourceLabel)
  );
}

function fingerprint(counts: Counts, rates: readonly PublishedRate[], fulfilment: readonly PlanFulfilment[], label: BilingualText | null): string {
  const byIndicator = (x: readonly unknown[], y: readonly unknown[]) => String(x[0]).localeCompare(String(y[0]));
  return JSON.stringify([
    definedCounts(counts).sort(),
    rates.map((r) => [r.indicator, roundPercent(r.percent), r.numerator, r.denominator, r.denominatorNote, r.basis]).sort(byIndicator),
    fulfilment.map((f) => [f.indicator, roundPercent(f.percent), f.note]).sort(byIndicator),
    label && [label.vi, label.en],
  ]);
}
