/**
 * The reply pacing's slot book on Redis (see ../channel/reply-pacing.ts): one key per chat holds the start of
 * its next free slot on Redis's clock, taken by one Lua script, so replicas share each chat's slots.
 *
 * The reminders' slot for the chat (chat-spacing.ts) is honoured both ways: a reply waits for it (as a
 * reminder worker does, never longer than the spacing, since a slot under a send's lease is re-armed
 * to the spacing once the send starts), and a reply's slot, when the reminders' key is free, takes that
 * key until the reply's spacing is over, so a reminder waits for the reply. Left outside: a reply
 * slot given while a reminder holds its key under a lease may come a little before that reminder's
 * send starts. When Redis does not answer, the book falls back to one in this process (logged once).
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import { createMemorySlotBook, type SlotBook } from '../channel/index.js';
import { chatSlotKey } from './chat-spacing.js';

/** KEYS[1] the chat's reply slots, KEYS[2] the reminders' slot; ARGV: spacing ms, longest wait ms. Returns the wait, or -1. */
const RESERVE = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local spacing = tonumber(ARGV[1])
local start = now
local nextFree = redis.call('GET', KEYS[1])
if nextFree then start = math.max(start, tonumber(nextFree)) end
local reminder = redis.call('PTTL', KEYS[2])
if reminder > 0 then start = math.max(start, now + math.min(reminder, spacing)) end
local wait = start - now
if wait > tonumber(ARGV[2]) then return -1 end
redis.call('SET', KEYS[1], tostring(start + spacing), 'PX', wait + spacing)
redis.call('SET', KEYS[2], 'reply', 'PX', wait + spacing, 'NX')
return wait`;

/** The Redis key of a chat's reply slots. */
export function replySlotKey(prefix: string, channel: string, chatId: string): string {
  return `${prefix}:reply-chat:${channel}:${chatId}`;
}

/** A slot book shared by every process on `redis` under `prefix` (the reminders' prefix, REDIS_PREFIX). */
export function createRedisSlotBook(redis: Redis, options: { prefix: string; log: Logger }): SlotBook {
  const fallback = createMemorySlotBook();
  let down = false;
  return {
    async reserve(target, spacingMs, maxWaitMs) {
      try {
        const keys = [
          replySlotKey(options.prefix, target.channel, target.chatId),
          chatSlotKey(options.prefix, { channel: target.channel, externalChatId: target.chatId }),
        ];
        const wait = Number(await redis.eval(RESERVE, 2, ...keys, String(spacingMs), String(maxWaitMs)));
        if (down) options.log.info({ msg: 'reply pacing back on Redis' });
        down = false;
        return wait < 0 ? null : wait;
      } catch (error) {
        if (!down) options.log.warn({ msg: 'reply pacing: Redis unavailable, pacing in this process alone', err: error });
        down = true;
        return fallback.reserve(target, spacingMs, maxWaitMs);
      }
    },
  };
}
