/**
 * The grammY bot: auto-retry on the Bot API, an error boundary, one child logger per update, updates
 * of one chat handled in order, then one composer per feature (a group's new id, the bot's membership,
 * text, buttons, everything else).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { apiClientOptions } from './api-fetch.js';
import { answerPresses, callbackQueries } from './callback-queries.js';
import { chatMembership } from './chat-membership.js';
import { chatMigration } from './chat-migration.js';
import type { BotContext, TelegramBotDeps } from './context.js';
import { documentMessages } from './documents.js';
import { errorBoundary } from './error-boundary.js';
import { otherUpdates } from './other-updates.js';
import { paceSends } from './pace-sends.js';
import { createTelegramMessenger } from './telegram-messenger.js';
import { textMessages } from './text-messages.js';

/**
 * The updates the bot listens to (edited messages only to say an edit changes nothing; its own
 * membership of chats, to stop writing to a group at once when removed; no channel posts).
 */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/** The Telegram bot as `createBot` builds it. */
export type TelegramBot = Bot<BotContext>;

/**
 * How hard a reply is retried (a 429 waits its retry_after, a 5xx backs off from 3 s, doubling), by
 * how updates arrive. A webhook request must end soon, and Telegram delivers again what failed (the
 * inbound ledger answers it once), so it retries only a 429 asking for at most 2 s, once, and gives a
 * 5xx straight back (auto-retry backs off even after its last attempt). With each call cut at 3 s a
 * webhook request ends within about 10 s. A polled update never comes again, so polling retries 8
 * times (about 13 minutes of backoff) and waits up to 5 minutes for a 429. Network errors are not
 * retried by auto-retry (it would retry them without bound).
 */
export const RETRY = {
  webhook: { maxRetryAttempts: 1, maxDelaySeconds: 2, rethrowInternalServerErrors: true, rethrowHttpErrors: true },
  polling: { maxRetryAttempts: 8, maxDelaySeconds: 300, rethrowHttpErrors: true },
} as const;

/** The longest one Bot API call may take by webhook, in seconds (polling keeps grammY's default). */
export const WEBHOOK_CALL_TIMEOUT_SECONDS = 3;

/** Builds the bot; call `bot.init()` (or pass `botInfo`) before handling updates. */
export function createBot(token: string, deps: TelegramBotDeps): TelegramBot {
  const mode = deps.mode ?? 'webhook';
  const bot = new Bot<BotContext>(token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: apiClientOptions(deps.apiRoot, mode === 'webhook' ? { timeoutSeconds: WEBHOOK_CALL_TIMEOUT_SECONDS } : {}),
  });
  bot.api.config.use(autoRetry(RETRY[mode]));
  // Each call waits for its chat's send slot (installed after autoRetry, so a retry waits for one too).
  if (deps.pacer) bot.api.config.use(paceSends(deps.pacer));
  bot.catch(errorBoundary(deps.log, token));
  bot.use(async (ctx, next) => {
    ctx.log = deps.log.child({ updateId: ctx.update.update_id, chatId: ctx.chat?.id });
    await next();
  });
  bot.use(answerPresses());
  // Concurrent updates (the runner, parallel webhook deliveries) of one chat wait for each other.
  bot.use(sequentialize((ctx: BotContext) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  // Every message to a chat goes through the messenger, over bot.api (every update's ctx.api carries
  // the same transformers: retry and pacing). It remembers the parts of long replies delivered before
  // a later part failed, so that a redelivery skips them.
  const messenger = createTelegramMessenger(bot.api);
  bot.use(
    chatMigration(deps),
    chatMembership(deps),
    documentMessages({ ...deps, token }, messenger),
    textMessages(deps, messenger),
    callbackQueries(deps, messenger),
    otherUpdates(deps, messenger),
  );
  return bot;
}
