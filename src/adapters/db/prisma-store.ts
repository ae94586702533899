/**
 * The Store port over Prisma (PostgreSQL or PGlite). Each concern lives in ./store/; this file only
 * wires them to the client.
 */
import { Prisma, type PrismaClient } from '../../generated/prisma/client.js';
import type { Store } from '../../ports/store.js';
import { clearConversation, getConversation, setConversation } from './store/conversations.js';
import { jsonInput } from './store/mapping.js';
import { findReports, saveDocumentReport } from './store/reports.js';
import { importSuccessions } from './store/succession-import.js';
import { findTargets, saveTarget } from './store/targets.js';
import { importUnits } from './store/unit-import.js';
import { listSuccessions, listUnits } from './store/units.js';

/** Creates the Prisma-backed Store; the caller owns (and closes) the client. */
export function createPrismaStore(prisma: PrismaClient): Store {
  return {
    listUnits: () => listUnits(prisma),
    listSuccessions: () => listSuccessions(prisma),
    countUnits: () => prisma.unit.count(),
    importUnits: (units) => importUnits(prisma, units),
    importSuccessions: (pairs) => importSuccessions(prisma, pairs),
    saveDocumentReport: (input) => saveDocumentReport(prisma, input),
    saveTarget: (input) => saveTarget(prisma, input),
    findReports: (unitIds) => findReports(prisma, unitIds),
    findTargets: (unitIds) => findTargets(prisma, unitIds),
    getConversation: (key, now) => getConversation(prisma, key, now),
    setConversation: (key, state) => setConversation(prisma, key, state),
    clearConversation: (key) => clearConversation(prisma, key),
    async appendAudit(event) {
      await prisma.auditEvent.create({
        data: {
          action: event.action, channel: event.channel, actorId: event.actorId, unitId: event.unitId,
          reportId: event.reportId, rawText: event.rawText,
          // No details is SQL NULL here, not a JSON null.
          details: event.details == null ? Prisma.DbNull : jsonInput(event.details),
        },
      });
    },
  };
}
