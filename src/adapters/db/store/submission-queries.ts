/** Reading submissions back: the active version, a person's last one, a unit's history, completeness. */
import type { PeriodCode } from '../../../core/types.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { SubmissionVersion } from '../../../ports/submission-store.js';
import type { Statements } from '../statements.js';
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

const ACTIVE_FOR_PERIOD = {
  name: 'report_active_for_period',
  text: `SELECT id FROM report WHERE unit_id = ANY($1::int[]) AND period = $2 AND series_key = $3 AND status = 'active'`,
};

/**
 * See SubmissionStore.submissionsForPeriod: active versions, by unit id. Prisma runs an include's
 * three relation queries even when no report matches, and the reminders ask mostly about units that
 * have not reported (each delivery asks once, bench/fanout.ts): one statement on the driver
 * (../statements.ts) finds the matching reports, and the figures are loaded only when there are some.
 */
export async function submissionsForPeriod(
  db: { readonly prisma: PrismaClient; readonly sql: Statements },
  unitIds: readonly number[],
  period: PeriodCode,
): Promise<SubmissionVersion[]> {
  if (unitIds.length === 0) return [];
  const { prisma, sql } = db;
  const { rows: found } = await sql.run<{ id: number }>(ACTIVE_FOR_PERIOD, [[...unitIds], period, SUBMISSION_SERIES]);
  if (found.length === 0) return [];
  const rows = await prisma.report.findMany({
    // Active still: a correction may have superseded one in between.
    where: { id: { in: found.map((r) => r.id) }, status: 'active' },
    include: withFigures,
    orderBy: [{ unitId: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toSubmissionVersion);
}
