/** The audit trail: who did what, when, on which channel, with the raw text. */
import { Prisma, type PrismaClient } from '../../../generated/prisma/client.js';
import type { AuditEvent, AuditInput } from '../../../ports/audit-log.js';
import { parseInstant } from '../../../ports/instant.js';
import { jsonInput } from './mapping.js';

/** See AuditLog.appendAudit: `at` is stored as given, not the database's now(). */
export async function appendAudit(prisma: Pick<PrismaClient, 'auditEvent'>, event: AuditInput): Promise<void> {
  await prisma.auditEvent.create({
    data: {
      at: parseInstant(event.at, 'at'),
      action: event.action,
      channel: event.channel,
      actorId: event.actorId,
      unitId: event.unitId,
      reportId: event.reportId,
      rawText: event.rawText,
      // No details is SQL NULL here, not a JSON null.
      details: event.details == null ? Prisma.DbNull : jsonInput(event.details),
    },
  });
}

/** See SubmissionStore.listAudit: newest first, with the actor's name. */
export async function listAudit(prisma: PrismaClient, unitId: number, limit: number): Promise<AuditEvent[]> {
  const rows = await prisma.auditEvent.findMany({
    where: { unitId },
    include: { actor: { select: { displayName: true } } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actorId: row.actorId,
    actorName: row.actor?.displayName ?? null,
    channel: row.channel,
    unitId: row.unitId,
    reportId: row.reportId,
    rawText: row.rawText,
    details: row.details,
  }));
}
