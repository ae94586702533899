/**
 * The bot's own membership of a chat (Telegram's my_chat_member): removed from a group ('left',
 * 'kicked') or blocked by a person in a private chat ('kicked'), the stored chat is marked inactive at
 * once, so that planning skips it instead of learning it from the next reminder's 403; added again
 * ('member', 'administrator') or unblocked, it is active again. Other statuses are only logged.
 */
import { Composer } from 'grammy';
import type { ChatStore } from '../../ports/chat-store.js';
import type { BotContext, TelegramBotDeps } from './context.js';

/** Whether a status means the bot may write to the chat (true), may not (false), or tells nothing (null). */
export function presenceOf(status: string): boolean | null {
  if (status === 'left' || status === 'kicked') return false;
  if (status === 'member' || status === 'administrator') return true;
  return null;
}

/** The composer that follows the bot's membership of chats. */
export function chatMembership(deps: Pick<TelegramBotDeps, 'onMembershipChanged'>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('my_chat_member', async (ctx) => {
    const { chat, new_chat_member: member } = ctx.myChatMember;
    // Telegram sends my_chat_member about the bot itself only; anything else is forged.
    if (member.user.id !== ctx.me.id) return;
    const chatId = String(chat.id);
    const present = presenceOf(member.status);
    // A failure reaches the webhook, which answers 500: Telegram delivers the update again.
    if (present !== null) await deps.onMembershipChanged?.(chatId, present);
    ctx.log.info({ msg: 'bot membership changed', chatId, status: member.status });
  });
  return composer;
}

/** The bot's `onMembershipChanged` over the reminder store: the Telegram chat inactive, or active again. */
export function storeMembership(store: ChatStore): NonNullable<TelegramBotDeps['onMembershipChanged']> {
  return async (chatId, present) => {
    const ref = { channel: 'telegram', externalChatId: chatId } as const;
    if (present) await store.reactivateChat(ref);
    else await store.deactivateChatRef(ref);
  };
}
