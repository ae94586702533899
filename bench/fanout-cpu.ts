/**
 * Where the CPU went while the fan-out bench delivered: the worker (this process), the fake Bot API
 * (its child process), PostgreSQL and Redis (their server processes, from /proc, Linux only), and
 * the whole machine's busy share, others' work included. On two cores this says which of them keeps
 * the worker below its limiter's rate, if anything does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { machineTimes } from './cpu-meter.js';
import { findPostgresServer, processTreeCpuMs } from './process-cpu.js';

/** CPU milliseconds so far of each process measured (null: not found), and the machine's counters. */
export interface CpuSnapshot {
  readonly worker: number;
  readonly fakeApi: number;
  readonly postgres: number | null;
  readonly redis: number | null;
  readonly machineBusy: number;
  readonly machineTotal: number;
}

/** How to find the processes. */
export interface CpuTargets {
  readonly fakeApiCpuMs: () => Promise<number>;
  readonly postgresPort: number | null;
  readonly redisPort: number | null;
}

/** The redis-server listening on `port` (its title is "redis-server 127.0.0.1:<port>"), or null. */
function findRedisServerPid(port: number): number | null {
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmdline.includes('redis-server') && cmdline.includes(`:${port}`)) return Number(name);
    } catch {
      // The process ended while the list was read.
    }
  }
  return null;
}

/** The goal for the worker's CPU per message, so that one worker reaches 0.95 of a 1,000 messages a second limit on its one thread. */
export const WORKER_CPU_GOAL_MS = 0.9;

/** One line: the worker's own CPU per message against its goal. */
export function describeWorkerCpu(before: CpuSnapshot, after: CpuSnapshot, messages: number): string {
  const perMessage = (after.worker - before.worker) / messages;
  return `fan-out: the worker's CPU per message ${perMessage.toFixed(3)} ms (goal <= ${WORKER_CPU_GOAL_MS} ms)`;
}

/** Reads every figure now. */
export async function cpuSnapshot(targets: CpuTargets): Promise<CpuSnapshot> {
  const { busy, total } = machineTimes();
  const tree = (pid: number | null) => (pid === null ? null : processTreeCpuMs(pid));
  const { user, system } = process.cpuUsage();
  return {
    worker: (user + system) / 1000,
    fakeApi: await targets.fakeApiCpuMs(),
    postgres: targets.postgresPort === null ? null : tree(findPostgresServer(targets.postgresPort)),
    redis: targets.redisPort === null ? null : tree(findRedisServerPid(targets.redisPort)),
    machineBusy: busy,
    machineTotal: total,
  };
}

/**
 * One line: CPU per message of each process, and how many cores the measured processes and all the
 * others (the rest of the machine) kept busy on average between two snapshots.
 */
export function describeCpu(before: CpuSnapshot, after: CpuSnapshot, messages: number): string {
  const spent = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const parts = {
    worker: spent(before.worker, after.worker),
    'fake Bot API': spent(before.fakeApi, after.fakeApi),
    PostgreSQL: spent(before.postgres, after.postgres),
    Redis: spent(before.redis, after.redis),
  };
  const cores = cpus().length;
  // os.cpus() times are milliseconds summed over the cores: the wall time is their total per core.
  const wallMs = (after.machineTotal - before.machineTotal) / cores;
  const ours = Object.values(parts).reduce<number>((sum, ms) => sum + (ms ?? 0), 0);
  const others = Math.max(0, after.machineBusy - before.machineBusy - ours);
  const per = Object.entries(parts).map(([name, ms]) => `${name} ${ms === null ? 'n/a' : `${(ms / messages).toFixed(3)} ms`}`);
  const share = (ms: number) => (wallMs > 0 ? (ms / wallMs).toFixed(2) : 'n/a');
  return `fan-out: CPU per message: ${per.join(', ')}; of the machine's ${cores} cores these kept ${share(ours)} busy, ` + `other processes ${share(others)}`;
}
