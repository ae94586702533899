import { describe, expect, it } from 'vitest';
import { type CpuProfile, type ProfileNode, packageOf, summarizeProfile } from '../../bench/cpu-profile.js';

const PGLITE = 'file:///app/node_modules/@electric-sql/pglite/dist/index.js';

/** root → idle, gc, handle (ours) → query (PGlite) → wasm function. */
const nodes: ProfileNode[] = [
  { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 3, 4] },
  { id: 2, callFrame: { functionName: '(idle)', url: '' } },
  { id: 3, callFrame: { functionName: '(garbage collector)', url: '' } },
  { id: 4, callFrame: { functionName: 'handle', url: 'file:///app/src/app/handle-message.ts' }, children: [5] },
  { id: 5, callFrame: { functionName: 'query', url: PGLITE }, children: [6] },
  { id: 6, callFrame: { functionName: 'wasm-function[12]', url: 'wasm://wasm/0215749e' } },
];

/** One sample per millisecond, of the nodes given in order. */
function profile(samples: number[]): CpuProfile {
  return { nodes, samples, timeDeltas: samples.map(() => 1000) };
}

const repeat = (id: number, n: number) => Array<number>(n).fill(id);

describe('packageOf', () => {
  it('names dependencies, our folders, Node and V8', () => {
    expect(packageOf(PGLITE, 'query')).toBe('@electric-sql/pglite');
    expect(packageOf('file:///app/node_modules/grammy/out/core/client.js', 'call')).toBe('grammy');
    expect(packageOf('file:///app/src/core/text/folded-text.ts', 'fold')).toBe('ours: src/core');
    expect(packageOf('node:events', 'emit')).toBe('node');
    expect(packageOf('wasm://wasm/0215749e', 'wasm-function[1]')).toBe('wasm');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(packageOf('', 'writev')).toBe('(native)');
  });
});

describe('summarizeProfile', () => {
  it('shares self time by package and counts the idle time out of busy', () => {
    const summary = summarizeProfile(profile([...repeat(2, 6), ...repeat(4, 1), ...repeat(6, 2), 3]), { stallMs: 8, skipMs: 0 });
    expect(summary.totalMs).toBe(10);
    expect(summary.busyShare).toBeCloseTo(0.4);
    expect(summary.byPackage).toEqual([
      { name: 'wasm', ms: 2 },
      { name: 'ours: src/app', ms: 1 },
      { name: '(garbage collector)', ms: 1 },
    ]);
  });

  it('finds a long PGlite call and a long collection as stalls, and not shorter ones', () => {
    const samples = [...repeat(2, 3), ...repeat(5, 4), ...repeat(6, 8), ...repeat(4, 1), ...repeat(3, 12), ...repeat(2, 2), ...repeat(6, 5), 2];
    const summary = summarizeProfile(profile(samples), { stallMs: 8, skipMs: 0 });
    expect(summary.stalls.PGlite).toEqual([12]);
    expect(summary.stalls['garbage collector']).toEqual([12]);
  });

  it('leaves out stalls that began during start-up', () => {
    const samples = [...repeat(3, 10), ...repeat(2, 5), ...repeat(5, 10), 2];
    const summary = summarizeProfile(profile(samples), { stallMs: 8, skipMs: 5 });
    expect(summary.stalls['garbage collector']).toEqual([]);
    expect(summary.stalls.PGlite).toEqual([10]);
  });
});
