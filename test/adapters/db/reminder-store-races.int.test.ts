/**
 * Reminder ledger races that only a real PostgreSQL can stage, several connections at once: of
 * workers claiming one delivery exactly one wins, planners planning the same occasion at once store
 * each row once, and processes loading the default schedules at once create each schedule once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/ports/store.js';
import { openPostgresStore, type PostgresStore } from '../../support/postgres.js';
import { scheduleInput } from '../../support/reminder-builders.js';

/** An annual schedule (due 20 December); the races are about the ledger, not the day. */
const schedule = (key: string) =>
  scheduleInput(key, { nameVi: 'Báo cáo năm', nameEn: 'Annual report', periodKind: 'year', due: { kind: 'fixed', month: 12, day: 20 } });

describe('reminder store on PostgreSQL under concurrent writes', () => {
  let store: Store;
  let opened: PostgresStore | undefined;
  beforeAll(async () => {
    opened = await openPostgresStore();
    store = opened.store;
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('lets exactly one of several simultaneous claims of a delivery win', async () => {
    await store.ensureSchedules([schedule('race-claim')]);
    const scheduleId = (await store.listSchedules()).find((s) => s.key === 'race-claim')!.id;
    const chats = await store.ensurePrivateChats(Array.from({ length: 10 }, (_, i) => ({ channel: 'telegram', externalChatId: `claim-${i}` })));
    const rows = await store.planDeliveries(chats.map((c) => ({ scheduleId, period: '2031', offsetDays: 1, chatId: c.id })));
    for (const row of rows) {
      const claims = await Promise.all([1, 2, 3, 4, 5, 6].map(() => store.claimDelivery(row.id)));
      expect(claims.filter((c) => c !== null)).toEqual([{ ...row, status: 'sending', attempts: 1 }]);
    }
  });

  it('stores each ledger row once when the same occasion is planned from several connections at once', async () => {
    await store.ensureSchedules([schedule('race-plan')]);
    const scheduleId = (await store.listSchedules()).find((s) => s.key === 'race-plan')!.id;
    const refs = Array.from({ length: 500 }, (_, i) => ({ channel: 'zalo' as const, externalChatId: `plan-${i}` }));
    const chatLists = await Promise.all([1, 2, 3, 4].map(() => store.ensurePrivateChats(refs)));
    expect(new Set(chatLists.map((list) => JSON.stringify(list.map((c) => c.id)))).size).toBe(1);
    const keys = chatLists[0]!.map((c) => ({ scheduleId, period: '2031', offsetDays: 0, chatId: c.id }));
    const plans = await Promise.all([1, 2, 3, 4].map(() => store.planDeliveries(keys)));
    expect(new Set(plans.map((plan) => JSON.stringify(plan.map((d) => d.id)))).size).toBe(1);
    expect(await store.listDeliveries({ scheduleId, period: '2031', offsetDays: 0 })).toHaveLength(500);
  });

  it('creates each default schedule once when several processes load them at once', async () => {
    const defaults = ['race-a', 'race-b', 'race-c'].map(schedule);
    const created = await Promise.all([1, 2, 3, 4].map(() => store.ensureSchedules(defaults)));
    expect(created.reduce((a, b) => a + b, 0)).toBe(3);
    expect((await store.listSchedules()).filter((s) => s.key.startsWith('race-') && s.key.length === 6)).toHaveLength(3);
  });
});
