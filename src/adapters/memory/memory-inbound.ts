/** The in-memory InboundStore: the reply sent per (channel, chat, message). */
import type { InboundKey, InboundStore } from '../../ports/inbound-store.js';

const keyOf = (key: InboundKey): string => JSON.stringify([key.channel, key.chatId, key.messageId]);

/** Creates the answered-messages part of the memory store. */
export function createMemoryInbound(): InboundStore {
  const replies = new Map<string, string>();
  return {
    async findAnswered(key) {
      const reply = replies.get(keyOf(key));
      return reply === undefined ? null : { reply };
    },
    // Like the database's INSERT … ON CONFLICT DO NOTHING: the first reply stays.
    async markAnswered(key, reply, at) {
      if (Number.isNaN(at.getTime())) throw new Error('at is not a valid date.');
      if (!replies.has(keyOf(key))) replies.set(keyOf(key), reply);
    },
  };
}
