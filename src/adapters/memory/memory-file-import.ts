/** FileImportStore in memory: the same versions and counts as the Prisma store's file-import.ts. */

import { vietnamDate } from '../../core/civil-time/index.js';
import type { Counts, Target } from '../../core/types.js';
import type { FileImportInput, FileImportResult, FileImportStore, ImportTally } from '../../ports/file-import-store.js';
import { parseInstant } from '../../ports/instant.js';
import { pushAudit } from './memory-audit.js';
import { type MemoryTables, nextId, replaceRow, requirePerson, requireUnitId, type StoredReport } from './memory-tables.js';

const SERIES = 'submission';
const roundPercent = (value: number): number => Math.round(value * 10_000) / 10_000;
const countsKey = (counts: Counts) =>
  JSON.stringify(
    Object.entries(counts)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** The memory store's targets, keyed as the database keys them, and their id sequence. */
export interface MemoryTargets {
  readonly byKey: Map<string, Target>;
  nextId(): number;
}

/** The target map's key: unit, indicator, year and source document. */
export const targetMapKey = (t: Pick<Target, 'unitId' | 'indicator' | 'year' | 'sourceDocument'>) => `${t.unitId}|${t.indicator}|${t.year}|${t.sourceDocument}`;

/** Creates the file import part of the memory store over shared tables. */
export function createMemoryFileImport(tables: MemoryTables, targets: MemoryTargets): FileImportStore {
  function importFigures(input: FileImportInput, recordedAt: Date): ImportTally {
    const tally = { created: 0, changed: 0, unchanged: 0 };
    const submitter = input.personId === null ? null : requirePerson(tables, input.personId);
    for (const figures of input.figures) {
      requireUnitId(tables, figures.unitId);
      const series = tables.reports.filter((r) => r.seriesKey === SERIES && r.unitId === figures.unitId && r.period === figures.period);
      const active = series.find((r) => r.status === 'active');
      if (active && countsKey(active.counts) === countsKey(figures.counts)) {
        tally.unchanged += 1;
        continue;
      }
      if (active) {
        tally.changed += 1;
        replaceRow(tables.reports, { ...active, status: 'superseded' });
      } else tally.created += 1;
      const row: StoredReport = {
        id: nextId(tables, 'report'),
        unitId: figures.unitId,
        period: figures.period,
        asOf: figures.periodEnd,
        counts: Object.fromEntries(Object.entries(figures.counts).filter(([, v]) => v !== undefined)),
        rates: [],
        fulfilment: [],
        source: {
          kind: 'import',
          document: input.file.name,
          date: vietnamDate(recordedAt),
          label: null,
          note: `sha256:${input.file.sha256}`,
          submittedBy: submitter?.displayName ?? null,
          channel: input.channel,
        },
        version: Math.max(0, ...series.map((r) => r.version)) + 1,
        createdAt: recordedAt.toISOString(),
        seriesKey: SERIES,
        status: 'active',
        supersedesId: active?.id ?? null,
        messageKey: null,
        rawText: figures.origin,
        onTime: null,
        submittedById: input.personId,
      };
      tables.reports.push(row);
    }
    return tally;
  }

  function importTargets(input: FileImportInput): ImportTally {
    const tally = { created: 0, changed: 0, unchanged: 0 };
    for (const t of input.targets) {
      requireUnitId(tables, t.unitId);
      const key = targetMapKey(t);
      const existing = targets.byKey.get(key);
      const next: Target = { id: existing?.id ?? targets.nextId(), ...t, percent: roundPercent(t.percent) };
      if (existing && JSON.stringify(existing) === JSON.stringify({ ...existing, ...next })) {
        tally.unchanged += 1;
        continue;
      }
      if (existing) tally.changed += 1;
      else tally.created += 1;
      targets.byKey.set(key, next);
    }
    return tally;
  }

  return {
    async importFile(input): Promise<FileImportResult> {
      const recordedAt = parseInstant(input.recordedAt, 'recordedAt');
      // All or nothing, as the database's transaction: work on copies, keep them only when every row went in.
      const reports = [...tables.reports];
      const targetRows = new Map(targets.byKey);
      try {
        const figures = importFigures(input, recordedAt);
        const targetTally = importTargets(input);
        const result = { figures, targets: targetTally };
        if (input.audit) pushAudit(tables, input.audit(result));
        if (figures.created + figures.changed + targetTally.created + targetTally.changed > 0) tables.facts.version += 1;
        return result;
      } catch (error) {
        tables.reports.splice(0, tables.reports.length, ...reports);
        targets.byKey.clear();
        for (const [k, v] of targetRows) targets.byKey.set(k, v);
        throw error;
      }
    },
  };
}
