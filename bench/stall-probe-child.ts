/**
 * The bench's stall probe: a process that does nothing but run a 1-ms timer and note, in epoch
 * milliseconds, every gap between ticks over the threshold it is given, and every stretch between
 * ticks in which the kernel's memory monitor (kdamond, when it runs) took a core (see
 * machine-stalls.ts). Asked `report`, it answers with both lists so far.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { serveAsBenchChild } from './child-process.js';
import { detectRuns, detectStalls, type Stall } from './machine-stalls.js';
import { kdamondPids } from './process-cpu.js';

/** kdamond runs this close together count as one burst. */
const KDAMOND_MERGE_MS = 3;

/** What the probe noted. */
export interface ProbeReport {
  readonly stalls: readonly Stall[];
  readonly kdamondRuns: readonly Stall[];
}

await serveAsBenchChild(async (arg: { thresholdMs: number }) => {
  const stalls = detectStalls(arg.thresholdMs);
  const kdamond = detectRuns(KDAMOND_MERGE_MS);
  const kdamondPid = kdamondPids()[0];
  let schedstat = kdamondPid === undefined ? null : `/proc/${kdamondPid}/schedstat`;
  const timer = setInterval(() => {
    const now = performance.timeOrigin + performance.now();
    stalls.tick(now);
    if (schedstat === null) return;
    try {
      kdamond.tick(now, Number(readFileSync(schedstat, 'utf8').split(' ')[0]));
    } catch {
      schedstat = null; // kdamond stopped: nothing more to note.
    }
  }, 1);
  return {
    ready: true,
    report: (): ProbeReport => ({ stalls: stalls.stalls, kdamondRuns: kdamond.runs }),
    stop: async () => clearInterval(timer),
  };
});
