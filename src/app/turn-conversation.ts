/**
 * The store as one turn sees it: the conversation of the turn's own key read once, by the opening
 * statement (TurnAlso.conversation), and kept as the turn's features set or clear it, so that the
 * several features that look at it (a pending confirmation, a choice list, the chart button) cost no
 * round trip each. Any other key, and every write, goes to the store as before.
 */
import type { ConversationKey, ConversationState, ConversationStore } from '../ports/conversation-store.js';

const sameKey = (a: ConversationKey, b: ConversationKey) => a.channel === b.channel && a.chatId === b.chatId && a.userId === b.userId;

/** `store` with the conversation of `key` answered from `opened` and kept up to date by the turn's writes. */
export function withTurnConversation<S extends ConversationStore>(store: S, key: ConversationKey, opened: ConversationState | null): S {
  let state = opened;
  const keep = (asked: ConversationKey, next: ConversationState) => {
    if (sameKey(asked, key)) state = { kind: next.kind, payload: next.payload ?? null, expiresAt: new Date(next.expiresAt).toISOString() };
  };
  const own: ConversationStore = {
    async getConversation(asked, now) {
      if (!sameKey(asked, key)) return store.getConversation(asked, now);
      return state && Date.parse(state.expiresAt) > now.getTime() ? state : null;
    },
    async setConversation(asked, next) {
      await store.setConversation(asked, next);
      keep(asked, next);
    },
    setConversationSoon(asked, next) {
      const written = store.setConversationSoon(asked, next);
      keep(asked, next);
      return written;
    },
    async clearConversation(asked) {
      await store.clearConversation(asked);
      if (sameKey(asked, key)) state = null;
    },
  };
  return Object.assign(Object.create(store) as S, own);
}
