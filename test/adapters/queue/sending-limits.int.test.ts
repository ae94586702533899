/**
 * The flood guard and the reply pacing on Redis: two service instances (two handlers, two connections)
 * share each sender's budget and each chat's send slots.
 */
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatSlotKey } from '../../../src/adapters/queue/chat-spacing.js';
import { createRedisFloodGuard } from '../../../src/adapters/queue/redis-flood-guard.js';
import { createRedisSlotBook } from '../../../src/adapters/queue/redis-reply-slots.js';
import { createMessageHandler } from '../../../src/app/handle-message.js';
import { DEFAULT_FLOOD_POLICY } from '../../../src/core/flood/token-bucket.js';
import { makeWorld } from '../../support/submission-world.js';
import { testRedisUrl, uniquePrefix } from './queue-kit.js';

const log = pino({ level: 'silent' });
const gaps = (xs: readonly number[]) => xs.slice(1).map((x, i) => x - (xs[i] as number));
let first: Redis;
let second: Redis;

beforeAll(() => {
  first = new Redis(testRedisUrl());
  second = new Redis(testRedisUrl());
});
afterAll(async () => {
  await first.quit();
  await second.quit();
});

describe('flood guard on Redis', () => {
  it('gives two handler instances one budget and one warning per sender', async () => {
    const world = await makeWorld();
    const prefix = uniquePrefix('flood');
    const handlerOn = (redis: Redis) =>
      createMessageHandler({
        store: world.store,
        units: world.directory.current,
        clock: world.clock,
        log,
        schedules: () => [],
        flood: createRedisFloodGuard(redis, { prefix, log }),
      });
    const replicas = [handlerOn(first), handlerOn(second)];
    const replies = [];
    // 200 updates, alternating between the replicas, within one instant of the manual clock.
    for (let i = 0; i < 200; i += 1) {
      replies.push(await (replicas[i % 2] ?? replicas[0])?.handle({ channel: 'telegram', chatId: 'f', userId: 'f', text: 'coverage for Gia Lai' }));
    }
    const warnings = replies.filter((r) => r && /faster than I can take them/.test(r.text));
    const answered = replies.filter((r) => r && r.silent !== true && !/faster than I can take them/.test(r.text));
    expect(warnings).toHaveLength(1);
    expect(answered).toHaveLength(DEFAULT_FLOOD_POLICY.capacity);
    // Another sender has a budget of their own.
    const other = await replicas[1]?.handle({ channel: 'telegram', chatId: 'o', userId: 'o', text: 'coverage for Gia Lai' });
    expect(other?.silent).toBeUndefined();
    // 61 s later the refill answers again, and the next flood is a new episode with its own warning.
    world.clock.advance(DEFAULT_FLOOD_POLICY.quietMs + 1_000);
    const later = [];
    for (let i = 0; i < 40; i += 1) later.push(await replicas[i % 2]?.handle({ channel: 'telegram', chatId: 'f', userId: 'f', text: 'coverage for Gia Lai' }));
    expect(later.filter((r) => r && /faster than I can take them/.test(r.text))).toHaveLength(1);
  });

  it('falls back to this process when Redis does not answer', async () => {
    const broken = new Redis(testRedisUrl(), { lazyConnect: true, enableOfflineQueue: false });
    const guard = createRedisFloodGuard(broken, { prefix: uniquePrefix('flood'), log, policy: { capacity: 2, refillPerSecond: 1, quietMs: 1000 } });
    const now = new Date();
    expect([await guard.hit('s', now), await guard.hit('s', now), await guard.hit('s', now), await guard.hit('s', now)]).toEqual(['ok', 'ok', 'warn', 'drop']);
    broken.disconnect();
  });
});

describe('reply slots on Redis', () => {
  it('spaces the slots of one chat across two instances and caps the queue', async () => {
    const prefix = uniquePrefix('reply');
    const books = [createRedisSlotBook(first, { prefix, log }), createRedisSlotBook(second, { prefix, log })];
    const target = { channel: 'telegram' as const, chatId: '42', kind: 'private' as const };
    const replyKey = `${prefix}:reply-chat:telegram:42`;
    // A spacing of a minute, so that the test's own pace (well under a minute) cannot matter.
    const spacing = 60_000;
    const waits: Array<number | null> = [];
    const nextFree: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      waits.push((await books[i % 2]?.reserve(target, spacing, 5 * spacing)) ?? null);
      nextFree.push(Number(await first.get(replyKey)));
    }
    // Six slots (waits of 0 to 5 spacings), then the cap: the rest are dropped and change nothing.
    expect(waits.map((w) => w !== null)).toEqual([true, true, true, true, true, true, false, false]);
    // The slots' starts, on Redis's clock, are at least one spacing apart, whichever instance took them.
    expect(gaps(nextFree.slice(0, 6)).every((gap) => gap >= spacing)).toBe(true);
    expect(nextFree.slice(5)).toEqual([nextFree[5], nextFree[5], nextFree[5]]);
    // Each wait is its slot's start as Redis saw it at the call: later slots wait longer.
    const given = waits.filter((w): w is number => w !== null);
    expect(given[0]).toBe(0);
    for (let i = 1; i < given.length; i += 1) expect(given[i]).toBeGreaterThan(given[i - 1] as number);
  });

  it('waits for a reminder holding the chat, and holds the chat for the reminders', async () => {
    const prefix = uniquePrefix('reply');
    const book = createRedisSlotBook(first, { prefix, log });
    const reminderKey = chatSlotKey(prefix, { channel: 'telegram', externalChatId: '9' });
    await second.set(reminderKey, 'reminder', 'PX', 800);
    const wait = await book.reserve({ channel: 'telegram', chatId: '9', kind: 'private' }, 1_000, 5_000);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(800);
    // A free reminders' key is taken for the reply's spacing: a reminder's claim (SET NX) waits.
    const other = chatSlotKey(prefix, { channel: 'telegram', externalChatId: '10' });
    expect(await book.reserve({ channel: 'telegram', chatId: '10', kind: 'private' }, 1_000, 5_000)).toBe(0);
    expect(await second.get(other)).toBe('reply');
    expect(await second.pttl(other)).toBeGreaterThan(0);
  });
});
