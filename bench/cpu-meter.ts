/**
 * Where the CPU went during a bench run, per update: in the bot's process, in the database server
 * (PostgreSQL; PGlite runs inside the bot), and in this process (load generator and fake Telegram
 * API); and how busy the whole machine was, other people's work included. On a small machine the sum
 * per update, against the interval between updates, says whether the rate can be sustained at all.
 * The bot's event loop share says how near its one thread is to full: close to 100%, updates queue
 * behind each other and the p99 grows far beyond the time one update takes.
 */
import { cpus } from 'node:os';
import type { ChildUsage } from './child-process.js';

/** CPU figures of one run; milliseconds of CPU time (user + system) per update. */
export interface CpuFigures {
  readonly botMs: number;
  /** Share of the run the bot's main thread (its event loop) was busy, 0 to 1. */
  readonly botLoopBusy: number;
  /** The database server's processes; null when there is none (PGlite) or it cannot be read. */
  readonly databaseMs: number | null;
  readonly generatorMs: number;
  /** Busy share of all cores together over the run (1 = every core busy all the time). */
  readonly machineBusy: number;
}

/** How to read the CPU time of the processes measured, in milliseconds so far. */
export interface CpuSources {
  readonly bot: () => Promise<ChildUsage>;
  readonly database?: () => number | null;
}

export function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `work` (which sends `updates` updates) and measures what CPU it cost. */
export async function meterCpu<T>(updates: number, sources: CpuSources, work: () => Promise<T>): Promise<{ result: T; cpu: CpuFigures }> {
  const bot0 = await sources.bot();
  const db0 = sources.database?.() ?? null;
  const own0 = ownCpuMs();
  const machine0 = machineTimes();
  const result = await work();
  const machine1 = machineTimes();
  const own1 = ownCpuMs();
  const db1 = sources.database?.() ?? null;
  const bot1 = await sources.bot();
  const total = machine1.total - machine0.total;
  const loopMs = bot1.loopBusyMs - bot0.loopBusyMs + (bot1.loopIdleMs - bot0.loopIdleMs);
  return {
    result,
    cpu: {
      botMs: (bot1.cpuMs - bot0.cpuMs) / updates,
      botLoopBusy: loopMs > 0 ? (bot1.loopBusyMs - bot0.loopBusyMs) / loopMs : 0,
      databaseMs: db0 !== null && db1 !== null ? (db1 - db0) / updates : null,
      generatorMs: (own1 - own0) / updates,
      machineBusy: total > 0 ? (machine1.busy - machine0.busy) / total : 0,
    },
  };
}

/** The figures of several runs of equal size as one: the mean per update. */
export function poolCpu(runs: readonly CpuFigures[]): CpuFigures {
  const mean = (pick: (c: CpuFigures) => number) => runs.reduce((sum, c) => sum + pick(c), 0) / runs.length;
  const databases = runs.map((c) => c.databaseMs);
  return {
    botMs: mean((c) => c.botMs),
    botLoopBusy: mean((c) => c.botLoopBusy),
    databaseMs: databases.every((d) => d !== null) ? mean((c) => c.databaseMs ?? 0) : null,
    generatorMs: mean((c) => c.generatorMs),
    machineBusy: mean((c) => c.machineBusy),
  };
}
