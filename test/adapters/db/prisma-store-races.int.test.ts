/**
 * Races that only a real PostgreSQL can stage: several connections writing at once. Submissions for one
 * unit and period take turns (no two become the same version), one message stored twice at once is
 * stored once, of two redemptions of one invite code exactly one wins, and a redelivered update
 * marked answered by several requests at once keeps one reply without an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/adapters/db/open-database.js';
import type { Store } from '../../../src/ports/store.js';
import { answeredFor, makeSubmission, makeUnits, NEXT_WEEK, NOW, registerPerson, telegram } from '../../ports/store-fixtures.js';
import { openPostgresStore, type PostgresStore } from '../../support/postgres.js';

describe('Prisma store on PostgreSQL under concurrent writes', () => {
  let db: Database;
  let store: Store;
  let opened: PostgresStore | undefined;
  beforeAll(async () => {
    opened = await openPostgresStore();
    ({ db, store } = opened);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('numbers simultaneous submissions for one unit and period one after another', async () => {
    const [unitId] = await makeUnits(store, 'RACE1');
    const person = await registerPerson(store, unitId!, 'race1', 'Chị Lan');
    const saved = await Promise.all([1, 2, 3, 4, 5].map((bb) => store.saveSubmission(makeSubmission(unitId!, person.id, { counts: { bb } }))));
    expect(saved.every((s) => s.created)).toBe(true);
    expect(saved.map((s) => s.version.version).sort()).toEqual([1, 2, 3, 4, 5]);
    const history = await store.submissionHistory(unitId!, '2025-6M');
    expect(history.map((v) => v.status)).toEqual(['active', 'superseded', 'superseded', 'superseded', 'superseded']);
    // Each version superseded exactly the one before it.
    const previousOf = new Map(saved.map((s) => [s.version.version, s.previous?.version ?? null]));
    expect([...previousOf.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [1, null],
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 4],
    ]);
  });

  it('stores one message delivered several times at once only once', async () => {
    const [unitId] = await makeUnits(store, 'RACE2');
    const person = await registerPerson(store, unitId!, 'race2', 'Anh Minh');
    const input = makeSubmission(unitId!, person.id, { messageKey: 'telegram/-9/42' });
    const saved = await Promise.all([1, 2, 3, 4].map(() => store.saveSubmission(input)));
    expect(saved.filter((s) => s.created)).toHaveLength(1);
    expect(new Set(saved.map((s) => s.version.id)).size).toBe(1);
    expect(await store.submissionHistory(unitId!, '2025-6M')).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous redemptions of a code succeed', async () => {
    const [unitId] = await makeUnits(store, 'RACE3');
    for (let round = 0; round < 5; round += 1) {
      const code = `RACE3-${round}`;
      await store.createInvite({ code, unitId: unitId!, role: 'focal_point', createdById: null, expiresAt: NEXT_WEEK });
      const results = await Promise.all(['a', 'b'].map((who) => store.redeemInvite(code, { ...telegram(`race3-${round}-${who}`), displayName: who }, NOW)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'used' }]);
      const people = await Promise.all(['a', 'b'].map((who) => store.findPerson(telegram(`race3-${round}-${who}`))));
      expect(people.filter((p) => p !== null)).toHaveLength(1);
    }
    expect(await store.listAssignments({ unitIds: [unitId!] })).toHaveLength(5);
  });

  it('marks one message answered from several connections at once without an error', async () => {
    for (let round = 0; round < 5; round += 1) {
      const key = { channel: 'telegram' as const, chatId: '-race4', messageId: String(round) };
      const replies = ['a', 'b', 'c', 'd', 'e', 'f'];
      await Promise.all(replies.map((reply) => store.markAnswered(key, reply, NOW)));
      expect(replies).toContain((await answeredFor(store, key))?.reply);
      expect(await db.prisma.inboundMessage.count({ where: { externalChatId: '-race4', externalMessageId: String(round) } })).toBe(1);
    }
  });

  it('fills in the reply of a message recorded earlier without one, then keeps it', async () => {
    const key = { channel: 'zalo' as const, chatId: 'race5', messageId: 'm1' };
    await db.prisma.inboundMessage.create({
      data: { channel: key.channel, externalChatId: key.chatId, externalMessageId: key.messageId, reply: null },
    });
    expect(await answeredFor(store, key)).toBeNull();
    await Promise.all(['x', 'y', 'z'].map((reply) => store.markAnswered(key, reply, NOW)));
    const first = await answeredFor(store, key);
    expect(['x', 'y', 'z']).toContain(first?.reply);
    await store.markAnswered(key, 'later', NOW);
    expect(await answeredFor(store, key)).toEqual(first);
  });
});
