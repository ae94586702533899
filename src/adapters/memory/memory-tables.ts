/**
 * The in-memory store's tables, shared by its parts (units and figures, people, submissions) the way
 * the database's tables are shared by the Prisma store's parts.
 */
import { InvariantError, NotFoundError } from '../../core/errors.js';
import type { Channel, Language, Report, Unit } from '../../core/types.js';
import type { AuditEvent } from '../../ports/audit-log.js';
import type { Assignment, Invite } from '../../ports/people-store.js';
import type { SubmissionVersion } from '../../ports/submission-store.js';

/** codeName is imported and kept (as in the database) but is not part of the core Unit. */
export interface StoredUnit extends Unit {
  readonly codeName: string;
}

/** A report row: the figures plus the columns the core's Report leaves out. */
export interface StoredReport extends Report {
  readonly seriesKey: string;
  readonly status: SubmissionVersion['status'];
  readonly supersedesId: number | null;
  readonly messageKey: string | null;
  readonly rawText: string | null;
  readonly onTime: boolean | null;
  readonly submittedById: number | null;
}

export interface StoredPerson {
  readonly id: number;
  readonly displayName: string;
  readonly language: Language | null;
}

export interface StoredIdentity {
  readonly personId: number;
  readonly channel: Channel;
  readonly userId: string;
}

export interface StoredAssignment extends Assignment {
  readonly revokedAt: string | null;
}

/** Rows are replaced, never mutated, so that values handed out earlier do not change under a caller. */
export interface MemoryTables {
  readonly units: StoredUnit[];
  readonly reports: StoredReport[];
  readonly people: StoredPerson[];
  readonly identities: StoredIdentity[];
  readonly assignments: StoredAssignment[];
  readonly invites: Invite[];
  readonly audit: AuditEvent[];
  /** Raised by every write of reports or targets, as the database's facts_version is by its triggers. */
  readonly facts: { version: number };
  /** The last id handed out per table, as a sequence would. */
  readonly sequences: Record<'report' | 'person' | 'assignment' | 'invite' | 'audit', number>;
}

/** Empty tables. */
export function createTables(): MemoryTables {
  return {
    units: [],
    reports: [],
    people: [],
    identities: [],
    assignments: [],
    invites: [],
    audit: [],
    facts: { version: 0 },
    sequences: { report: 0, person: 0, assignment: 0, invite: 0, audit: 0 },
  };
}

/** The next id of a table. */
export function nextId(tables: MemoryTables, table: keyof MemoryTables['sequences']): number {
  tables.sequences[table] += 1;
  return tables.sequences[table];
}

/** Replaces the row with the same id. */
export function replaceRow<T extends { readonly id: number }>(rows: T[], row: T): void {
  const index = rows.findIndex((r) => r.id === row.id);
  if (index < 0) throw new InvariantError(`No row ${row.id} to replace.`);
  rows[index] = row;
}

/** A deep copy, so that callers never hold a stored row. */
export const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A stored report as the core's Report. */
export function toReport(row: StoredReport): Report {
  return clone({
    id: row.id,
    unitId: row.unitId,
    period: row.period,
    asOf: row.asOf,
    counts: row.counts,
    rates: row.rates,
    fulfilment: row.fulfilment,
    source: row.source,
    version: row.version,
    createdAt: row.createdAt,
  });
}

/** A stored submission as a version. */
export function toSubmissionVersion(row: StoredReport): SubmissionVersion {
  return { ...toReport(row), status: row.status, onTime: row.onTime, submittedById: row.submittedById };
}

/** Fails like a foreign key would when the unit does not exist. */
export function requireUnitId(tables: MemoryTables, unitId: number): void {
  if (!tables.units.some((u) => u.id === unitId)) throw new NotFoundError(`Unknown unit ${unitId}.`);
}

/** The person with this id; fails like a foreign key would when there is none. */
export function requirePerson(tables: MemoryTables, personId: number): StoredPerson {
  const person = tables.people.find((p) => p.id === personId);
  if (!person) throw new NotFoundError(`Unknown person ${personId}.`);
  return person;
}
