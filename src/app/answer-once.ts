/**
 * Answering a delivered message, once. A webhook platform delivers a message again until it gets a
 * 2xx; the inbound ledger in the database remembers which messages were answered, so a redelivery
 * (to this replica or another, before or after a restart) is acknowledged and not answered twice.
 *
 * The order is: look the message up, handle it, send the reply, record it. The look-up is part of the
 * handler's opening read (TurnOpener.openTurn, with the speaker and the figures' version), which saves a
 * database round trip per message; for a message already answered the handler stops there. A failure
 * before the record (the database or the platform unreachable) is thrown as RedeliveryRequested, so
 * that the webhook answers 5xx and the platform delivers the message again. Handling twice after a
 * failed send is safe: a submission is keyed by its message and yields the same version and reply.
 *
 * A delivery that arrives while the same message is being answered in this process is acknowledged
 * at once: if the first fails, it asks for yet another delivery. Known limit: two deliveries of one
 * message answered at the same moment on two replicas may both be answered; the submission is still
 * recorded once.
 */
import { BaophuError } from '../core/errors.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../ports/clock.js';
import type { InboundKey, InboundStore } from '../ports/inbound-store.js';
import { redactSecrets } from './access/invite-code.js';
import type { IncomingMessage, Reply } from './message.js';

/**
 * Handles a message. With `inbound`, the delivery's key in the ledger, a message already answered
 * gets a `duplicate` reply after the opening read: nothing written, nothing sent.
 */
export type HandleMessage = (message: IncomingMessage, inbound?: InboundKey) => Promise<Reply>;

/** Sends a reply to the message's chat; rejects when the platform did not take it. */
export type SendReply = (reply: Reply) => Promise<void>;

/** Answers one delivered message through `send`. */
export type AnswerMessage = (message: IncomingMessage, send: SendReply) => Promise<'answered' | 'duplicate'>;

/** The message must be delivered again later: it was not answered. */
export class RedeliveryRequested extends BaophuError {
  /** What the user would have been told had the message not come again (the database's apology). */
  readonly apology: string | null;

  constructor(reason: string, options?: { cause?: unknown; apology?: string }) {
    super('REDELIVERY_REQUESTED', `redelivery requested: ${reason}`, options);
    this.apology = options?.apology ?? null;
  }
}

/**
 * For channels that cannot redeliver (long polling, the console): handle and send. When the database
 * is down the user gets the polite apology, since the message will not come again.
 */
export function answerDirectly(handle: HandleMessage): AnswerMessage {
  return async (message, send) => {
    await send(await handle(message));
    return 'answered';
  };
}

export interface AnswerOnceDeps {
  readonly handle: HandleMessage;
  readonly inbound: InboundStore;
  readonly clock: Clock;
  readonly log: Logger;
}

/** For webhooks: answers a message once, asks for redelivery when it could not be answered. */
export function answerOnce(deps: AnswerOnceDeps): AnswerMessage {
  const inFlight = new Set<string>();
  return async (message, send) => {
    if (message.messageId === undefined) return answerLedgerless(message, send);
    const key = { channel: message.channel, chatId: message.chatId, messageId: message.messageId };
    const flightKey = JSON.stringify(key);
    if (inFlight.has(flightKey)) return 'duplicate';
    inFlight.add(flightKey);
    try {
      const handled = await deps.handle(message, key);
      if (handled.duplicate === true) return 'duplicate';
      // Dropped by the flood limit: nothing to send and nothing to record (a flood must cost no writes).
      if (handled.silent === true) return 'answered';
      const reply = await sendUnlessUnavailable(handled, send);
      // The reply is out: failing to record it only risks a second answer to a later redelivery.
      await deps.inbound.markAnswered(key, redactSecrets(reply.text, reply.secrets), deps.clock.now()).catch((error: unknown) => {
        deps.log.warn({ err: error, channel: message.channel, chatId: message.chatId }, 'answered message not recorded');
      });
      return 'answered';
    } finally {
      inFlight.delete(flightKey);
    }
  };

  async function answerLedgerless(message: IncomingMessage, send: SendReply): Promise<'answered'> {
    await sendUnlessUnavailable(await deps.handle(message), send);
    return 'answered';
  }
}

async function sendUnlessUnavailable(reply: Reply, send: SendReply): Promise<Reply> {
  if (reply.unavailable === true) throw new RedeliveryRequested('the database is unreachable', { apology: reply.text });
  await send(reply);
  return reply;
}
