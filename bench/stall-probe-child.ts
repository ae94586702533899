/**
 * The bench's stall probe: a process that does nothing but run a 1-ms timer and note, in epoch
 * milliseconds, every gap between ticks over the threshold it is given, and every stretch between
 * ticks in which the kernel's memory monitor (kdamond, when it runs) took a core (see
 * machine-stalls.ts). Asked `report`, it answers with both lists so far.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { serveAsBenchChild } from './child-process.js';
import { detectRuns, detectStalls, type Stall } from './machine-stalls.js';

/** kdamond runs this close together count as one burst. */
const KDAMOND_MERGE_MS = 3;

/** What the probe noted. */
export interface ProbeReport {
  readonly stalls: readonly Stall[];
  readonly kdamondRuns: readonly Stall[];
}

/** The schedstat file of the first kdamond thread, or null where there is none (or no /proc). */
function kdamondSchedstat(): string | null {
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('kdamond')) return `/proc/${pid}/schedstat`;
    }
  } catch {
    // No /proc: not Linux.
  }
  return null;
}

await serveAsBenchChild(async (arg: { thresholdMs: number }) => {
  const stalls = detectStalls(arg.thresholdMs);
  const kdamond = detectRuns(KDAMOND_MERGE_MS);
  const schedstat = kdamondSchedstat();
  const timer = setInterval(() => {
    const now = performance.timeOrigin + performance.now();
    stalls.tick(now);
    if (schedstat !== null) kdamond.tick(now, Number(readFileSync(schedstat, 'utf8').split(' ')[0]));
  }, 1);
  return {
    ready: true,
    report: (): ProbeReport => ({ stalls: stalls.stalls, kdamondRuns: kdamond.runs }),
    stop: async () => clearInterval(timer),
  };
});
