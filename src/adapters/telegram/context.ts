/**
 * The bot's context and dependencies: grammY's context with a child logger per update, and the one
 * typed object `createBot` takes.
 */
import type { Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { IncomingMessage, Reply } from '../../app/message.js';
import type { Logger } from '../../logger.js';

/** grammY's context plus the update's child logger (set by the first middleware). */
export type BotContext = Context & { log: Logger };

/** What the Telegram bot needs from the rest of the application. */
export interface TelegramBotDeps {
  /** The channel-agnostic message handler; it never throws. */
  readonly handle: (message: IncomingMessage) => Promise<Reply>;
  readonly log: Logger;
  /** Bot API base URL (default https://api.telegram.org); tests point it at a fake server. */
  readonly apiRoot?: string;
  /** The bot's own user, when known: spares the getMe call of `bot.init()`. */
  readonly botInfo?: UserFromGetMe;
}
