/**
 * A chat the bot was told it cannot write to (the user blocked it, the group removed it) is marked
 * inactive by the reminder delivery and left out of planning. Someone writing in it again shows it is
 * reachable again: the chat is marked active. To keep this off the hot path, each chat is marked at
 * most once per REACTIVATE_EVERY_MS in a process (the store's update only touches an inactive row).
 */

import type { Logger } from '../../logger.js';
import type { ChatStore } from '../../ports/chat-store.js';
import type { Clock } from '../../ports/clock.js';
import type { IncomingMessage } from '../message.js';

/** Our choice: 10 minutes; a person who unblocks the bot and writes gets the next day's reminders. */
export const REACTIVATE_EVERY_MS = 10 * 60_000;
/** Chats remembered at most; older entries are dropped first. */
const REMEMBERED = 10_000;

export type ChatActivity = (message: IncomingMessage) => Promise<void>;

/** Creates the hook the message handler calls for every message it handles. */
export function createChatActivity(deps: { readonly store: Pick<ChatStore, 'reactivateChat'>; readonly clock: Clock; readonly log: Logger }): ChatActivity {
  const lastMarked = new Map<string, number>();
  return async (message) => {
    if (message.channel === 'console') return;
    const key = `${message.channel}/${message.chatId}`;
    const now = deps.clock.now().getTime();
    const last = lastMarked.get(key);
    if (last !== undefined && now - last < REACTIVATE_EVERY_MS) return;
    lastMarked.delete(key);
    lastMarked.set(key, now);
    if (lastMarked.size > REMEMBERED) lastMarked.delete(lastMarked.keys().next().value as string);
    try {
      await deps.store.reactivateChat({ channel: message.channel, externalChatId: message.chatId });
    } catch (error) {
      // Not worth failing the answer for: the next message of the chat tries again.
      lastMarked.delete(key);
      deps.log.warn({ msg: 'could not mark the chat active', channel: message.channel, err: error });
    }
  };
}
