import { describe, expect, it } from 'vitest';
import { createMemorySeenMessages } from '../../../src/adapters/zalo/index.js';

describe('createMemorySeenMessages', () => {
  it('says a key is new the first time and seen afterwards', async () => {
    const set = createMemorySeenMessages();
    expect(await set.seen('zalo:1')).toBe(false);
    expect(await set.seen('zalo:1')).toBe(true);
    expect(await set.seen('zalo:2')).toBe(false);
  });

  it('treats a forgotten key as new again', async () => {
    const set = createMemorySeenMessages();
    await set.seen('zalo:1');
    await set.forget('zalo:1');
    expect(await set.seen('zalo:1')).toBe(false);
  });

  it('remembers at most its capacity, forgetting the oldest keys first', async () => {
    const set = createMemorySeenMessages(2);
    await set.seen('a');
    await set.seen('b');
    await set.seen('c');
    expect(await set.seen('c')).toBe(true);
    expect(await set.seen('b')).toBe(true);
    expect(await set.seen('a')).toBe(false);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => createMemorySeenMessages(0)).toThrow(RangeError);
  });
});
