/**
 * Per-chat spacing across every worker: Telegram allows about one message a second in a private chat
 * and twenty a minute in a group, and Zalo is no more generous. The platform counts from the moment
 * each message reaches it, so the spacing is kept between the STARTS of two sends to one chat, not
 * from the end of the previous send (a slow send does not push the next one further back).
 *
 * How: a Redis key per chat is the chat's slot. A worker takes it (SET NX) before it delivers; the
 * key then holds a lease long enough for the job to reach its send. Right after the send to the
 * platform started, the worker re-arms the key to expire `spacing` ms after Redis receives that, which
 * is after the send started. A worker that finds the key taken is told how long to wait and moves the
 * job to delayed rather than holding a worker slot; when it comes back it tries to take the key again.
 *
 * The guarantee: a send to a chat starts only after its worker took the key, and the key is free only
 * `spacing` ms after Redis heard that the previous send had started. So on Redis's clock two sends to
 * one chat start more than `spacing` ms apart, whichever workers send them; a worker on Redis's
 * machine sees the same gaps on its own wall clock (Date.now()). Outside the guarantee: the network
 * between our call and the platform (the same path for both messages), a worker that stalls longer
 * than its lease between taking the key and sending (BullMQ would hand its job to another worker by
 * then anyway), and a step of the wall clock on Redis's machine.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ChatRef } from '../../core/reminders/types.js';

/** Least time between the starts of two messages to one chat, by kind of chat. */
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

/** A chat's slot, taken: its key and the token that lets its holder re-arm it. */
export interface ChatSlot {
  readonly key: string;
  readonly token: string;
}

/** What a claim got: the slot, or how long to wait before trying again (at least 1 ms). */
export type SlotClaim = { readonly taken: true; readonly slot: ChatSlot } | { readonly taken: false; readonly waitMs: number };

/**
 * Takes the chat's slot for `leaseMs` (from now until its send starts; see rearmChatSlot), or says how
 * long to wait: what is left of the previous send's spacing, never more than `spacingMs` (a slot under
 * a lease is re-armed to at most `spacingMs` as soon as its send starts, so waiting longer is no use).
 */
export async function claimChatSlot(redis: Redis, key: string, spacingMs: number, leaseMs: number): Promise<SlotClaim> {
  const token = randomUUID();
  const taken = await redis.set(key, token, 'PX', Math.max(leaseMs, spacingMs), 'NX');
  if (taken === 'OK') return { taken: true, slot: { key, token } };
  const left = await redis.pttl(key);
  // -2: expired between the two commands; -1 cannot happen (we always set PX): try again soon either way.
  return { taken: false, waitMs: left > 0 ? Math.min(left, Math.max(1, spacingMs)) : 1 };
}

/** Sets the key to expire PX after now, if it is still ours (or gone); another holder's key is left alone. */
const REARM = `local held = redis.call('GET', KEYS[1])
if held == false or held == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;

/**
 * Call once the send to the platform has started (after the call to the platform was made): the slot
 * stays taken for `spacingMs` from the moment Redis receives this, which is after the send started.
 */
export async function rearmChatSlot(redis: Redis, slot: ChatSlot, spacingMs: number): Promise<void> {
  await redis.eval(REARM, 1, slot.key, slot.token, String(Math.max(1, spacingMs)));
}
