/**
 * Opening the world (src/composition/open-world.ts): on a fresh database the first use stores the
 * built-in reference data and the default reporting calendar, and an edited calendar is kept; a failure
 * closes what was opened.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { seedStore } from '../../src/composition/open-world.js';

const DATA = resolve(import.meta.dirname, '../../data');

describe('seedStore (the first use of a database, the command line’s included)', () => {
  it('stores the reference data and the default calendar in a fresh database, and keeps an edited one', async () => {
    const store = createMemoryStore();
    await seedStore({ store, close: async () => undefined }, DATA);
    expect((await store.listSchedules()).map((s) => s.key)).toEqual(['six_month', 'annual', 'monthly', 'quarterly_stats']);
    expect(await store.countUnits()).toBeGreaterThan(10_000);
    await store.updateSchedule('annual', { offsetsDays: [5] });
    await seedStore({ store, close: async () => undefined }, DATA);
    expect((await store.listSchedules()).find((s) => s.key === 'annual')?.offsetsDays).toEqual([5]);
  });

  it('closes the store and rethrows when seeding fails', async () => {
    let closed = false;
    const store = { ...createMemoryStore(), countUnits: async () => Promise.reject(new Error('connection refused')) };
    await expect(seedStore({ store, close: async () => void (closed = true) }, DATA)).rejects.toThrow('connection refused');
    expect(closed).toBe(true);
  });
});
