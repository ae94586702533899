import { describe, expect, it } from 'vitest';
import { createMemoryFloodGuard } from '../../src/adapters/memory/memory-flood-guard.js';
import { answerOnce } from '../../src/app/answer-once.js';
import { createMessageHandler } from '../../src/app/handle-message.js';
import { DEFAULT_FLOOD_POLICY } from '../../src/core/flood/token-bucket.js';
import type { InboundKey } from '../../src/ports/inbound-store.js';
import type { Store } from '../../src/ports/store.js';
import { makeWorld } from '../support/submission-world.js';

describe('handleMessage: flood limit', () => {
  it('answers a burst, warns once, drops the rest without touching the store, and leaves others alone', async () => {
    let storeCalls = 0;
    const counting = (store: Store): Store =>
      new Proxy(store, {
        get: (target, name) => {
          storeCalls += 1;
          return Reflect.get(target, name);
        },
      });
    const world = await makeWorld(counting);
    const handler = createMessageHandler({
      store: counting(world.store),
      units: world.directory.current,
      clock: world.clock,
      log: (await import('pino')).pino({ level: 'silent' }),
      schedules: () => [],
      flood: createMemoryFloodGuard(),
    });
    const send = (userId: string, text: string) => handler.handle({ channel: 'telegram', chatId: userId, userId, text });

    const replies = [];
    for (let i = 0; i < 100; i += 1) replies.push(await send('flooder', 'coverage for Gia Lai'));
    const answered = replies.filter((r) => !r.silent && !/too fast|faster/.test(r.text));
    const warnings = replies.filter((r) => /faster than I can take them/.test(r.text));
    expect(answered).toHaveLength(DEFAULT_FLOOD_POLICY.capacity);
    expect(warnings).toHaveLength(1);
    expect(replies.filter((r) => r.silent && r.text === '')).toHaveLength(100 - DEFAULT_FLOOD_POLICY.capacity - 1);

    const before = storeCalls;
    await send('flooder', 'coverage for Gia Lai');
    expect(storeCalls).toBe(before);

    const other = await send('someone-else', 'coverage for Gia Lai');
    expect(other.silent).toBeUndefined();
    // The same answer the flooder got before the limit: nothing of the flood reached the other user.
    expect(other.text).toBe(answered[0]?.text);
    expect(other.text).not.toMatch(/too fast|faster/);
  });
});

describe('a 60-second flood through the webhook path (answerOnce)', () => {
  it('gets exactly one warning, answers within the limit, and records nothing for a dropped update', async () => {
    const world = await makeWorld();
    const recorded: string[] = [];
    const handler = createMessageHandler({
      store: world.store,
      units: world.directory.current,
      clock: world.clock,
      log: (await import('pino')).pino({ level: 'silent' }),
      schedules: () => [],
      flood: createMemoryFloodGuard(),
    });
    const log = (await import('pino')).pino({ level: 'silent' });
    const inbound = {
      markAnswered: async (key: InboundKey, reply: string, at: Date) => {
        recorded.push(key.messageId);
        await world.store.markAnswered(key, reply, at);
      },
    };
    const answer = answerOnce({ handle: handler.handle, inbound, clock: world.clock, log });
    const sent: string[] = [];
    // 50 updates a second for 60 s from one sender.
    for (let i = 0; i < 3000; i += 1) {
      await answer({ channel: 'telegram', chatId: 'flooder', userId: 'flooder', text: 'coverage for Gia Lai', messageId: String(i) }, async (reply) => {
        if (reply.silent !== true && reply.text.length > 0) sent.push(reply.text);
      });
      world.clock.advance(20);
    }
    const warnings = sent.filter((text) => /faster than I can take them/.test(text));
    const answers = sent.length - warnings.length;
    expect(warnings).toHaveLength(1);
    // The burst, then one a second: never more than the bucket allows in 60 s.
    expect(answers).toBeLessThanOrEqual(DEFAULT_FLOOD_POLICY.capacity + 60 * DEFAULT_FLOOD_POLICY.refillPerSecond);
    expect(answers).toBeGreaterThanOrEqual(DEFAULT_FLOOD_POLICY.capacity + 59 * DEFAULT_FLOOD_POLICY.refillPerSecond);
    // Only what was answered (the answers and the one warning) is in the ledger.
    expect(recorded).toHaveLength(sent.length);
  });
});
