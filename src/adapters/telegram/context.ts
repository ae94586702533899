/**
 * The bot's context and dependencies: grammY's context with a child logger per update, and the one
 * typed object `createBot` takes.
 */
import type { Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { AnswerMessage } from '../../app/answer-once.js';
import type { Logger } from '../../logger.js';
import type { ChosenLanguage, ReplyPacer } from '../channel/index.js';

/** grammY's context plus the update's child logger (set by the first middleware). */
export type BotContext = Context & { log: Logger };

/** What the Telegram bot needs from the rest of the application. */
export interface TelegramBotDeps {
  /**
   * Answers a message through the send function given (the application's handler, directly for long
   * polling, once through the inbound ledger for a webhook). It throws RedeliveryRequested when the
   * message could not be answered and should be delivered again.
   */
  readonly answer: AnswerMessage;
  readonly log: Logger;
  /** Bot API base URL (default https://api.telegram.org); tests point it at a fake server. */
  readonly apiRoot?: string;
  /** How updates arrive (default webhook): sets how long replies are retried (see RETRY). */
  readonly mode?: 'webhook' | 'polling';
  /**
   * A group became a supergroup with a new id: moves what is stored under the old id (the reminder
   * store's moveChat); true when something moved. Without it, the move is only logged.
   */
  readonly onChatMoved?: (fromChatId: string, toChatId: string) => Promise<boolean>;
  /**
   * The bot was removed from a chat or blocked (`present` false), or added again (true): marks the
   * stored chat inactive or active (the reminder store's deactivateChatRef and reactivateChat).
   * Without it, the change is only logged.
   */
  readonly onMembershipChanged?: (chatId: string, present: boolean) => Promise<void>;
  /**
   * The reply language the user chose (`/lang`), for the lines the channel sends without the handler
   * (text only, edit not read); null when none. Without it, or when it fails, Telegram's hint decides.
   */
  readonly chosenLanguage?: ChosenLanguage;
  /** The bot's own user, when known: spares the getMe call of `bot.init()`. */
  readonly botInfo?: UserFromGetMe;
  /** Paces the bot's sends per chat under Telegram's limits (../channel/reply-pacing.ts); without it, sends go at once. */
  readonly pacer?: ReplyPacer;
}
