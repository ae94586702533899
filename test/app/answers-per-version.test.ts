import { describe, expect, it } from 'vitest';
import { rememberedPerVersion } from '../../src/app/answers-per-version.js';
import { buildUnitIndex } from '../../src/core/units/unit-index.js';

describe('rememberedPerVersion', () => {
  const index = buildUnitIndex([], []);
  const counting = () => {
    let calls = 0;
    return { compute: async () => `answer ${(calls += 1)}`, calls: () => calls };
  };

  it('works a key out once while the version and the index stay the same', async () => {
    const memo = rememberedPerVersion<string>();
    const c = counting();
    expect(await memo(index, 'db1.7', 'q', c.compute)).toBe('answer 1');
    expect(await memo(index, 'db1.7', 'q', c.compute)).toBe('answer 1');
    expect(c.calls()).toBe(1);
  });

  it('works it out again under another version, another key or another index', async () => {
    const memo = rememberedPerVersion<string>();
    const c = counting();
    await memo(index, 'db1.7', 'q', c.compute);
    expect(await memo(index, 'db1.8', 'q', c.compute)).toBe('answer 2');
    expect(await memo(index, 'db1.8', 'other', c.compute)).toBe('answer 3');
    expect(await memo(buildUnitIndex([], []), 'db1.8', 'q', c.compute)).toBe('answer 4');
  });

  it('forgets the oldest beyond 256 results', async () => {
    const memo = rememberedPerVersion<string>();
    const c = counting();
    for (let i = 0; i < 257; i++) await memo(index, 'v', `q${i}`, c.compute);
    expect(await memo(index, 'v', 'q256', c.compute)).toBe('answer 257');
    expect(await memo(index, 'v', 'q0', c.compute)).toBe('answer 258');
  });

  it('remembers nothing when the computation fails', async () => {
    const memo = rememberedPerVersion<string>();
    await expect(memo(index, 'v', 'q', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await memo(index, 'v', 'q', async () => 'fine')).toBe('fine');
  });
});
