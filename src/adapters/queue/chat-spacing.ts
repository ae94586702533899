/**
 * Per-chat spacing across every worker: Telegram allows about one message a second in a private chat
 * and twenty a minute in a group, and Zalo is no more generous. A Redis key per chat, set with NX and
 * a PX of the spacing, is the chat's next free slot; a worker that finds it taken is told how long to
 * wait, and moves the job to delayed rather than holding a worker slot.
 */
import type { Redis } from 'ioredis';
import type { ChatRef } from '../../core/reminders/types.js';

/** Least time between two messages to one chat, by kind of chat. */
export interface ChatSpacing {
  readonly private: number;
  readonly group: number;
}

/** Our defaults: 1 s per private chat, 3 s per group (Telegram's 20 per minute per group). */
export const DEFAULT_CHAT_SPACING: ChatSpacing = { private: 1_000, group: 3_000 };

/** The Redis key holding a chat's slot. */
export function chatSlotKey(prefix: string, chat: ChatRef): string {
  return `${prefix}:reminders-chat:${chat.channel}:${chat.externalChatId}`;
}

/**
 * Takes the chat's slot for `spacingMs`: 0 when taken (send now), otherwise the milliseconds until it
 * frees up (at least 1).
 */
export async function claimChatSlot(redis: Redis, key: string, spacingMs: number): Promise<number> {
  if (spacingMs <= 0) return 0;
  const taken = await redis.set(key, '1', 'PX', spacingMs, 'NX');
  if (taken === 'OK') return 0;
  const left = await redis.pttl(key);
  // -2: expired between the two commands; -1 cannot happen (we always set PX): try again soon either way.
  return left > 0 ? left : 1;
}
