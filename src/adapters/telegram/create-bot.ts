/**
 * The grammY bot: auto-retry on the Bot API, an error boundary, one child logger per update, updates
 * of one chat handled in order, then one composer per feature (text, buttons, everything else).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { callbackQueries } from './callback-queries.js';
import type { BotContext, TelegramBotDeps } from './context.js';
import { errorBoundary } from './error-boundary.js';
import { otherUpdates } from './other-updates.js';
import { textMessages } from './text-messages.js';

/** The updates the bot listens to (edited messages and channel posts are not asked for). */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** The Telegram bot as `createBot` builds it. */
export type TelegramBot = Bot<BotContext>;

/**
 * Retries are bounded: a 429 waits its retry_after (up to a minute), a 5xx backs off from 3 s, at most
 * three times; network errors are not retried here (auto-retry would retry them without bound).
 */
export const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true } as const;

/** Builds the bot; call `bot.init()` (or pass `botInfo`) before handling updates. */
export function createBot(token: string, deps: TelegramBotDeps): TelegramBot {
  const bot = new Bot<BotContext>(token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
  });
  bot.api.config.use(autoRetry(RETRY));
  bot.catch(errorBoundary(deps.log, token));
  bot.use(async (ctx, next) => {
    ctx.log = deps.log.child({ updateId: ctx.update.update_id, chatId: ctx.chat?.id });
    await next();
  });
  // Concurrent updates (the runner, parallel webhook deliveries) of one chat wait for each other.
  bot.use(sequentialize((ctx: BotContext) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  bot.use(textMessages(deps), callbackQueries(deps), otherUpdates());
  return bot;
}
