/**
 * The Store port over Prisma (PostgreSQL or PGlite), with the per-message statements on the driver
 * below it (./statements.ts). Each concern lives in ./store/; this file only wires them.
 */
import type { Store } from '../../ports/store.js';
import type { Database } from './open-database.js';
import { appendAudit, listAudit } from './store/audit.js';
import { clearConversation, getConversation, setConversation } from './store/conversations.js';
import { factsVersion } from './store/facts-version.js';
import { importFile } from './store/file-import.js';
import { createInvite, listInvites, redeemInvite, revokeInvite } from './store/invites.js';
import { findPerson, listAssignments, revokeAssignment, setLanguage } from './store/people.js';
import { recallPick, rememberPick } from './store/place-picks.js';
import { createPrismaReminders } from './store/reminders.js';
import { findReports, saveDocumentReport } from './store/reports.js';
import { pruneOperational } from './store/retention.js';
import { findLastSubmissionBy, findSubmission, submissionHistory, submissionsForPeriod } from './store/submission-queries.js';
import { saveSubmission, withdrawSubmission } from './store/submissions.js';
import { importSuccessions } from './store/succession-import.js';
import { findTargets, saveTarget } from './store/targets.js';
import { openTurn } from './store/turn-opening.js';
import { importUnits } from './store/unit-import.js';
import { listSuccessions, listUnits } from './store/units.js';
import { createWaitingWrites, type WaitingWrites } from './store/waiting-writes.js';

/**
 * Creates the Store over an open database; the caller owns (and closes) it, draining `waiting` first
 * when it gives one (open-store.ts does), so that no write waiting is lost.
 */
export function createPrismaStore(db: Pick<Database, 'prisma' | 'statements'>, waiting: WaitingWrites = createWaitingWrites(db.statements)): Store {
  const { prisma, statements } = db;
  return {
    ...createPrismaReminders(db),
    listUnits: () => listUnits(prisma),
    listSuccessions: () => listSuccessions(prisma),
    countUnits: () => prisma.unit.count(),
    openTurn: (identity, inbound, also) => openTurn(statements, identity, inbound, also, waiting),
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    importUnits: (units) => importUnits(prisma, units),
    importSuccessions: (pairs) => importSuccessions(prisma, pairs),
    saveDocumentReport: (input) => saveDocumentReport(prisma, input),
    saveTarget: (input) => saveTarget(prisma, input),
    importFile: (input) => importFile(prisma, input),
    factsVersion: () => factsVersion(statements),
    findReports: (unitIds) => findReports(prisma, unitIds),
    findTargets: (unitIds) => findTargets(prisma, unitIds),
    getConversation: (key, now) => getConversation(statements, key, now, waiting),
    setConversation: (key, state) => setConversation(statements, key, state, waiting),
    setConversationSoon: waiting.setConversationSoon,
    clearConversation: (key) => clearConversation(statements, key, waiting),
    appendAudit: (event) => appendAudit(prisma, event),

    findPerson: (identity) => findPerson(statements, identity),
    setLanguage: (personId, language) => setLanguage(prisma, personId, language),
    createInvite: (input) => createInvite(prisma, input),
    redeemInvite: (code, identity, now) => redeemInvite(prisma, code, identity, now),
    listInvites: (filter) => listInvites(prisma, filter),
    revokeInvite: (id, now) => revokeInvite(prisma, id, now),
    listAssignments: (filter) => listAssignments(prisma, filter),
    revokeAssignment: (id, now) => revokeAssignment(prisma, id, now),

    rememberPick: (personId, nameKey, unitId) => rememberPick(prisma, personId, nameKey, unitId),
    recallPick: (personId, nameKey) => recallPick(statements, personId, nameKey),

    saveSubmission: (input) => saveSubmission(prisma, input),
    findSubmission: (unitId, period) => findSubmission(prisma, unitId, period),
    findLastSubmissionBy: (personId) => findLastSubmissionBy(prisma, personId),
    withdrawSubmission: (reportId) => withdrawSubmission(prisma, reportId),
    submissionHistory: (unitId, period) => submissionHistory(prisma, unitId, period),
    submissionsForPeriod: (unitIds, period) => submissionsForPeriod({ prisma, sql: statements }, unitIds, period),
    listAudit: (unitId, limit) => listAudit(prisma, unitId, limit),

    markAnswered: waiting.markAnswered,
    pruneOperational: (cutoffs) => pruneOperational(prisma, cutoffs),
  };
}
