/**
 * The Store port over Prisma (PostgreSQL or PGlite). Each concern lives in ./store/; this file only
 * wires them to the client.
 */
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Store } from '../../ports/store.js';
import { appendAudit, listAudit } from './store/audit.js';
import { clearConversation, getConversation, setConversation } from './store/conversations.js';
import { findAnswered, markAnswered } from './store/inbound.js';
import { createInvite, listInvites, redeemInvite, revokeInvite } from './store/invites.js';
import { findPerson, listAssignments, revokeAssignment, setLanguage } from './store/people.js';
import { createPrismaReminders } from './store/reminders.js';
import { findReports, saveDocumentReport } from './store/reports.js';
import {
  findLastSubmissionBy, findSubmission, submissionHistory, submissionsForPeriod,
} from './store/submission-queries.js';
import { saveSubmission, withdrawSubmission } from './store/submissions.js';
import { importSuccessions } from './store/succession-import.js';
import { findTargets, saveTarget } from './store/targets.js';
import { importUnits } from './store/unit-import.js';
import { listSuccessions, listUnits } from './store/units.js';

/** Creates the Prisma-backed Store; the caller owns (and closes) the client. */
export function createPrismaStore(prisma: PrismaClient): Store {
  return {
    ...createPrismaReminders(prisma),
    listUnits: () => listUnits(prisma),
    listSuccessions: () => listSuccessions(prisma),
    countUnits: () => prisma.unit.count(),
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    importUnits: (units) => importUnits(prisma, units),
    importSuccessions: (pairs) => importSuccessions(prisma, pairs),
    saveDocumentReport: (input) => saveDocumentReport(prisma, input),
    saveTarget: (input) => saveTarget(prisma, input),
    findReports: (unitIds) => findReports(prisma, unitIds),
    findTargets: (unitIds) => findTargets(prisma, unitIds),
    getConversation: (key, now) => getConversation(prisma, key, now),
    setConversation: (key, state) => setConversation(prisma, key, state),
    clearConversation: (key) => clearConversation(prisma, key),
    appendAudit: (event) => appendAudit(prisma, event),

    findPerson: (identity) => findPerson(prisma, identity),
    setLanguage: (personId, language) => setLanguage(prisma, personId, language),
    createInvite: (input) => createInvite(prisma, input),
    redeemInvite: (code, identity, now) => redeemInvite(prisma, code, identity, now),
    listInvites: (filter) => listInvites(prisma, filter),
    revokeInvite: (code, now) => revokeInvite(prisma, code, now),
    listAssignments: (filter) => listAssignments(prisma, filter),
    revokeAssignment: (id, now) => revokeAssignment(prisma, id, now),

    saveSubmission: (input) => saveSubmission(prisma, input),
    findSubmission: (unitId, period) => findSubmission(prisma, unitId, period),
    findLastSubmissionBy: (personId) => findLastSubmissionBy(prisma, personId),
    withdrawSubmission: (reportId) => withdrawSubmission(prisma, reportId),
    submissionHistory: (unitId, period) => submissionHistory(prisma, unitId, period),
    submissionsForPeriod: (unitIds, period) => submissionsForPeriod(prisma, unitIds, period),
    listAudit: (unitId, limit) => listAudit(prisma, unitId, limit),

    findAnswered: (key) => findAnswered(prisma, key),
    markAnswered: (key, reply, at) => markAnswered(prisma, key, reply, at),
  };
}
