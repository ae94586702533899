/**
 * The in-memory reminder ledger. Like the database: one row per (schedule, period, offset, chat),
 * planning again changes nothing, a claim succeeds only on a pending row, and there is no await
 * between reading and writing a row, so two claims in one process cannot both win. Claims are timed
 * by the process's clock (Date.now), as the database times them by its own.
 */
import { InvariantError, NotFoundError } from '../../core/errors.js';
import type { StoredChat } from '../../ports/chat-store.js';
import type { Delivery, DeliveryKey, StuckDelivery } from '../../ports/delivery-ledger.js';
import type { ReminderStore } from '../../ports/store.js';

type LedgerMethods = Pick<
  ReminderStore,
  | 'planDeliveries'
  | 'findDelivery'
  | 'claimDelivery'
  | 'releaseDelivery'
  | 'finishDelivery'
  | 'listDeliveries'
  | 'countOpenDeliveries'
  | 'listStuckDeliveries'
  | 'requeueStuckDelivery'
>;

/** What the ledger's foreign keys point at. */
export interface LedgerReferences {
  hasSchedule(id: number): boolean;
  hasChat(id: number): boolean;
  /** The stored chat with this id (for the stuck rows' listing). */
  chat(id: number): StoredChat | undefined;
  /** The units among these with an active submission for the period (for a claim's ClaimReports). */
  reported(unitIds: readonly number[], period: string): number[];
}

const keyOf = (k: DeliveryKey): string => JSON.stringify([k.scheduleId, k.period, k.offsetDays, k.chatId]);

/** The ledger part of the memory ReminderStore. */
export function createMemoryLedger(references: LedgerReferences): LedgerMethods {
  // Ids are positions + 1 (rows are never deleted).
  const rows: Delivery[] = [];
  const idOf = new Map<string, number>();
  /** When each row was last claimed (ms since the epoch). */
  const claimedAt = new Map<number, number>();
  const stuck = (r: Delivery, olderThanMs: number): boolean => r.status === 'sending' && (claimedAt.get(r.id) ?? 0) <= Date.now() - olderThanMs;
  const row = (id: number): Delivery | undefined => rows[id - 1];
  const update = (id: number, when: (r: Delivery) => boolean, change: Partial<Delivery>): Delivery | null => {
    const current = row(id);
    if (!current || !when(current)) return null;
    const changed = { ...current, ...change };
    rows[id - 1] = changed;
    return { ...changed };
  };

  return {
    async planDeliveries(keys) {
      for (const k of keys) {
        if (!references.hasSchedule(k.scheduleId)) throw new NotFoundError(`Unknown schedule ${k.scheduleId}.`);
        if (!references.hasChat(k.chatId)) throw new NotFoundError(`Unknown chat ${k.chatId}.`);
      }
      return keys.map((k) => {
        const existing = row(idOf.get(keyOf(k)) ?? 0);
        if (existing) return { ...existing };
        const created: Delivery = {
          id: rows.length + 1,
          scheduleId: k.scheduleId,
          period: k.period,
          offsetDays: k.offsetDays,
          chatId: k.chatId,
          status: 'pending',
          attempts: 0,
          lastError: null,
          sentAt: null,
        };
        rows.push(created);
        idOf.set(keyOf(k), created.id);
        return { ...created };
      });
    },

    findDelivery: async (id) => {
      const found = row(id);
      return found ? { ...found } : null;
    },

    async claimDelivery(id, reports) {
      const claimed = update(id, (r) => r.status === 'pending', { status: 'sending', attempts: (row(id)?.attempts ?? 0) + 1 });
      if (!claimed) return null;
      claimedAt.set(id, Date.now());
      return reports ? { ...claimed, reportedUnitIds: references.reported(reports.unitIds, reports.period) } : claimed;
    },

    // Only a row being sent goes back; a closed row stays closed.
    async releaseDelivery(id, error) {
      update(id, (r) => r.status === 'sending', { status: 'pending', lastError: error });
    },

    // A pending row may be closed without a claim (skipped); a closed row keeps its outcome.
    async finishDelivery(id, outcome) {
      if (Number.isNaN(outcome.at.getTime())) throw new InvariantError('at is not a valid date.');
      update(id, (r) => r.status === 'pending' || r.status === 'sending', {
        status: outcome.status,
        lastError: outcome.error ?? null,
        sentAt: outcome.status === 'sent' ? outcome.at.toISOString() : null,
      });
    },

    listDeliveries: async (filter) =>
      rows.filter((r) => r.scheduleId === filter.scheduleId && r.period === filter.period && r.offsetDays === filter.offsetDays).map((r) => ({ ...r })),

    async countOpenDeliveries() {
      let pending = 0;
      let sending = 0;
      for (const r of rows) {
        if (r.status === 'pending') pending += 1;
        else if (r.status === 'sending') sending += 1;
      }
      return { pending, sending };
    },

    async listStuckDeliveries(olderThanMs) {
      const found: StuckDelivery[] = [];
      for (const r of rows) {
        const chat = references.chat(r.chatId);
        if (!stuck(r, olderThanMs) || !chat) continue;
        const at = claimedAt.get(r.id);
        found.push({ ...r, claimedAt: at === undefined ? null : new Date(at).toISOString(), chat: { ...chat } });
      }
      return found.sort((a, b) => (a.claimedAt ?? '').localeCompare(b.claimedAt ?? '') || a.id - b.id);
    },

    requeueStuckDelivery: async (id, olderThanMs, reason) => update(id, (r) => stuck(r, olderThanMs), { status: 'pending', lastError: reason }),
  };
}
