import { describe, expect, it } from 'vitest';
import { countInStalls, detectRuns, detectStalls, type Span, slowest, stallsBeside, summarizeStalls } from '../../bench/machine-stalls.js';
import { describeMachine } from '../../bench/webhook-report.js';

describe('detectStalls', () => {
  it('keeps only the gaps between ticks longer than the threshold', () => {
    const detector = detectStalls(4);
    for (const now of [100, 101, 102, 108, 109, 113, 124]) detector.tick(now);
    expect(detector.stalls).toEqual([
      { at: 102, ms: 6 },
      { at: 113, ms: 11 },
    ]);
  });
});

describe('detectRuns', () => {
  it('keeps the stretches in which the thread ran, at least as long as it ran, merging close ones', () => {
    const runs = detectRuns(3);
    const feed: [number, number][] = [
      [0, 5e6],
      [1, 5e6],
      [2, 6e6],
      [3, 7e6],
      [10, 7e6],
      [20, 7e6],
      [21, 17e6],
      [22, 17e6],
    ];
    for (const [now, ns] of feed) runs.tick(now, ns);
    // 1→3 ran (merged into one burst from 1 to 3); 20→21 ran 10 ms in a 1-ms stretch.
    expect(runs.runs).toEqual([
      { at: 1, ms: 2 },
      { at: 20, ms: 10 },
    ]);
  });
});

describe('summarizeStalls', () => {
  it('counts the stalls within the windows and measures spacing inside each window only', () => {
    const stalls = [
      { at: 10, ms: 5 },
      { at: 60, ms: 9 },
      { at: 110, ms: 4 },
      { at: 500, ms: 30 },
      { at: 1000, ms: 6 },
      { at: 1040, ms: 6 },
    ];
    const summary = summarizeStalls(stalls, [
      { from: 0, to: 200 },
      { from: 900, to: 1100 },
    ]);
    expect(summary).toEqual({ count: 5, longestMs: 9, medianSpacingMs: 50 });
  });

  it('has no spacing with fewer than two stalls in a window', () => {
    expect(summarizeStalls([{ at: 10, ms: 5 }], [{ from: 0, to: 20 }])).toEqual({ count: 1, longestMs: 5, medianSpacingMs: null });
  });
});

describe('slowest and countInStalls', () => {
  const spans: Span[] = Array.from({ length: 150 }, (_, i) => ({ start: i * 10, latency: i === 40 ? 50 : i === 90 ? 30 : 2 }));

  it('takes the slowest share, at least one, slowest first', () => {
    expect(slowest(spans, 0.01).map((s) => s.start)).toEqual([400, 900]);
    expect(slowest(spans.slice(0, 10), 0.01)).toHaveLength(1);
  });

  it('counts spans overlapping a stall, not those that only touch one', () => {
    expect(countInStalls(spans, [{ at: 412, ms: 5 }])).toBe(1); // 400–450; 410–412 only touches it
    expect(countInStalls(spans, [{ at: 452, ms: 3 }])).toBe(0); // 450–452 touches, 460 starts after
    expect(countInStalls(spans, [{ at: 925, ms: 20 }])).toBe(3); // 900–930, 930–932 and 940–942
  });
});

describe('stallsBeside and describeMachine', () => {
  // Two slices of 100 updates 10 ms apart; kdamond runs across the two slow ones.
  const slice = (from: number): Span[] => Array.from({ length: 100 }, (_, i) => ({ start: from + i * 10, latency: i === 50 ? 20 : 1 + (i % 10) / 10 }));
  const slices = [slice(0), slice(5000)];
  const probed = {
    stalls: [{ at: 505, ms: 6 }],
    kdamondRuns: [
      { at: 502, ms: 10 },
      { at: 5502, ms: 10 },
    ],
  };

  it('says how many of the slowest 1% were in flight during a kdamond run, against all updates', () => {
    const beside = stallsBeside(probed, slices);
    expect(beside.slowCount).toBe(2);
    expect(beside.slowInKdamond).toBe(2);
    expect(beside.slowInStall).toBe(1);
    expect(beside.allInKdamond).toBeCloseTo(4 / 200); // the slow one and the next in each slice
    expect(beside.kdamond).toEqual({ count: 2, longestMs: 10, medianSpacingMs: null });
    expect(beside.p99OutsideKdamond).toBe(1.9);
  });

  it('prints both bots and the ratio leaving out the updates hit by kdamond', () => {
    const ours = stallsBeside(probed, slices);
    const minimal = { ...ours, p99OutsideKdamond: 0.95 };
    const line = describeMachine('PostgreSQL', { minimal, service: ours, kdamondShare: 0.027 }, 4);
    expect(line).toContain('machine beside PostgreSQL');
    expect(line).toContain('kdamond ran 2 times (longest 10.0 ms), 2 of the slowest in flight meanwhile (of all its updates 2%)');
    expect(line).toContain('took 2.7% of a core');
    expect(line).toContain('p99 ours 1.90 ms, minimal 0.95 ms, ratio 2.00 (for information)');
  });
});
