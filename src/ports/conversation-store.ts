/** Short-lived state between two messages of one user in one chat (a numbered choice list, a pending confirmation). */
import type { Channel } from '../core/types.js';

/** Identifies one user's conversation in one chat. */
export interface ConversationKey {
  readonly channel: Channel;
  readonly chatId: string;
  readonly userId: string;
}

/** The state kept between two messages. */
export interface ConversationState {
  readonly kind: string;
  /** JSON-serialisable payload. */
  readonly payload: unknown;
  /** ISO timestamp after which the state is ignored. */
  readonly expiresAt: string;
}

export interface ConversationStore {
  /** The state, or null when there is none or it expired at or before `now`. */
  getConversation(key: ConversationKey, now: Date): Promise<ConversationState | null>;
  /** Replaces the state. */
  setConversation(key: ConversationKey, state: ConversationState): Promise<void>;
  /**
   * Replaces the state without holding up the caller: this process reads it at once, other replicas
   * once it is written, a few milliseconds later (the database store writes it with others, resolving
   * then). For a state nobody answers before the reply reaches them (the chart button's offer); a
   * caller that does not wait catches the rejection of a write that failed, the state then lost.
   */
  setConversationSoon(key: ConversationKey, state: ConversationState): Promise<void>;
  clearConversation(key: ConversationKey): Promise<void>;
}
