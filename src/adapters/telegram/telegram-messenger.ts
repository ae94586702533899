/**
 * The messenger port on Telegram, for messages the bot starts (reminders): the same splitting and
 * buttons as replies, failures reported as SendError.
 */
import type { Api } from 'grammy';
import type { Messenger, OutgoingMessage } from '../../ports/messenger.js';
import { toSendError } from './send-error.js';
import { sendReply } from './send-reply.js';

/** A Messenger that sends through the given Bot API client (usually `bot.api`, with its auto-retry). */
export function createTelegramMessenger(api: Api): Messenger {
  return {
    channel: 'telegram',
    async send(message: OutgoingMessage): Promise<void> {
      try {
        await sendReply(api, { chatId: message.chatId }, message);
      } catch (error) {
        throw toSendError(error);
      }
    },
  };
}
