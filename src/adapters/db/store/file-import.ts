/**
 * A checked spreadsheet stored in one transaction (FileImportStore.importFile). Figures become the
 * next version of the submission series of their unit and period, read and written in a few batched
 * statements so that a 10,000-row file takes seconds, not minutes; targets are upserted by key.
 */
import type { Counts } from '../../../core/types.js';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.js';
import type { FileImportInput, FileImportResult, ImportedFigures, ImportedTarget, ImportTally } from '../../../ports/file-import-store.js';
import { parseInstant } from '../../instant.js';
import { receivedDay } from '../../received-day.js';
import { chunks, dateColumn, decimalToNumber, isoDate, roundPercent } from './mapping.js';
import { bilingual, definedCounts } from './report-rows.js';
import { SUBMISSION_SERIES } from './submissions.js';

type Tx = Prisma.TransactionClient;

/** Rows per statement: well under PostgreSQL's 65,535 parameters for the widest insert. */
const BATCH = 1000;

/** A large file is written in one transaction; the default 5 s would cut it short. */
const TRANSACTION_MS = 300_000;

/** See FileImportStore.importFile. */
export async function importFile(prisma: PrismaClient, input: FileImportInput): Promise<FileImportResult> {
  const recordedAt = parseInstant(input.recordedAt, 'recordedAt');
  return prisma.$transaction(async (tx) => ({ figures: await importFigures(tx, input, recordedAt), targets: await importTargets(tx, input.targets) }), {
    timeout: TRANSACTION_MS,
    maxWait: 10_000,
  });
}

const seriesKey = (unitId: number, period: string | null) => `${unitId}|${period}`;
const countsKey = (counts: Counts) => JSON.stringify(definedCounts(counts).sort(([a], [b]) => a.localeCompare(b)));

async function importFigures(tx: Tx, input: FileImportInput, recordedAt: Date): Promise<ImportTally> {
  if (input.figures.length === 0) return { created: 0, changed: 0, unchanged: 0 };
  const unitIds = [...new Set(input.figures.map((f) => f.unitId))].sort((a, b) => a - b);
  // Concurrent submissions for these units wait, as they wait for each other (submissions.ts).
  for (const ids of chunks(unitIds, BATCH)) await tx.$queryRaw`SELECT id FROM unit WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  const periods = [...new Set(input.figures.map((f) => f.period))];
  const versions: { id: number; unitId: number; period: string | null; version: number; status: string }[] = [];
  for (const ids of chunks(unitIds, BATCH)) {
    versions.push(
      ...(await tx.report.findMany({
        where: { seriesKey: SUBMISSION_SERIES, unitId: { in: ids }, period: { in: periods } },
        select: { id: true, unitId: true, period: true, version: true, status: true },
      })),
    );
  }
  const latest = new Map<string, number>();
  const active = new Map<string, number>();
  for (const v of versions) {
    const key = seriesKey(v.unitId, v.period);
    latest.set(key, Math.max(latest.get(key) ?? 0, v.version));
    if (v.status === 'active') active.set(key, v.id);
  }
  const activeCounts = new Map<number, Counts>();
  for (const ids of chunks([...active.values()], BATCH)) {
    for (const c of await tx.reportCount.findMany({ where: { reportId: { in: ids } }, select: { reportId: true, key: true, value: true } })) {
      activeCounts.set(c.reportId, { ...activeCounts.get(c.reportId), [c.key]: c.value });
    }
  }
  const tally = { created: 0, changed: 0, unchanged: 0 };
  const writes: { figures: ImportedFigures; version: number; supersedes: number | null }[] = [];
  for (const figures of input.figures) {
    const key = seriesKey(figures.unitId, figures.period);
    const current = active.get(key);
    if (current !== undefined && countsKey(activeCounts.get(current) ?? {}) === countsKey(figures.counts)) {
      tally.unchanged += 1;
      continue;
    }
    if (current === undefined) tally.created += 1;
    else tally.changed += 1;
    writes.push({ figures, version: (latest.get(key) ?? 0) + 1, supersedes: current ?? null });
    latest.set(key, (latest.get(key) ?? 0) + 1);
  }
  const superseded = writes.flatMap((w) => (w.supersedes === null ? [] : [w.supersedes]));
  for (const ids of chunks(superseded, BATCH)) await tx.report.updateMany({ where: { id: { in: ids } }, data: { status: 'superseded' } });
  const sourceDate = dateColumn(receivedDay(recordedAt));
  for (const batch of chunks(writes, BATCH)) {
    const created = await tx.report.createManyAndReturn({
      data: batch.map(({ figures, version, supersedes }) => ({
        unitId: figures.unitId,
        period: figures.period,
        seriesKey: SUBMISSION_SERIES,
        version,
        periodStart: dateColumn(figures.periodStart),
        periodEnd: dateColumn(figures.periodEnd),
        sourceKind: 'import' as const,
        sourceDocument: input.file.name,
        sourceDate,
        sourceNote: `sha256:${input.file.sha256}`,
        submittedById: input.personId,
        channel: input.channel,
        rawText: figures.origin,
        supersedesId: supersedes,
        createdAt: recordedAt,
      })),
      select: { id: true, unitId: true, period: true, version: true },
    });
    const ids = new Map(created.map((r) => [`${seriesKey(r.unitId, r.period)}|${r.version}`, r.id]));
    const counts = batch.flatMap(({ figures, version }) => {
      const reportId = ids.get(`${seriesKey(figures.unitId, figures.period)}|${version}`) as number;
      return definedCounts(figures.counts).map(([key, value]) => ({ reportId, key, value }));
    });
    for (const rows of chunks(counts, BATCH * 4)) await tx.reportCount.createMany({ data: rows });
  }
  return tally;
}

const targetKey = (t: { unitId: number; indicator: string; year: number; sourceDocument: string }) =>
  JSON.stringify([t.unitId, t.indicator, t.year, t.sourceDocument]);

function targetFields(t: ImportedTarget) {
  return {
    percent: roundPercent(t.percent),
    basis: t.basis,
    kind: t.kind,
    sourceDate: t.sourceDate,
    label: t.label,
    note: t.note,
  };
}

async function importTargets(tx: Tx, targets: readonly ImportedTarget[]): Promise<ImportTally> {
  const tally = { created: 0, changed: 0, unchanged: 0 };
  if (targets.length === 0) return tally;
  const unitIds = [...new Set(targets.map((t) => t.unitId))];
  const stored = new Map<string, { id: number; fields: string }>();
  for (const ids of chunks(unitIds, BATCH)) {
    for (const row of await tx.target.findMany({ where: { unitId: { in: ids } } })) {
      const fields = {
        percent: decimalToNumber(row.percent),
        basis: row.basis,
        kind: row.kind,
        sourceDate: isoDate(row.sourceDate),
        label: bilingual(row.labelVi, row.labelEn),
        note: row.note,
      };
      stored.set(targetKey(row), { id: row.id, fields: JSON.stringify(fields) });
    }
  }
  const inserts: Prisma.TargetCreateManyInput[] = [];
  for (const target of targets) {
    const fields = targetFields(target);
    const existing = stored.get(targetKey(target));
    if (existing && existing.fields === JSON.stringify(fields)) {
      tally.unchanged += 1;
      continue;
    }
    const data = {
      percent: fields.percent,
      basis: fields.basis,
      kind: fields.kind,
      sourceDate: dateColumn(fields.sourceDate),
      labelVi: fields.label?.vi ?? null,
      labelEn: fields.label?.en ?? null,
      note: fields.note,
    };
    if (existing) {
      tally.changed += 1;
      await tx.target.update({ where: { id: existing.id }, data });
    } else {
      tally.created += 1;
      inserts.push({ unitId: target.unitId, indicator: target.indicator, year: target.year, sourceDocument: target.sourceDocument, ...data });
    }
  }
  for (const rows of chunks(inserts, BATCH)) await tx.target.createMany({ data: rows });
  return tally;
}
