/** The in-memory audit trail, over the memory store's shared tables. */
import type { AuditEvent, AuditInput, AuditLog } from '../../ports/audit-log.js';
import { parseInstant } from '../../ports/instant.js';
import { clone, type MemoryTables, nextId, requirePerson } from './memory-tables.js';

/** Creates the audit part of the memory store over shared tables. */
export function createMemoryAudit(tables: MemoryTables): AuditLog {
  return {
    async appendAudit(event) {
      pushAudit(tables, event);
    },

    async listAudit(unitId, limit) {
      const newestFirst = (a: AuditEvent, b: AuditEvent): number => b.at.localeCompare(a.at) || b.id - a.id;
      return tables.audit
        .filter((e) => e.unitId === unitId)
        .sort(newestFirst)
        .slice(0, limit)
        .map((e) =>
          clone({
            ...e,
            actorName: e.actorId === null ? null : requirePerson(tables, e.actorId).displayName,
          }),
        );
    },
  };
}

/** Appends one audit event (AuditLog.appendAudit; the file import's event too). */
export function pushAudit(tables: MemoryTables, event: AuditInput): void {
  tables.audit.push(auditRow(tables, event));
}

/** The stored form of an event, checked (its instant, its actor). */
export function auditRow(tables: MemoryTables, event: AuditInput): AuditEvent {
  const at = parseInstant(event.at, 'at').toISOString();
  if (event.actorId !== null) requirePerson(tables, event.actorId);
  return {
    id: nextId(tables, 'audit'),
    at,
    action: event.action,
    actorId: event.actorId,
    actorName: null,
    channel: event.channel,
    unitId: event.unitId,
    reportId: event.reportId,
    rawText: event.rawText,
    details: event.details === undefined ? null : clone(event.details),
  };
}
