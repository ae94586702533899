/** What every message's turn reads first, in one database round trip. */
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
}

export interface TurnOpener {
  /**
   * The reads every message starts with, together: one database round trip instead of three, which
   * on a deadline day is most of the database work per question.
   */
  openTurn(identity: Identity, inbound: InboundKey | null): Promise<TurnOpening>;
}
