import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../src/app/handle-message.js';
import { DEFAULT_FLOOD_POLICY } from '../../src/core/flood/token-bucket.js';
import { createMemoryFloodGuard } from '../../src/ports/flood-guard.js';
import type { Store } from '../../src/ports/store.js';
import { makeWorld } from './submission-world.js';

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
