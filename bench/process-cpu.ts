/**
 * CPU time of a process tree from /proc (Linux), for the processes the bench does not run itself:
 * the PostgreSQL server, whose backends do part of every update's work. Children that already exited
 * are counted through their parent's cutime/cstime; elsewhere than Linux the figure is unavailable.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux the bench runs on). */
const TICKS_PER_SECOND = 100;

interface Stat {
  readonly ppid: number;
  /** utime + stime, and cutime + cstime (reaped children), in ticks. */
  readonly own: number;
  readonly reaped: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i - 3]);
    return { ppid: n(4), own: n(14) + n(15), reaped: n(16) + n(17) };
  } catch {
    return null;
  }
}

function allPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

/** The pid of the PostgreSQL server listening on `port` (started with `-p <port>`), or null. */
export function findPostgresServer(port: number): number | null {
  for (const pid of allPids()) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (!/postgres$/.test(args[0] ?? '')) continue;
      const p = args.indexOf('-p');
      if (p >= 0 && args[p + 1] === String(port)) return pid;
    } catch {
      // The process ended while the list was read.
    }
  }
  return null;
}

/** CPU milliseconds used so far by `root` and all its descendants, living or reaped; null when unknown. */
export function processTreeCpuMs(root: number): number | null {
  const stats = new Map<number, Stat>();
  for (const pid of allPids()) {
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  const rootStat = stats.get(root);
  if (!rootStat) return null;
  let ticks = rootStat.own + rootStat.reaped;
  const inTree = new Set([root]);
  // Parents have lower pids than their children except after pid wrap-around: repeat until stable.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (inTree.has(pid) || !inTree.has(stat.ppid)) continue;
      inTree.add(pid);
      ticks += stat.own + stat.reaped;
      grew = true;
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The pids of the kernel's memory monitor threads (DAMON's kdamond); none where it does not run. */
export function kdamondPids(): number[] {
  return allPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('kdamond');
    } catch {
      return false;
    }
  });
}

/**
 * CPU milliseconds used so far by kdamond, which on some virtual machines samples all memory every
 * half second and takes a core while it does; null when none runs.
 */
export function kdamondCpuMs(): number | null {
  const stats = kdamondPids().flatMap((pid) => readStat(pid) ?? []);
  return stats.length === 0 ? null : (stats.reduce((sum, stat) => sum + stat.own, 0) * 1000) / TICKS_PER_SECOND;
}
