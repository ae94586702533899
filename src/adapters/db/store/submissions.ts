/**
 * Saving and withdrawing submissions: series "submission" of a unit and period, one active version at
 * a time. Both lock the unit's row first, so that concurrent writers for one unit take turns and two
 * saves never compute the same version number.
 */

import { vietnamDate } from '../../../core/civil-time/index.js';
import { InvariantError, NotFoundError } from '../../../core/errors.js';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client.js';
import { parseInstant } from '../../../ports/instant.js';
import type { SubmissionInput, SubmissionVersion } from '../../../ports/submission-store.js';
import { appendAudit } from './audit.js';
import { dateColumn } from './mapping.js';
import { definedCounts, toSubmissionVersion, withFigures } from './report-rows.js';

/** The series key shared by every submission version. */
export const SUBMISSION_SERIES = 'submission';

type Tx = Prisma.TransactionClient;
type Saved = { readonly created: boolean; readonly version: SubmissionVersion; readonly previous: SubmissionVersion | null };
type Withdrawn = { readonly withdrawn: SubmissionVersion; readonly restored: SubmissionVersion | null };

/**
 * See SubmissionStore.saveSubmission. A unique-constraint conflict (the same message delivered twice
 * at once, or a version number taken meanwhile) is retried once: the retry sees the winner's row.
 */
export async function saveSubmission(prisma: PrismaClient, input: SubmissionInput): Promise<Saved> {
  const attempt = () => prisma.$transaction((tx) => saveIn(tx, input));
  try {
    return await attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}

async function saveIn(tx: Tx, input: SubmissionInput): Promise<Saved> {
  const recordedAt = parseInstant(input.recordedAt, 'recordedAt');
  await lockUnit(tx, input.unitId);
  if (input.messageKey !== null) {
    const stored = await tx.report.findUnique({ where: { messageKey: input.messageKey }, include: withFigures });
    if (stored) {
      const previous = stored.supersedesId === null ? null : await findVersion(tx, stored.supersedesId);
      return { created: false, version: toSubmissionVersion(stored), previous };
    }
  }
  const series = { unitId: input.unitId, period: input.period, seriesKey: SUBMISSION_SERIES };
  const latest = await tx.report.findFirst({ where: series, orderBy: { version: 'desc' }, select: { version: true } });
  const active = await tx.report.findFirst({ where: { ...series, status: 'active' }, select: { id: true } });
  if (active) await tx.report.update({ where: { id: active.id }, data: { status: 'superseded' } });
  const row = await tx.report.create({
    data: {
      ...series,
      version: (latest?.version ?? 0) + 1,
      periodStart: dateColumn(input.periodStart),
      periodEnd: dateColumn(input.periodEnd),
      sourceKind: 'submission',
      sourceDate: dateColumn(vietnamDate(recordedAt)),
      submittedById: input.personId,
      channel: input.channel,
      messageKey: input.messageKey,
      rawText: input.rawText,
      onTime: input.onTime,
      supersedesId: active?.id ?? null,
      createdAt: recordedAt,
      counts: { create: definedCounts(input.counts).map(([key, value]) => ({ key, value })) },
    },
    include: withFigures,
  });
  const previous = active ? await findVersion(tx, active.id) : null;
  const version = toSubmissionVersion(row);
  if (input.audit) await appendAudit(tx, input.audit({ version, previous }));
  return { created: true, version, previous };
}

/**
 * See SubmissionStore.withdrawSubmission. The withdrawn version lets go of its link to the version it
 * superseded (report.supersedes_id is unique), so that the restored version can be corrected again.
 */
export async function withdrawSubmission(prisma: PrismaClient, reportId: number): Promise<Withdrawn | null> {
  const target = await prisma.report.findUnique({ where: { id: reportId }, select: { unitId: true, seriesKey: true } });
  if (!target || target.seriesKey !== SUBMISSION_SERIES) return null;
  return prisma.$transaction(async (tx): Promise<Withdrawn | null> => {
    await lockUnit(tx, target.unitId);
    const current = await tx.report.findUnique({ where: { id: reportId }, select: { status: true, supersedesId: true } });
    if (current?.status !== 'active') return null;
    await tx.report.update({ where: { id: reportId }, data: { status: 'withdrawn', supersedesId: null } });
    const restoredId = current.supersedesId;
    if (restoredId !== null) {
      await tx.report.updateMany({ where: { id: restoredId, status: 'superseded' }, data: { status: 'active' } });
    }
    const withdrawn = await findVersion(tx, reportId);
    if (!withdrawn) throw new InvariantError(`Submission ${reportId} vanished while being withdrawn.`);
    return { withdrawn, restored: restoredId === null ? null : await findVersion(tx, restoredId) };
  });
}

/** Takes the unit's row lock for the rest of the transaction; fails for an unknown unit. */
async function lockUnit(tx: Tx, unitId: number): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM unit WHERE id = ${unitId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(`Submission for unknown unit ${unitId}.`);
}

async function findVersion(tx: Tx, id: number): Promise<SubmissionVersion | null> {
  const row = await tx.report.findUnique({ where: { id }, include: withFigures });
  return row ? toSubmissionVersion(row) : null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
