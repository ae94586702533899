/**
 * The messenger port on Telegram: the bot's replies and the messages it starts (reminders) go out
 * the same way (send-reply.ts: splitting, buttons, files, a quote and a topic), through the Bot API
 * client given, so with its auto-retry and its per-chat pacing (create-bot.ts).
 */
import type { Api } from 'grammy';
import type { Messenger, OutgoingMessage } from '../../ports/messenger.js';
import { createSentParts, type SentParts } from '../channel/index.js';
import { toSendError } from './send-error.js';
import { sendReply } from './send-reply.js';

/** The port's Messenger, and the same send for the bot's own replies. */
export interface TelegramMessenger extends Messenger {
  /**
   * `send` for a reply within an update: the same message sent the same way, but a failure rejects
   * with grammY's own error (GrammyError, HttpError), not a SendError. The update's error then
   * reaches the bot's error boundary, which describes it (method, error code) with the token masked,
   * and the webhook, which tells from it whether Telegram's redelivery could help; a SendError keeps
   * neither the method nor, for a network error, the original (its URL holds the token).
   */
  reply(message: OutgoingMessage): Promise<void>;
}

/** Options of {@link createTelegramMessenger}. */
export interface TelegramMessengerOptions {
  /** The parts of long messages delivered before, by deliveryKey; a memory of its own by default. */
  readonly sent?: SentParts;
}

/** A Messenger that sends through the given Bot API client (usually `bot.api`, with its auto-retry). */
export function createTelegramMessenger(api: Api, options: TelegramMessengerOptions = {}): TelegramMessenger {
  const sent = options.sent ?? createSentParts();
  const reply = (message: OutgoingMessage): Promise<void> => sendReply(api, message, sent);
  return {
    channel: 'telegram',
    reply,
    async send(message) {
      try {
        await reply(message);
      } catch (error) {
        throw toSendError(error);
      }
    },
  };
}
