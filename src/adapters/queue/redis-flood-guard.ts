/**
 * The flood guard on Redis: the same token bucket and episodes as core/flood/token-bucket.ts, kept in
 * one Redis hash per sender and taken by one Lua script, so every replica behind a webhook draws on
 * one budget per sender and one warning goes out per episode, whichever replica gets the messages.
 *
 * Time is the caller's clock (as for the memory guard); replicas' clocks a little apart only move a
 * refill by as much. The key expires once the bucket would be full and the episode over, which is
 * the same as a fresh bucket. When Redis does not answer, the guard falls back to an in-memory guard
 * of the same policy (each replica on its own again) and says so in the log, once per outage: a
 * Redis outage must not stop the bot from answering.
 */
import type { Redis } from 'ioredis';
import { DEFAULT_FLOOD_POLICY, type FloodPolicy, type FloodVerdict } from '../../core/flood/token-bucket.js';
import type { Logger } from '../../logger.js';
import type { FloodGuard } from '../../ports/flood-guard.js';
import { createMemoryFloodGuard } from '../memory/memory-flood-guard.js';

/** KEYS[1] the sender's bucket; ARGV: now ms, capacity, refill per second, quiet ms, key lifetime ms. */
const TAKE = `local now = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local rate = tonumber(ARGV[3])
local quiet = tonumber(ARGV[4])
local held = redis.call('HMGET', KEYS[1], 't', 'at', 'over')
local tokens = capacity
local over = false
if held[1] then
  tokens = math.min(capacity, tonumber(held[1]) + math.max(0, now - tonumber(held[2])) / 1000 * rate)
  if held[3] then over = tonumber(held[3]) end
end
local episode = over and (now - over) < quiet
local verdict
if tokens >= 1 then
  tokens = tokens - 1
  verdict = 'ok'
  if not episode then over = false end
else
  if episode then verdict = 'drop' else verdict = 'warn' end
  over = now
end
redis.call('DEL', KEYS[1])
if over then
  redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', ARGV[1], 'over', tostring(over))
else
  redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', ARGV[1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return verdict`;

/** The Redis key of a sender's bucket. */
export function floodKey(prefix: string, sender: string): string {
  return `${prefix}:flood:${sender}`;
}

/** A flood guard shared by every process on `redis` under `prefix`. */
export function createRedisFloodGuard(redis: Redis, options: { prefix: string; log: Logger; policy?: FloodPolicy }): FloodGuard {
  const policy = options.policy ?? DEFAULT_FLOOD_POLICY;
  const fallback = createMemoryFloodGuard(policy);
  const lifetimeMs = Math.ceil((policy.capacity / policy.refillPerSecond) * 1000) + policy.quietMs;
  let down = false;
  return {
    async hit(sender, now) {
      try {
        const args = [now.getTime(), policy.capacity, policy.refillPerSecond, policy.quietMs, lifetimeMs].map(String);
        const verdict = (await redis.eval(TAKE, 1, floodKey(options.prefix, sender), ...args)) as FloodVerdict;
        if (down) options.log.info({ msg: 'flood guard back on Redis' });
        down = false;
        return verdict;
      } catch (error) {
        if (!down) options.log.warn({ msg: 'flood guard: Redis unavailable, limiting in this process alone', err: error });
        down = true;
        return fallback.hit(sender, now);
      }
    },
  };
}
