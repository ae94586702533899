/**
 * The figures cache in front of a real (memory) store. What it must never do is answer with figures
 * older than the store's; what it is for is answering repeated reads without the store.
 */
import { describe, expect, it } from 'vitest';
import { withFiguresCache } from '../../../src/adapters/db/figures-cache.js';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import type { DocumentReportInput, TargetInput } from '../../../src/ports/figures-store.js';
import type { Store } from '../../../src/ports/store.js';
import { makeTarget, makeUnits } from '../../ports/store-fixtures.js';

const unit = (code: string) => ({ structure: 'pre2025' as const, level: 'province' as const, code });

function report(code: string, percent: number): DocumentReportInput {
  return {
    unit: unit(code),
    period: '2025-6M',
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    asOf: null,
    counts: { ld: 1_000 },
    rates: [{ indicator: 'bhxh', percent, numerator: null, denominator: null, denominatorNote: null, basis: null }],
    fulfilment: [],
    sourceDocument: '156/KH-UBND',
    sourceDate: '2025-07-10',
    sourceLabel: null,
    sourceNote: null,
  };
}

function target(code: string, percent: number): TargetInput {
  return makeTarget(unit(code), { percent, basis: null, sourceDate: null });
}

/** The store's own reads, as the cache asked for them. */
interface Calls {
  versions: number;
  reports: number[][];
  targets: number[][];
}

/** A memory store that counts what reaches it; `afterReportsLoad` runs inside findReports, after the load. */
function countingStore(afterReportsLoad?: () => Promise<void>): { store: Store; calls: Calls } {
  const inner = createMemoryStore();
  const calls: Calls = { versions: 0, reports: [], targets: [] };
  const store: Store = {
    ...inner,
    factsVersion: () => {
      calls.versions += 1;
      return inner.factsVersion();
    },
    findReports: async (ids) => {
      calls.reports.push([...ids]);
      const rows = await inner.findReports(ids);
      await afterReportsLoad?.();
      return rows;
    },
    findTargets: (ids) => {
      calls.targets.push([...ids]);
      return inner.findTargets(ids);
    },
  };
  return { store, calls };
}

const percents = (reports: Awaited<ReturnType<Store['findReports']>>) => reports.map((r) => r.rates[0]?.percent);

describe('withFiguresCache', () => {
  it('answers a second read of the same units from memory, asking the store only for the version', async () => {
    const { store, calls } = countingStore();
    const [a, b] = await makeUnits(store, 'A', 'B');
    await store.saveDocumentReport(report('A', 10));
    await store.saveTarget(target('B', 40));
    const cached = withFiguresCache(store);
    const first = await cached.findReports([a!, b!]);
    const again = await cached.findReports([a!, b!]);
    expect(again).toEqual(first);
    expect(percents(again)).toEqual([10]);
    expect(calls.reports).toEqual([[a, b]]);
    await cached.findTargets([b!]);
    expect((await cached.findTargets([b!])).map((t) => t.percent)).toEqual([40]);
    expect(calls.targets).toEqual([[b]]);
    expect(calls.versions).toBe(4);
  });

  it('shows a write made behind its back (another replica, the admin CLI) on the next read', async () => {
    const { store, calls } = countingStore();
    const [a] = await makeUnits(store, 'A');
    await store.saveDocumentReport(report('A', 10));
    const cached = withFiguresCache(store);
    expect(percents(await cached.findReports([a!]))).toEqual([10]);
    await store.saveDocumentReport(report('A', 12.5));
    expect(percents(await cached.findReports([a!]))).toEqual([12.5]);
    await store.saveTarget(target('A', 41));
    expect((await cached.findTargets([a!])).map((t) => t.percent)).toEqual([41]);
    expect(calls.reports).toHaveLength(2);
  });

  it('asks the store only for the units it does not hold', async () => {
    const { store, calls } = countingStore();
    const [a, b, c] = await makeUnits(store, 'A', 'B', 'C');
    const cached = withFiguresCache(store);
    await cached.findReports([a!]);
    await cached.findReports([b!, a!, c!]);
    expect(calls.reports).toEqual([[a], [b, c]]);
  });

  it('reads the version once for reads that start together, and again for each later read', async () => {
    const { store, calls } = countingStore();
    const [a] = await makeUnits(store, 'A');
    const cached = withFiguresCache(store);
    await Promise.all([cached.findReports([a!]), cached.findTargets([a!])]);
    expect(calls.versions).toBe(1);
    await cached.findReports([a!]);
    await cached.findTargets([a!]);
    expect(calls.versions).toBe(3);
  });

  it("trusts a version given with the read (the turn's opening read) and reads none of its own", async () => {
    const { store, calls } = countingStore();
    const [a] = await makeUnits(store, 'A');
    await store.saveDocumentReport(report('A', 10));
    const cached = withFiguresCache(store);
    const opened = (await store.openTurn({ channel: 'telegram', userId: 'u' }, null)).factsVersion;
    expect(percents(await cached.findReports([a!], opened))).toEqual([10]);
    expect(percents(await cached.findReports([a!], opened))).toEqual([10]);
    expect(calls).toMatchObject({ versions: 0, reports: [[a]] });
    await store.saveDocumentReport(report('A', 12.5));
    const reopened = (await store.openTurn({ channel: 'telegram', userId: 'u' }, null)).factsVersion;
    expect(percents(await cached.findReports([a!], reopened))).toEqual([12.5]);
    expect(percents(await cached.findReports([a!]))).toEqual([12.5]);
    expect(calls).toMatchObject({ versions: 1, reports: [[a], [a]] });
  });

  it('does not keep figures loaded before a write that a later read already saw', async () => {
    let meanwhile: (() => Promise<void>) | null = null;
    const { store, calls } = countingStore(async () => {
      const run = meanwhile;
      meanwhile = null;
      await run?.();
    });
    const [a] = await makeUnits(store, 'A');
    await store.saveDocumentReport(report('A', 10));
    const cached = withFiguresCache(store);
    // The first read has loaded 10; before it returns, a write lands and a second read shows it.
    meanwhile = async () => {
      await store.saveDocumentReport(report('A', 11));
      expect(percents(await cached.findReports([a!]))).toEqual([11]);
    };
    expect(percents(await cached.findReports([a!]))).toEqual([10]);
    expect(percents(await cached.findReports([a!]))).toEqual([11]);
    expect(calls.reports).toHaveLength(2);
  });

  it('returns rows oldest first and each once, however the units were asked for', async () => {
    const { store } = countingStore();
    const [a, b] = await makeUnits(store, 'A', 'B');
    await store.saveDocumentReport(report('B', 20));
    await store.saveDocumentReport(report('A', 10));
    const cached = withFiguresCache(store);
    await cached.findReports([a!]);
    const rows = await cached.findReports([b!, a!, a!]);
    expect(percents(rows)).toEqual([20, 10]);
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((x, y) => x - y));
  });

  it('holds at most the units it was given room for', async () => {
    const { store, calls } = countingStore();
    const [a, b, c] = await makeUnits(store, 'A', 'B', 'C');
    const cached = withFiguresCache(store, 2);
    await cached.findReports([a!, b!]);
    await cached.findReports([c!]);
    await cached.findReports([c!]);
    await cached.findReports([a!]);
    expect(calls.reports).toEqual([[a, b], [c], [a]]);
  });
});
