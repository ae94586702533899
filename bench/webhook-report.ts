/**
 * The webhook bench's printed lines: per system, latency at the offered rate, what it answered per
 * second, the CPU each process spent per update; for the service, its figures at a rate it sustains
 * when it could not keep up; and the p99 ratio of the service to the minimal bot measured beside it.
 */
import { cpus } from 'node:os';
import type { CpuFigures } from './cpu-meter.js';
import type { StallsBeside } from './machine-stalls.js';
import type { LoadFigures } from './webhook-load.js';

/** One run's latency and CPU figures, at the rate it was offered. */
export interface Measured {
  readonly perSecond: number;
  readonly load: LoadFigures;
  readonly cpu: CpuFigures;
}

/** What the service did on one database: at the bench's rate, and below its capacity when it could not keep up. */
export interface ServiceFigures {
  readonly offered: Measured;
  readonly sustainable?: Measured;
}

/** What an idle probe process saw of the machine while each bot was measured, and kdamond's share of a core. */
export interface MachineFigures {
  readonly minimal: StallsBeside;
  readonly service: StallsBeside;
  readonly kdamondShare: number | null;
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

/** The lines of one run. */
export function describeRun(name: string, m: Measured): string[] {
  const f = m.load;
  const groups = [...f.groups].map(([group, g]) => `${group} p50 ${ms(g.p50)}, p99 ${ms(g.p99)} (${g.count})`);
  const database = m.cpu.databaseMs === null ? '' : `, database server ${m.cpu.databaseMs.toFixed(2)} ms`;
  return [
    `${name}: at ${m.perSecond.toFixed(0)}/s offered: p50 ${ms(f.all.p50)}, p99 ${ms(f.all.p99)}; answered ${f.achievedPerSecond.toFixed(1)} updates/s; ${f.all.count} updates; POST start lag p99 ${ms(f.lagP99)}`,
    `${name}:   ${groups.join('; ')}`,
    `${name}:   CPU per update: bot ${m.cpu.botMs.toFixed(2)} ms (its event loop ${(m.cpu.botLoopBusy * 100).toFixed(0)}% busy)${database}, load generator and fake API ${m.cpu.generatorMs.toFixed(2)} ms; machine ${(m.cpu.machineBusy * 100).toFixed(0)}% busy (${cpus().length} cores, other work included)`,
  ];
}

/** The lines of the service on one database, with its figures at a sustainable rate when it fell behind. */
export function describeService(name: string, s: ServiceFigures): string[] {
  const lines = describeRun(name, s.offered);
  if (!s.sustainable) return lines;
  return [
    ...lines,
    `${name}: does not sustain ${s.offered.perSecond.toFixed(0)} updates/s (answers about ${s.offered.load.achievedPerSecond.toFixed(0)}/s, the backlog grows); measured again below that:`,
    ...describeRun(name, s.sustainable),
  ];
}

/**
 * Our pooled p99 over the minimal bot's, both at the bench's rate, with the ratio of each pair of
 * slices; marked when the service fell behind.
 */
export function describeRatio(name: string, s: ServiceFigures, minimal: Measured, sliceRatios: readonly number[]): string {
  const value = (s.offered.load.all.p99 / minimal.load.all.p99).toFixed(2);
  return `${name} ${value} (slices ${sliceRatios.map((r) => r.toFixed(2)).join(', ')})${s.sustainable ? ' (not sustained)' : ''}`;
}

/** The goal for our CPU per update over the minimal bot's, both measured in the same run. */
export const CPU_RATIO_GOAL = 2;

/**
 * Our bot's CPU per update over the minimal bot's at the bench's rate, both measured in the same
 * run (so that both met the same machine), with the two figures.
 */
export function describeCpuRatio(name: string, s: ServiceFigures, minimal: Measured): string {
  const ours = s.offered.cpu.botMs;
  const theirs = minimal.cpu.botMs;
  const ratio = theirs > 0 ? (ours / theirs).toFixed(2) : 'n/a';
  return `${name} ${ratio} (ours ${ms(ours)}, minimal ${ms(theirs)})`;
}

function describeStalls(s: StallsBeside): string {
  const spacing = (m: number | null) => (m === null ? '' : `, median ${m.toFixed(0)} ms apart`);
  const kdamond =
    s.kdamond.count === 0
      ? ''
      : `; kdamond ran ${s.kdamond.count} times (longest ${s.kdamond.longestMs.toFixed(1)} ms${spacing(s.kdamond.medianSpacingMs)}), ${s.slowInKdamond} of the slowest in flight meanwhile (of all its updates ${(s.allInKdamond * 100).toFixed(0)}%)`;
  return `${s.summary.count} probe stalls (longest ${s.summary.longestMs.toFixed(1)} ms${spacing(s.summary.medianSpacingMs)}), ${s.slowInStall} of its ${s.slowCount} slowest updates in flight during one${kdamond}`;
}

/**
 * The machine beside one database's pair: how often an idle probe's 1-ms timer came late during each
 * bot's slices, when the kernel's memory monitor ran (where it runs), and how many of each bot's
 * slowest 1% were in flight meanwhile.
 */
export function describeMachine(name: string, m: MachineFigures, thresholdMs: number): string {
  const kdamond = m.kdamondShare === null ? '' : `; kdamond (the kernel's memory monitor) took ${(m.kdamondShare * 100).toFixed(1)}% of a core`;
  const outside =
    m.service.p99OutsideKdamond !== null && m.minimal.p99OutsideKdamond !== null && m.service.kdamond.count > 0
      ? `; leaving out the updates in flight during a kdamond run, p99 ours ${ms(m.service.p99OutsideKdamond)}, minimal ${ms(m.minimal.p99OutsideKdamond)}, ratio ${(m.service.p99OutsideKdamond / m.minimal.p99OutsideKdamond).toFixed(2)} (for information)`
      : '';
  return `machine beside ${name} (probe stall: its 1-ms timer late by over ${thresholdMs} ms): minimal bot's slices: ${describeStalls(m.minimal)}; ours: ${describeStalls(m.service)}${kdamond}${outside}`;
}
