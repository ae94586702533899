/**
 * The machine under a bench, as an idle probe process sees it (bench/stall-probe-child.ts):
 * - stalls: its 1-ms timer came more than a threshold late, so it could not get a core for that long
 *   (the bench's own processes may be the cause as much as anything else);
 * - kdamond runs: when the kernel's memory monitor (DAMON) took a core. On the 2-core machine it
 *   samples memory every half second, for up to ~25 ms at a time while the bench runs.
 * Set beside every update's span (epoch milliseconds, so that the processes' clocks agree), they say
 * how many of a bot's slowest updates were in flight meanwhile, against the share of all its updates.
 */
import { percentiles } from './percentiles.js';

/** A stretch from `at` for `ms` milliseconds (epoch ms): the probe stalled, or kdamond ran. */
export interface Stall {
  readonly at: number;
  readonly ms: number;
}

/** One update, from its POST's start for `latency` milliseconds (epoch ms). */
export interface Span {
  readonly start: number;
  readonly latency: number;
}

/** Fed a timer's ticks (epoch ms, ascending), keeps the gaps between consecutive ones longer than `thresholdMs`. */
export interface StallDetector {
  tick(now: number): void;
  readonly stalls: readonly Stall[];
}

export function detectStalls(thresholdMs: number): StallDetector {
  const stalls: Stall[] = [];
  let last: number | null = null;
  return {
    stalls,
    tick(now) {
      if (last !== null && now - last > thresholdMs) stalls.push({ at: last, ms: now - last });
      last = now;
    },
  };
}

/**
 * Fed, at each tick, the time (epoch ms) and a thread's run time so far (ns, as /proc/<pid>/schedstat
 * gives it), keeps the bursts in which the thread ran: each stretch between two ticks in which it ran
 * (lasting at least as long as it ran), merged with the burst before when they are at most
 * `mergeMs` apart.
 */
export function detectRuns(mergeMs: number): { tick(now: number, runNs: number): void; readonly runs: readonly Stall[] } {
  const runs: Stall[] = [];
  let last: { now: number; runNs: number } | null = null;
  return {
    runs,
    tick(now, runNs) {
      if (last !== null && runNs > last.runNs) {
        const run = { at: last.now, ms: Math.max(now - last.now, (runNs - last.runNs) / 1e6) };
        const before = runs.at(-1);
        if (before !== undefined && run.at - (before.at + before.ms) <= mergeMs) runs[runs.length - 1] = { at: before.at, ms: run.at + run.ms - before.at };
        else runs.push(run);
      }
      last = { now, runNs };
    },
  };
}

/** A stretch of time, epoch ms. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

/** The stretch from the first update's start to the last one's answer. */
export function windowOf(spans: readonly Span[]): Window {
  return { from: Math.min(...spans.map((s) => s.start)), to: Math.max(...spans.map((s) => s.start + s.latency)) };
}

/**
 * How many stalls began within the windows, the longest, and the median time between the starts of
 * consecutive ones in the same window (null with fewer than two in any).
 */
export interface StallSummary {
  readonly count: number;
  readonly longestMs: number;
  readonly medianSpacingMs: number | null;
}

export function summarizeStalls(stalls: readonly Stall[], windows: readonly Window[]): StallSummary {
  const each = windows.map((w) => stalls.filter((s) => s.at >= w.from && s.at <= w.to).sort((a, b) => a.at - b.at));
  const within = each.flat();
  const spacings = each.flatMap((list) => list.slice(1).map((s, i) => s.at - (list[i] as Stall).at)).sort((a, b) => a - b);
  return {
    count: within.length,
    longestMs: Math.max(0, ...within.map((s) => s.ms)),
    medianSpacingMs: spacings.length === 0 ? null : (spacings[Math.floor(spacings.length / 2)] as number),
  };
}

/** The slowest `share` of the spans (at least one when there are any), slowest first. */
export function slowest(spans: readonly Span[], share: number): Span[] {
  return [...spans].sort((a, b) => b.latency - a.latency).slice(0, Math.max(1, Math.ceil(spans.length * share)));
}

function overlapsAny(span: Span, stalls: readonly Stall[]): boolean {
  return stalls.some((s) => s.at < span.start + span.latency && s.at + s.ms > span.start);
}

/** How many of the spans overlap at least one stall. */
export function countInStalls(spans: readonly Span[], stalls: readonly Stall[]): number {
  return spans.filter((span) => overlapsAny(span, stalls)).length;
}

function p99Of(spans: readonly Span[]): number | null {
  return spans.length === 0 ? null : percentiles(spans.map((s) => s.latency)).p99;
}

/** What the probe saw while one bot was measured, slice by slice, and how many of its slowest 1% were in flight during a stall or a kdamond run. */
export interface StallsBeside {
  readonly summary: StallSummary;
  readonly kdamond: StallSummary;
  readonly slowInStall: number;
  readonly slowInKdamond: number;
  readonly slowCount: number;
  /** Share of all the bot's updates in flight during a kdamond run, to compare the slowest with. */
  readonly allInKdamond: number;
  /** p99 latency of the updates not in flight during any kdamond run (ms; null when none are left). */
  readonly p99OutsideKdamond: number | null;
}

export function stallsBeside(
  probed: { readonly stalls: readonly Stall[]; readonly kdamondRuns: readonly Stall[] },
  slices: readonly (readonly Span[])[],
): StallsBeside {
  const all = slices.flat();
  const slow = slowest(all, 0.01);
  const windows = slices.filter((s) => s.length > 0).map(windowOf);
  return {
    summary: summarizeStalls(probed.stalls, windows),
    kdamond: summarizeStalls(probed.kdamondRuns, windows),
    slowInStall: countInStalls(slow, probed.stalls),
    slowInKdamond: countInStalls(slow, probed.kdamondRuns),
    slowCount: slow.length,
    allInKdamond: all.length === 0 ? 0 : countInStalls(all, probed.kdamondRuns) / all.length,
    p99OutsideKdamond: p99Of(all.filter((span) => !overlapsAny(span, probed.kdamondRuns))),
  };
}
