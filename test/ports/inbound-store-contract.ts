/**
 * The InboundStore part of the Store contract: a delivered message is remembered as answered, with
 * its reply, by (channel, chat, message id); marking it again keeps the first reply. The ledger is
 * read through TurnOpener.openTurn, as every webhook message reads it.
 */
import { describe, expect, it } from 'vitest';
import type { InboundKey, InboundStore } from '../../src/ports/inbound-store.js';
import type { TurnOpener } from '../../src/ports/turn-opening.js';
import { answeredFor, NOW } from './store-fixtures.js';

const LATER = new Date('2025-07-01T08:05:00.000Z');

/** Registers the InboundStore tests; `store` gives the suite's store once it is open. */
export function describeInboundContract(store: () => TurnOpener & InboundStore): void {
  const key = (chatId: string, overrides: Partial<InboundKey> = {}): InboundKey => ({ channel: 'telegram', chatId, messageId: '7', ...overrides });

  describe('markAnswered, as the opening read finds it', () => {
    it('finds nothing for a message that was never answered', async () => {
      expect(await answeredFor(store(), key('-IN1'))).toBeNull();
    });

    it('finds the reply once the message is marked answered', async () => {
      await expect(store().markAnswered(key('-IN2'), 'Đã ghi nhận: BB 41.200', NOW)).resolves.toBeUndefined();
      expect(await answeredFor(store(), key('-IN2'))).toEqual({ reply: 'Đã ghi nhận: BB 41.200' });
    });

    it('keeps the first reply when the message is marked twice', async () => {
      await store().markAnswered(key('-IN3'), 'first', NOW);
      await expect(store().markAnswered(key('-IN3'), 'second', LATER)).resolves.toBeUndefined();
      await expect(store().markAnswered(key('-IN3'), 'first', NOW)).resolves.toBeUndefined();
      expect(await answeredFor(store(), key('-IN3'))).toEqual({ reply: 'first' });
    });

    it('tells messages apart by channel, chat and message id', async () => {
      await store().markAnswered(key('-IN4'), 'answered', NOW);
      expect(await answeredFor(store(), key('-IN4', { channel: 'zalo' }))).toBeNull();
      expect(await answeredFor(store(), key('-IN4-other'))).toBeNull();
      expect(await answeredFor(store(), key('-IN4', { messageId: '8' }))).toBeNull();
      await store().markAnswered(key('-IN4', { channel: 'zalo' }), 'on zalo', NOW);
      await store().markAnswered(key('-IN4', { messageId: '8' }), 'next message', NOW);
      expect(await answeredFor(store(), key('-IN4'))).toEqual({ reply: 'answered' });
      expect(await answeredFor(store(), key('-IN4', { channel: 'zalo' }))).toEqual({ reply: 'on zalo' });
      expect(await answeredFor(store(), key('-IN4', { messageId: '8' }))).toEqual({ reply: 'next message' });
    });

    it('keeps ids as given: no trimming, case folding or number parsing', async () => {
      await store().markAnswered(key('-IN5', { messageId: '010' }), 'padded', NOW);
      expect(await answeredFor(store(), key('-IN5', { messageId: '10' }))).toBeNull();
      expect(await answeredFor(store(), key('-in5', { messageId: '010' }))).toBeNull();
      expect(await answeredFor(store(), key('-IN5', { messageId: '010' }))).toEqual({ reply: 'padded' });
    });

    it('keeps an empty reply as answered', async () => {
      await store().markAnswered(key('-IN6'), '', NOW);
      expect(await answeredFor(store(), key('-IN6'))).toEqual({ reply: '' });
    });

    it('rejects an invalid date and records nothing', async () => {
      await expect(store().markAnswered(key('-IN7'), 'never', new Date(Number.NaN))).rejects.toThrow();
      expect(await answeredFor(store(), key('-IN7'))).toBeNull();
    });

    it('records every message of marks made at the same time, an invalid date rejected alone', async () => {
      const chats = ['-IN9a', '-IN9b', '-IN9c', '-IN9d'];
      const marks = chats.map((chat) => store().markAnswered(key(chat), `reply ${chat}`, NOW));
      const invalid = store().markAnswered(key('-IN9x'), 'never', new Date(Number.NaN));
      await expect(invalid).rejects.toThrow();
      await Promise.all(marks);
      for (const chat of chats) expect(await answeredFor(store(), key(chat))).toEqual({ reply: `reply ${chat}` });
      expect(await answeredFor(store(), key('-IN9x'))).toBeNull();
    });

    it('survives marks of one message at the same time', async () => {
      const replies = ['a', 'b', 'c', 'd'];
      await Promise.all(replies.map((reply) => store().markAnswered(key('-IN8'), reply, NOW)));
      expect(replies).toContain((await answeredFor(store(), key('-IN8')))?.reply);
    });
  });
}
