/**
 * Who a Telegram message is for. In a group the bot (privacy mode on) sees commands and replies to its
 * own messages; a command may name a bot ("/nop@baophu_bot bb 1"). The handler gets the command
 * without our name, and commands that name another bot are not ours to answer.
 */
import type { Chat } from 'grammy/types';

/** A command at the start of a text, with the bot it names, if any. */
const COMMAND = /^\/([A-Za-z0-9_]{1,64})@([A-Za-z0-9_]+)(?![A-Za-z0-9_])/;

/**
 * The text as the handler should read it: a trailing "@<botname>" dropped from a leading command
 * (the name compared case-insensitively); null when the command names another bot.
 */
export function addressedText(text: string, botUsername: string): string | null {
  const match = COMMAND.exec(text);
  if (!match) return text;
  const [whole, command, name] = match;
  if (name?.toLowerCase() !== botUsername.toLowerCase()) return null;
  return `/${command}${text.slice(whole.length)}`;
}

/** Whether the text starts with a bot command. */
export function isCommand(text: string): boolean {
  return /^\/[A-Za-z0-9_]/.test(text);
}

/** 'private' or 'group' for the chats the bot talks in; null for channels (and anything new). */
export function chatKindOf(chat: Pick<Chat, 'type'>): 'private' | 'group' | null {
  if (chat.type === 'private') return 'private';
  if (chat.type === 'group' || chat.type === 'supergroup') return 'group';
  return null;
}
