/** What every message's turn reads first, in one database round trip. */
import type { ChatRef } from '../core/reminders/types.js';
import type { ConversationKey, ConversationState } from './conversation-store.js';
import type { InboundKey } from './inbound-store.js';
import type { Identity, Person } from './people-store.js';

/** The turn's opening read. */
export interface TurnOpening {
  /** The person the sender's identity is bound to, or null (PeopleStore.findPerson). */
  readonly person: Person | null;
  /** The reply already sent for this delivery, or null: not answered yet (a row without a reply counts as not), or no ledger key given. */
  readonly answered: { readonly reply: string } | null;
  /** The figures' version at this moment (FiguresStore.factsVersion). */
  readonly factsVersion: string;
  /**
   * The state of the conversation asked for (TurnAlso.conversation), expired or not: the reader applies
   * the expiry at its own instant. Null when there is none or none was asked for.
   */
  readonly conversation: ConversationState | null;
}

/** What the opening statement may do besides its reads, each saving a round trip of its own. */
export interface TurnAlso {
  /** Reads this conversation's state too (as ConversationStore.getConversation, before expiry). */
  readonly conversation?: ConversationKey;
  /** Marks this chat active again (ChatStore.reactivateChat). */
  readonly reactivate?: ChatRef;
}

export interface TurnOpener {
  /**
   * The reads every message starts with, together: one database round trip instead of several, which
   * on a deadline day is most of the database work per question.
   */
  openTurn(identity: Identity, inbound: InboundKey | null, also?: TurnAlso): Promise<TurnOpening>;
}
