/**
 * Paces the bot's sends per chat (../channel/reply-pacing.ts) as a Bot API transformer, so every message the
 * service sends to a chat waits for the chat's slot: replies, their parts, and the canned lines. A
 * send the pacer drops (the chat has too much queued) is answered here as if Telegram had taken it,
 * so that the update is not delivered again for it; the pacer has logged the drop.
 */
import type { Transformer } from 'grammy';
import type { ReplyPacer } from '../channel/index.js';

/** The Bot API methods that post a message to a chat. */
const PACED = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'copyMessage', 'forwardMessage']);

/** Telegram's chat ids: negative for groups, supergroups and channels, positive for private chats. */
export function chatKindOfId(chatId: string): 'private' | 'group' {
  return chatId.startsWith('-') || chatId.startsWith('@') ? 'group' : 'private';
}

/** The transformer: waits for the chat's slot before a paced method, or skips the call when the pacer drops it. */
export function paceSends(pacer: ReplyPacer): Transformer {
  return async (prev, method, payload, signal) => {
    const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!PACED.has(method) || (typeof chat !== 'number' && typeof chat !== 'string')) return prev(method, payload, signal);
    const chatId = String(chat);
    if (!(await pacer.wait({ channel: 'telegram', chatId, kind: chatKindOfId(chatId) }))) {
      return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
    }
    return prev(method, payload, signal);
  };
}
