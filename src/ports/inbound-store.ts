/**
 * Webhook redeliveries: a platform resends an update until it gets a 2xx; an update is answered once.
 * The memory and Prisma stores implement it and pass the same contract suite. The ledger is read as
 * part of the turn's opening read (TurnOpener.openTurn).
 */
import type { Channel } from '../core/types.js';

/** Identifies one delivered message: its channel, its chat and the platform's id for it. */
export interface InboundKey {
  readonly channel: Channel;
  readonly chatId: string;
  readonly messageId: string;
}

/** Remembers which delivered messages were answered, and with what. */
export interface InboundStore {
  /** Records that the message was answered (after the reply was sent). Idempotent: a second call changes nothing and does not throw. */
  markAnswered(key: InboundKey, reply: string, at: Date): Promise<void>;
}
