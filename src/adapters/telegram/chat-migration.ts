/**
 * A group that becomes a supergroup (Telegram does this when, for one, an admin makes the history
 * visible to new members) gets a new chat id; the old one stops working. Telegram says so in a
 * service message to the old group, which bots receive in privacy mode too. The stored chat moves to
 * the new id, so that the group keeps its unit link and its reminders.
 */
import { Composer } from 'grammy';
import type { BotContext, TelegramBotDeps } from './context.js';

/** The composer that follows a group to its new id. */
export function chatMigration(deps: Pick<TelegramBotDeps, 'onChatMoved'>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message:migrate_to_chat_id', async (ctx) => {
    const from = String(ctx.message.chat.id);
    const to = String(ctx.message.migrate_to_chat_id);
    // A failure reaches the webhook, which answers 500: Telegram delivers the message again.
    const moved = (await deps.onChatMoved?.(from, to)) ?? false;
    ctx.log.info({ msg: 'group became a supergroup', from, to, moved });
  });
  return composer;
}
