import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { defaultDataDir, ensureReferenceData, type SeedLog, seedReferenceData } from '../../src/import/seed.js';
import type { Logger } from '../../src/logger.js';

const ALL_NEW = { units: { created: 14149, updated: 0, unchanged: 0 }, successions: { created: 14386, updated: 0, unchanged: 0 }, reports: 2, targets: 27 };

describe('defaultDataDir', () => {
  it("is the repository's data folder, with the units and the seed facts", () => {
    expect(defaultDataDir()).toBe(resolve(import.meta.dirname, '../../data'));
    expect(existsSync(join(defaultDataDir(), 'admin-units', 'pre2025_provinces.csv'))).toBe(true);
    expect(existsSync(join(defaultDataDir(), 'seed-facts.csv'))).toBe(true);
  });
});

describe('seedReferenceData', () => {
  it('imports the national units, the lineage and the seed facts, and logs what it did', async () => {
    const store = createMemoryStore();
    const entries: object[] = [];
    const log: SeedLog = { info: (entry) => entries.push(entry) };
    expect(await seedReferenceData(store, defaultDataDir(), log)).toEqual(ALL_NEW);
    expect(await store.countUnits()).toBe(14149);
    expect(entries.map((e) => (e as { msg?: string }).msg)).toEqual(['reference units imported', 'seed facts imported']);
  });

  it('changes nothing when run a second time', async () => {
    const store = createMemoryStore();
    await seedReferenceData(store, defaultDataDir());
    expect(await seedReferenceData(store, defaultDataDir())).toEqual({
      units: { created: 0, updated: 0, unchanged: 14149 },
      successions: { created: 0, updated: 0, unchanged: 14386 },
      reports: 0,
      targets: 0,
    });
  });
});

describe('SeedLog', () => {
  it("is satisfied by the service's pino logger", () => {
    expectTypeOf<Logger>().toExtend<SeedLog>();
  });
});

describe('ensureReferenceData', () => {
  it('seeds an empty store, then leaves it alone', async () => {
    const store = createMemoryStore();
    expect(await ensureReferenceData(store, defaultDataDir())).toEqual(ALL_NEW);
    expect(await ensureReferenceData(store, defaultDataDir())).toBeNull();
  });

  it('leaves a store that already has units alone, even if they are not the built-in set', async () => {
    const store = createMemoryStore();
    await store.importUnits([
      {
        structure: 'post2025',
        level: 'province',
        code: '40',
        name: 'Nghệ An',
        fullName: 'Tỉnh Nghệ An',
        type: 'Tỉnh',
        typeCode: 'province',
        nameEn: 'Nghe An',
        codeName: 'nghe_an',
        parent: null,
        validFrom: '2025-07-01',
        validTo: null,
      },
    ]);
    expect(await ensureReferenceData(store, '/nonexistent')).toBeNull();
    expect(await store.countUnits()).toBe(1);
  });
});
