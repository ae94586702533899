/** The in-memory InboundStore: the reply sent per (channel, chat, message). */
import { InvariantError } from '../../core/errors.js';
import type { InboundKey, InboundStore } from '../../ports/inbound-store.js';

const keyOf = (key: InboundKey): string => JSON.stringify([key.channel, key.chatId, key.messageId]);

/** The memory ledger: the port's record, and the look-up the memory store's openTurn makes. */
export interface MemoryInbound extends InboundStore {
  /** The reply recorded for this message, or null. */
  findAnswered(key: InboundKey): Promise<{ readonly reply: string } | null>;
  /** Forgets the messages answered before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}

/** Creates the answered-messages part of the memory store. */
export function createMemoryInbound(): MemoryInbound {
  const replies = new Map<string, { readonly reply: string; readonly at: number }>();
  return {
    async findAnswered(key) {
      const row = replies.get(keyOf(key));
      return row === undefined ? null : { reply: row.reply };
    },
    // Like the database's INSERT … ON CONFLICT DO NOTHING: the first reply stays.
    async markAnswered(key, reply, at) {
      if (Number.isNaN(at.getTime())) throw new InvariantError('at is not a valid date.');
      if (!replies.has(keyOf(key))) replies.set(keyOf(key), { reply, at: at.getTime() });
    },
    async prune(before) {
      let pruned = 0;
      for (const [key, row] of replies) {
        if (row.at >= before.getTime()) continue;
        replies.delete(key);
        pruned += 1;
      }
      return pruned;
    },
  };
}
