/**
 * Per-chat pacing of the service's own sends (replies and the channel's canned lines), so that a busy
 * chat stays under the platform's per-chat limits: Telegram allows about one message a second in a
 * private chat and twenty a minute in a group; Zalo's documentation gives no per-chat figure, so it
 * gets the same (its chats with the bot are all private). The reminders keep the same spacing on their
 * own path (adapters/queue/chat-spacing.ts); on Redis the two see each other (redis-reply-slots.ts).
 *
 * How: a slot book hands out the chat's send slots in order, `spacing` apart: a send waits for its
 * slot (it is delayed, never sent early). A chat whose next free slot is more than `maxWaitMs` away
 * already has too much queued: that send is dropped, with a warning in the log. The memory book suits
 * one process; with REDIS_URL set the service keeps the book on Redis, shared by every replica.
 *
 * The guarantee: the slots given out for one chat start at least `spacing` apart on the book's clock
 * (this process's, or Redis's), and a send starts no earlier than its slot's start on this process's
 * clock. Outside it: the network between us and the platform, and a clock step.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Channel } from '../../core/types.js';
import type { Logger } from '../../logger.js';

/** Least time between the starts of two sends to one chat, by kind of chat (the reminders' figures). */
export interface ReplySpacing {
  readonly private: number;
  readonly group: number;
}

/** 1 s per private chat, 3 s per group (Telegram's 20 a minute per group). */
export const DEFAULT_REPLY_SPACING: ReplySpacing = { private: 1_000, group: 3_000 };

/**
 * Longest wait for a slot; beyond it the send is dropped. Our choice: 20 s, about what a webhook
 * delivery may be held (Telegram waits for the answer) and far more than a person's conversation needs:
 * 20 replies queued in a private chat, 6 in a group.
 */
export const REPLY_MAX_WAIT_MS = 20_000;

/** The chat a send goes to. */
export interface PaceTarget {
  readonly channel: Channel;
  readonly chatId: string;
  readonly kind: 'private' | 'group';
}

/** Hands out a chat's send slots: how long to wait for the next one, or null when it is more than the cap away. */
export interface SlotBook {
  reserve(target: PaceTarget, spacingMs: number, maxWaitMs: number): Promise<number | null>;
}

/** Waits for a chat's next send slot before each send. */
export interface ReplyPacer {
  /** Resolves once the send may start (true), or at once with false: drop the send (logged). */
  wait(target: PaceTarget): Promise<boolean>;
}

/** Chats remembered by the memory book before those with no pending slot are forgotten. */
const REMEMBERED = 10_000;

/** A slot book in this process, on `now` (default Date.now). */
export function createMemorySlotBook(now: () => number = Date.now): SlotBook {
  const nextFree = new Map<string, number>();
  return {
    async reserve(target, spacingMs, maxWaitMs) {
      const at = now();
      const key = `${target.channel}/${target.chatId}`;
      const start = Math.max(at, nextFree.get(key) ?? at);
      const wait = start - at;
      if (wait > maxWaitMs) return null;
      nextFree.set(key, start + spacingMs);
      if (nextFree.size > REMEMBERED) for (const [chat, free] of nextFree) if (free <= at) nextFree.delete(chat);
      return wait;
    },
  };
}

/** Options of {@link createReplyPacer}. */
export interface ReplyPacerOptions {
  readonly log: Logger;
  readonly spacing?: ReplySpacing;
  readonly maxWaitMs?: number;
  /** How to wait (tests pass one that moves a manual clock). */
  readonly sleep?: (ms: number) => Promise<unknown>;
}

/** A pacer over a slot book. */
export function createReplyPacer(book: SlotBook, options: ReplyPacerOptions): ReplyPacer {
  const spacing = options.spacing ?? DEFAULT_REPLY_SPACING;
  const maxWaitMs = options.maxWaitMs ?? REPLY_MAX_WAIT_MS;
  const sleep = options.sleep ?? delay;
  return {
    async wait(target) {
      const wait = await book.reserve(target, spacing[target.kind], maxWaitMs);
      if (wait === null) {
        options.log.warn({ msg: 'send dropped: too many queued for this chat', channel: target.channel, chatId: target.chatId, maxWaitMs });
        return false;
      }
      if (wait > 0) await sleep(wait);
      return true;
    },
  };
}
