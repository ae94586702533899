/** Reading submissions back: the active version, a person's last one, a unit's history, completeness. */
import type { PeriodCode } from '../../../core/types.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { SubmissionVersion } from '../../../ports/submission-store.js';
import { toSubmissionVersion, withFigures } from './report-rows.js';
import { SUBMISSION_SERIES } from './submissions.js';

/** See SubmissionStore.findSubmission. */
export async function findSubmission(prisma: PrismaClient, unitId: number, period: PeriodCode): Promise<SubmissionVersion | null> {
  const row = await prisma.report.findFirst({
    where: { unitId, period, seriesKey: SUBMISSION_SERIES, status: 'active' },
    include: withFigures,
  });
  return row ? toSubmissionVersion(row) : null;
}

/** See SubmissionStore.findLastSubmissionBy: the latest saved of the person's active versions. */
export async function findLastSubmissionBy(prisma: PrismaClient, personId: number): Promise<SubmissionVersion | null> {
  const row = await prisma.report.findFirst({
    where: { submittedById: personId, seriesKey: SUBMISSION_SERIES, status: 'active' },
    include: withFigures,
    orderBy: { id: 'desc' },
  });
  return row ? toSubmissionVersion(row) : null;
}

/** See SubmissionStore.submissionHistory: every version, newest first. */
export async function submissionHistory(prisma: PrismaClient, unitId: number, period: PeriodCode): Promise<SubmissionVersion[]> {
  const rows = await prisma.report.findMany({
    where: { unitId, period, seriesKey: SUBMISSION_SERIES },
    include: withFigures,
    orderBy: { version: 'desc' },
  });
  return rows.map(toSubmissionVersion);
}

/** See SubmissionStore.submissionsForPeriod: active versions, by unit id. */
export async function submissionsForPeriod(
  prisma: PrismaClient, unitIds: readonly number[], period: PeriodCode,
): Promise<SubmissionVersion[]> {
  if (unitIds.length === 0) return [];
  const rows = await prisma.report.findMany({
    where: { unitId: { in: [...unitIds] }, period, seriesKey: SUBMISSION_SERIES, status: 'active' },
    include: withFigures,
    orderBy: [{ unitId: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toSubmissionVersion);
}
