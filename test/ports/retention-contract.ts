/**
 * The RetentionStore part of the Store contract: pruning deletes inbound ledger rows older than the
 * cutoff and conversation states expired before theirs, keeps the recent ones, and never touches the
 * audit trail or the reports.
 */
import { describe, expect, it } from 'vitest';
import type { AuditLog } from '../../src/ports/audit-log.js';
import type { ConversationStore } from '../../src/ports/conversation-store.js';
import type { FiguresStore } from '../../src/ports/figures-store.js';
import type { InboundKey, InboundStore } from '../../src/ports/inbound-store.js';
import { type RetentionStore, retentionCutoffs } from '../../src/ports/retention.js';
import type { TurnOpener } from '../../src/ports/turn-opening.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { answeredFor, makeUnits } from './store-fixtures.js';

// Before every instant the other contract tests write with, so that pruning leaves their rows alone.
const NOW = new Date('2025-03-01T00:00:00.000Z');
const day = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

/** Registers the retention tests; `store` gives the suite's store once it is open. */
export function describeRetentionContract(
  store: () => UnitStore & FiguresStore & ConversationStore & AuditLog & TurnOpener & InboundStore & RetentionStore,
): void {
  describe('pruneOperational', () => {
    it('prunes the old inbound rows and expired conversations, keeps the recent ones, the audit trail and the reports', async () => {
      const key = (messageId: string): InboundKey => ({ channel: 'telegram', chatId: '-RET', messageId });
      await store().markAnswered(key('old'), 'old reply', day(-31));
      await store().markAnswered(key('recent'), 'recent reply', day(-29));
      const conversation = (userId: string) => ({ channel: 'zalo' as const, chatId: 'RET', userId });
      await store().setConversation(conversation('expired'), { kind: 'a', payload: null, expiresAt: day(-2).toISOString() });
      await store().setConversation(conversation('fresh'), { kind: 'b', payload: [1], expiresAt: day(-0.5).toISOString() });
      const [unitId] = await makeUnits(store(), 'RET1');
      if (unitId === undefined) throw new Error('no unit');
      await store().appendAudit({
        at: day(-400).toISOString(),
        action: 'report.saved',
        channel: 'console',
        actorId: null,
        unitId,
        reportId: null,
        rawText: 'old',
        details: null,
      });
      const saved = await store().saveDocumentReport({
        unit: { structure: 'pre2025', level: 'province', code: 'RET1' },
        period: '2024-6M',
        periodStart: '2024-01-01',
        periodEnd: '2024-06-30',
        asOf: null,
        counts: { ld: 1_000, bb: 150, tn: 5 },
        rates: [],
        fulfilment: [],
        sourceDocument: 'RET/2024',
        sourceDate: '2024-07-10',
        sourceLabel: null,
        sourceNote: null,
      });

      const pruned = await store().pruneOperational(retentionCutoffs(NOW));
      expect(pruned).toEqual({ inbound: 1, conversations: 1 });
      expect(await answeredFor(store(), key('old'))).toBeNull();
      expect(await answeredFor(store(), key('recent'))).toEqual({ reply: 'recent reply' });
      // The expired state was ignored already; the one expired less than a day ago is still stored.
      const second = await store().pruneOperational(retentionCutoffs(NOW));
      expect(second).toEqual({ inbound: 0, conversations: 0 });
      expect(await store().getConversation(conversation('fresh'), day(-1))).toMatchObject({ kind: 'b' });
      expect((await store().listAudit(unitId, 10)).map((e) => e.rawText)).toEqual(['old']);
      expect((await store().findReports([unitId])).map((r) => r.id)).toEqual([saved.reportId]);
      // A year later, everything operational goes; the audit trail and the report stay.
      // (Other contract tests' rows, of mid-2025, go too: this test runs last.)
      const yearLater = await store().pruneOperational(retentionCutoffs(day(365)));
      expect(yearLater.inbound).toBeGreaterThanOrEqual(1);
      expect(await answeredFor(store(), key('recent'))).toBeNull();
      expect(await store().listAudit(unitId, 10)).toHaveLength(1);
      expect(await store().findReports([unitId])).toHaveLength(1);
    });
  });
}
