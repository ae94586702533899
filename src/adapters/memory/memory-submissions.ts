/**
 * The in-memory SubmissionStore. Each write runs in one turn of the event loop (no await between
 * reading and writing), which makes it as atomic as the Prisma store's transactions.
 */

import { vietnamDate } from '../../core/civil-time/index.js';
import { InvariantError } from '../../core/errors.js';
import type { PeriodCode } from '../../core/types.js';
import { parseInstant } from '../../ports/instant.js';
import type { SubmissionStore, SubmissionVersion } from '../../ports/submission-store.js';
import { auditRow } from './memory-audit.js';
import { type MemoryTables, nextId, replaceRow, requirePerson, requireUnitId, type StoredReport, toSubmissionVersion } from './memory-tables.js';

const SERIES = 'submission';

/** The units among `unitIds` with an active submission for `period` (the reminder ledger's claim reads it). */
export function reportedUnitIds(tables: MemoryTables, unitIds: readonly number[], period: string): number[] {
  const units = new Set(unitIds);
  return [
    ...new Set(
      tables.reports.filter((r) => r.seriesKey === SERIES && r.status === 'active' && r.period === period && units.has(r.unitId)).map((r) => r.unitId),
    ),
  ];
}

/** Creates the submissions part of the memory store over shared tables. */
export function createMemorySubmissions(tables: MemoryTables): SubmissionStore {
  const versionOf = (id: number | null): SubmissionVersion | null => {
    const row = id === null ? undefined : tables.reports.find((r) => r.id === id);
    return row ? toSubmissionVersion(row) : null;
  };
  const seriesOf = (unitId: number, period: PeriodCode): StoredReport[] =>
    tables.reports.filter((r) => r.seriesKey === SERIES && r.unitId === unitId && r.period === period);

  return {
    async saveSubmission(input) {
      const recordedAt = parseInstant(input.recordedAt, 'recordedAt');
      requireUnitId(tables, input.unitId);
      const person = requirePerson(tables, input.personId);
      const stored = input.messageKey === null ? undefined : tables.reports.find((r) => r.messageKey === input.messageKey);
      if (stored) return { created: false, version: toSubmissionVersion(stored), previous: versionOf(stored.supersedesId) };
      const series = seriesOf(input.unitId, input.period);
      const active = series.find((r) => r.status === 'active');
      const superseded: StoredReport | null = active ? { ...active, status: 'superseded' } : null;
      const row: StoredReport = {
        id: nextId(tables, 'report'),
        unitId: input.unitId,
        period: input.period,
        asOf: input.periodEnd,
        counts: Object.fromEntries(Object.entries(input.counts).filter(([, v]) => v !== undefined)),
        rates: [],
        fulfilment: [],
        source: {
          kind: 'submission',
          document: null,
          date: vietnamDate(recordedAt),
          label: null,
          note: null,
          submittedBy: person.displayName,
          channel: input.channel,
        },
        version: Math.max(0, ...series.map((r) => r.version)) + 1,
        createdAt: recordedAt.toISOString(),
        seriesKey: SERIES,
        status: 'active',
        supersedesId: active?.id ?? null,
        messageKey: input.messageKey,
        rawText: input.rawText,
        onTime: input.onTime,
        submittedById: input.personId,
      };
      const saved = { version: toSubmissionVersion(row), previous: superseded ? toSubmissionVersion(superseded) : null };
      // The event is made and checked before anything changes: a failing one leaves nothing behind, as a rolled-back transaction.
      const event = input.audit ? auditRow(tables, input.audit(saved)) : null;
      if (superseded) replaceRow(tables.reports, superseded);
      tables.reports.push(row);
      tables.facts.version += 1;
      if (event) tables.audit.push(event);
      return { created: true, ...saved };
    },

    async findSubmission(unitId, period) {
      const active = seriesOf(unitId, period).find((r) => r.status === 'active');
      return active ? toSubmissionVersion(active) : null;
    },

    async findLastSubmissionBy(personId) {
      const mine = tables.reports.filter((r) => r.seriesKey === SERIES && r.status === 'active' && r.submittedById === personId);
      const last = mine.sort((a, b) => b.id - a.id)[0];
      return last ? toSubmissionVersion(last) : null;
    },

    // As in the database, the withdrawn version lets go of its supersedes link (see the Prisma store).
    async withdrawSubmission(reportId) {
      const row = tables.reports.find((r) => r.id === reportId && r.seriesKey === SERIES);
      if (row?.status !== 'active') return null;
      replaceRow(tables.reports, { ...row, status: 'withdrawn', supersedesId: null });
      const previous = tables.reports.find((r) => r.id === row.supersedesId && r.status === 'superseded');
      if (previous) replaceRow(tables.reports, { ...previous, status: 'active' });
      tables.facts.version += 1;
      const withdrawn = versionOf(reportId);
      if (!withdrawn) throw new InvariantError(`Submission ${reportId} vanished while being withdrawn.`);
      return { withdrawn, restored: versionOf(row.supersedesId) };
    },

    async submissionHistory(unitId, period) {
      return seriesOf(unitId, period)
        .sort((a, b) => b.version - a.version)
        .map(toSubmissionVersion);
    },

    async submissionsForPeriod(unitIds, period) {
      return tables.reports
        .filter((r) => r.seriesKey === SERIES && r.status === 'active' && r.period === period && unitIds.includes(r.unitId))
        .sort((a, b) => a.unitId - b.unitId || a.id - b.id)
        .map(toSubmissionVersion);
    },
  };
}
