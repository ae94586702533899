/**
 * The reminder ledger: one row per (schedule, period, offset, chat) under a unique constraint. Planning
 * inserts with ON CONFLICT DO NOTHING, so planning twice changes nothing; a worker claims a row with
 * a conditional UPDATE (status = 'pending'), so of two workers exactly one sends.
 */
import { InvariantError } from '../../../core/errors.js';
import { type ReminderDelivery as DeliveryRow, Prisma, type PrismaClient } from '../../../generated/prisma/client.js';
import type { ClaimedDelivery, ClaimReports, Delivery, DeliveryKey, OpenDeliveries, StuckDelivery } from '../../../ports/delivery-ledger.js';
import { isoInstant, type Statements } from '../statements.js';
import { chunks } from './mapping.js';
import { BATCH, toStoredChat } from './reminders-chats.js';
import { SUBMISSION_SERIES } from './submissions.js';

const keyOf = (k: DeliveryKey): string => JSON.stringify([k.scheduleId, k.period, k.offsetDays, k.chatId]);

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    scheduleId: row.scheduleId,
    period: row.period,
    offsetDays: row.offsetDays,
    chatId: row.chatId,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** See ReminderStore.planDeliveries: one row per key, in the order of `keys` (a key given twice, twice). */
export async function planDeliveries(prisma: PrismaClient, keys: readonly DeliveryKey[]): Promise<Delivery[]> {
  if (keys.length === 0) return [];
  // Sorted, so that two planners inserting overlapping rows at once lock them in the same order (no deadlock).
  const unique = [...new Map(keys.map((k) => [keyOf(k), k])).values()].sort(
    (a, b) => a.scheduleId - b.scheduleId || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || a.offsetDays - b.offsetDays || a.chatId - b.chatId,
  );
  // createMany's INSERT … ON CONFLICT DO NOTHING over unnest(): one array per column, so any number
  // of keys in one statement and far faster than a parameter per value (see ensurePrivateChats).
  await prisma.$executeRaw`
    INSERT INTO "reminder_delivery" ("schedule_id", "period", "offset_days", "chat_id")
    SELECT * FROM unnest(
      ${unique.map((k) => k.scheduleId)}::int[], ${unique.map((k) => k.period)}::text[],
      ${unique.map((k) => k.offsetDays)}::int[], ${unique.map((k) => k.chatId)}::int[])
    ON CONFLICT DO NOTHING`;
  // Read back per occasion (usually one per call): chatId IN (…) under the unique index.
  const occasions = new Map<string, { readonly key: DeliveryKey; readonly chatIds: number[] }>();
  for (const k of unique) {
    const occasion = JSON.stringify([k.scheduleId, k.period, k.offsetDays]);
    const entry = occasions.get(occasion) ?? { key: k, chatIds: [] };
    entry.chatIds.push(k.chatId);
    occasions.set(occasion, entry);
  }
  const found = new Map<string, Delivery>();
  for (const { key, chatIds } of occasions.values()) {
    for (const part of chunks(chatIds, BATCH)) {
      const rows = await prisma.reminderDelivery.findMany({
        where: { scheduleId: key.scheduleId, period: key.period, offsetDays: key.offsetDays, chatId: { in: part } },
      });
      for (const row of rows) found.set(keyOf(row), toDelivery(row));
    }
  }
  return keys.map((k) => {
    const row = found.get(keyOf(k));
    if (!row) throw new InvariantError(`Delivery ${keyOf(k)} was not stored.`);
    return row;
  });
}

/** See ReminderStore.findDelivery. */
export async function findDelivery(prisma: PrismaClient, id: number): Promise<Delivery | null> {
  const row = await prisma.reminderDelivery.findUnique({ where: { id } });
  return row ? toDelivery(row) : null;
}

/** A ledger row as UPDATE … RETURNING gives it (column names, the enum as text, the instant as ISO text). */
interface RawDelivery {
  readonly id: number;
  readonly schedule_id: number;
  readonly period: string;
  readonly offset_days: number;
  readonly chat_id: number;
  readonly status: DeliveryRow['status'];
  readonly attempts: number;
  readonly last_error: string | null;
  readonly sent_at: string | null;
}

function fromRaw(row: RawDelivery): Delivery {
  return {
    id: row.id,
    scheduleId: row.schedule_id,
    period: row.period,
    offsetDays: row.offset_days,
    chatId: row.chat_id,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    sentAt: row.sent_at,
  };
}

const CLAIM = {
  name: 'reminder_delivery_claim',
  text: `WITH claimed AS (
           UPDATE reminder_delivery SET status = 'sending', attempts = attempts + 1, claimed_at = (now() AT TIME ZONE 'UTC')
           WHERE id = $1 AND status = 'pending'
           RETURNING id, schedule_id, period, offset_days, chat_id, status::text AS status, attempts, last_error,
             ${isoInstant('sent_at')} AS sent_at
         )
         SELECT claimed.*, ARRAY(
           SELECT DISTINCT unit_id FROM report
           WHERE unit_id = ANY($2::int[]) AND period = $3::text AND series_key = $4 AND status = 'active'
         ) AS reported
         FROM claimed`,
};

/**
 * See ReminderStore.claimDelivery: UPDATE … WHERE status = 'pending' is atomic, so one claimant wins.
 * Every delivery starts here, so it is one statement RETURNING the row and, when asked, the units
 * that have reported (SubmissionStore.submissionsForPeriod's test), on the driver (../statements.ts):
 * at 1,000 messages a second the worker's CPU is the limit, and each round trip a good part of it
 * (bench/fanout.ts).
 */
export async function claimDelivery(sql: Statements, id: number, reports?: ClaimReports): Promise<ClaimedDelivery | null> {
  const { rows } = await sql.run<RawDelivery & { readonly reported: number[] }>(CLAIM, [
    id,
    reports ? [...reports.unitIds] : [],
    reports?.period ?? null,
    SUBMISSION_SERIES,
  ]);
  const row = rows[0];
  if (row === undefined) return null;
  return reports ? { ...fromRaw(row), reportedUnitIds: row.reported } : fromRaw(row);
}

/** See ReminderStore.releaseDelivery; only a row being sent goes back (a closed row stays closed). */
export async function releaseDelivery(prisma: PrismaClient, id: number, error: string): Promise<void> {
  await prisma.reminderDelivery.updateMany({ where: { id, status: 'sending' }, data: { status: 'pending', lastError: error } });
}

/** The instant is stored as UTC wall time, as Prisma stores it (a zone in a timestamp's input is ignored). */
const FINISH = {
  name: 'reminder_delivery_finish',
  text: `UPDATE reminder_delivery SET status = $2::"DeliveryStatus", last_error = $3::text, sent_at = $4::timestamp(3)
         WHERE id = $1 AND status IN ('pending', 'sending')`,
};

/**
 * See ReminderStore.finishDelivery. A pending row may be closed without a claim (skipped: the unit
 * reported meanwhile); a row already closed keeps its outcome. sentAt is set for `sent` only. On the
 * driver like the claim, for the same reason: one per delivery.
 */
export async function finishDelivery(
  sql: Statements,
  id: number,
  outcome: { readonly status: 'sent' | 'skipped' | 'failed'; readonly at: Date; readonly error?: string },
): Promise<void> {
  await sql.run(FINISH, [id, outcome.status, outcome.error ?? null, outcome.status === 'sent' ? outcome.at.toISOString() : null]);
}

/** See ReminderStore.listDeliveries: ordered by id (the order they were planned). */
export async function listDeliveries(
  prisma: PrismaClient,
  filter: { readonly scheduleId: number; readonly period: string; readonly offsetDays: number },
): Promise<Delivery[]> {
  const rows = await prisma.reminderDelivery.findMany({
    where: { scheduleId: filter.scheduleId, period: filter.period, offsetDays: filter.offsetDays },
    orderBy: { id: 'asc' },
  });
  return rows.map(toDelivery);
}

/**
 * See ReminderStore.countOpenDeliveries: one aggregate statement. The ledger has no index on status
 * (one would cost every claim and close an index write), so this scans the table: about 45 ms for a
 * million rows on PostgreSQL, measured on the 2-core machine; /metrics bounds the wait.
 */
export async function countOpenDeliveries(prisma: PrismaClient): Promise<OpenDeliveries> {
  const rows = await prisma.$queryRaw<Array<{ readonly status: string; readonly n: number }>>`
    SELECT "status"::text AS "status", count(*)::int AS "n" FROM "reminder_delivery"
    WHERE "status" IN ('pending', 'sending') GROUP BY "status"`;
  const count = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
  return { pending: count('pending'), sending: count('sending') };
}

/**
 * The condition of a stuck row: sending, and claimed at least `olderThanMs` ago by the database's
 * clock (in UTC, as the claim wrote it), or at an unknown time (claimed before claims were timed).
 */
const stuckSince = (olderThanMs: number) =>
  Prisma.sql`"status" = 'sending' AND ("claimed_at" IS NULL OR "claimed_at" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${olderThanMs / 1000}::float8))`;

/** See ReminderStore.listStuckDeliveries: the ids by the database's clock, then the rows with their chats. */
export async function listStuckDeliveries(prisma: PrismaClient, olderThanMs: number): Promise<StuckDelivery[]> {
  const ids = await prisma.$queryRaw<Array<{ readonly id: number }>>`
    SELECT "id" FROM "reminder_delivery" WHERE ${stuckSince(olderThanMs)} ORDER BY "claimed_at" ASC NULLS FIRST, "id" ASC`;
  if (ids.length === 0) return [];
  const rows = await prisma.reminderDelivery.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: { chat: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [{ ...toDelivery(row), claimedAt: row.claimedAt?.toISOString() ?? null, chat: toStoredChat(row.chat) }] : [];
  });
}

/** See ReminderStore.requeueStuckDelivery: one conditional UPDATE, so of two sweeps one wins. */
export async function requeueStuckDelivery(prisma: PrismaClient, id: number, olderThanMs: number, reason: string): Promise<Delivery | null> {
  const rows = await prisma.$queryRaw<RawDelivery[]>`
    UPDATE "reminder_delivery" SET "status" = 'pending', "last_error" = ${reason}
    WHERE "id" = ${id} AND ${stuckSince(olderThanMs)}
    RETURNING "id", "schedule_id", "period", "offset_days", "chat_id", "status"::text AS "status", "attempts",
      "last_error", "sent_at"`;
  const row = rows[0];
  return row === undefined ? null : fromRaw(row);
}
