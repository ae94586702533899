/**
 * A chat the bot was told it cannot write to (the user blocked it, the group removed it) is marked
 * inactive by the reminder delivery and left out of planning. Someone writing in it again shows it is
 * reachable again: the chat is marked active. To keep this off the hot path, the mark rides on the
 * turn's opening statement (TurnAlso.reactivate), and each chat is marked at most once per
 * REACTIVATE_EVERY_MS in a process (the store's update only touches an inactive row).
 */

import type { ChatRef } from '../../core/reminders/types.js';
import type { Clock } from '../../ports/clock.js';
import type { IncomingMessage } from '../message.js';

/** Our choice: 10 minutes; a person who unblocks the bot and writes gets the next day's reminders. */
export const REACTIVATE_EVERY_MS = 10 * 60_000;
/** Chats remembered at most; older entries are dropped first. */
const REMEMBERED = 10_000;

export interface ChatActivity {
  /** The chat to mark active with this message, or undefined: not due (or the console). Counts it as marked. */
  due(message: IncomingMessage): ChatRef | undefined;
  /** The mark did not happen (the opening failed): the chat's next message tries again. */
  failed(chat: ChatRef): void;
}

/** Creates the decision the message handler asks for every message it handles. */
export function createChatActivity(deps: { readonly clock: Clock }): ChatActivity {
  const lastMarked = new Map<string, number>();
  const keyOf = (chat: ChatRef) => `${chat.channel}/${chat.externalChatId}`;
  return {
    due(message) {
      if (message.channel === 'console') return undefined;
      const chat: ChatRef = { channel: message.channel, externalChatId: message.chatId };
      const key = keyOf(chat);
      const now = deps.clock.now().getTime();
      const last = lastMarked.get(key);
      if (last !== undefined && now - last < REACTIVATE_EVERY_MS) return undefined;
      lastMarked.delete(key);
      lastMarked.set(key, now);
      if (lastMarked.size > REMEMBERED) lastMarked.delete(lastMarked.keys().next().value as string);
      return chat;
    },
    failed(chat) {
      lastMarked.delete(keyOf(chat));
    },
  };
}
