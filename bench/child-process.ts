/**
 * Runs a bench target (the service, the minimal bot) in its own Node process, so that its CPU time
 * does not delay the load generator and the fake Telegram API, which stay in the parent and keep one
 * clock for both ends of every measurement. The child is a TypeScript file run through tsx, given
 * one JSON argument; it reports `{ ready: … }` over IPC once it listens, its CPU time and its event
 * loop's busy and idle time when asked `cpu`, what it gathered when asked `report`, and stops when
 * told `stop`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** A running child and how to stop it. */
export interface BenchChild<T> {
  /** What the child reported once ready. */
  readonly ready: T;
  readonly pid: number;
  /** The child's CPU time and event-loop time so far. */
  usage(): Promise<ChildUsage>;
  /** What the child has gathered so far (its `report`), or null when it gathers nothing. */
  report<R>(): Promise<R | null>;
  /** Asks the child to stop cleanly; kills it after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Milliseconds so far: CPU (user + system, all threads), and the main thread's event loop busy and idle. */
export interface ChildUsage {
  readonly cpuMs: number;
  readonly loopBusyMs: number;
  readonly loopIdleMs: number;
}

/** Extra Node flags for the children, e.g. BENCH_CHILD_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
function extraFlags(): string[] {
  return (process.env.BENCH_CHILD_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
}

/** Starts `script` (a path relative to bench/) with `arg`; resolves once it reports ready. */
export function startBenchChild<T>(script: string, arg: unknown): Promise<BenchChild<T>> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [JSON.stringify(arg)], {
    execArgv: ['--import', import.meta.resolve('tsx'), ...extraFlags()],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`bench child ${script} exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('message', (message: { ready?: T; error?: string }) => {
      child.off('exit', onExit);
      if (message.error !== undefined) {
        void exited.then(() => reject(new Error(`bench child ${script}: ${message.error}`)));
        return;
      }
      resolve({
        ready: message.ready as T,
        pid: child.pid as number,
        usage: () => ask<ChildUsage>(child, 'cpu', 'usage'),
        report: <R>() => ask<R | null>(child, 'report', 'report'),
        stop: (graceMs = 15_000) => stopChild(child, exited, graceMs),
      });
    });
  });
}

/** Sends `request` and resolves with the `key` field of the answer that carries it. */
function ask<T>(child: ChildProcess, request: 'cpu' | 'report', key: 'usage' | 'report'): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off('message', onMessage);
      resolve(message[key] as T);
    };
    child.on('message', onMessage);
    child.send(request);
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, graceMs: number): Promise<void> {
  if (child.exitCode !== null) return;
  child.send('stop');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const code = await exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`bench child ${child.pid} exited with ${code}`);
}

/**
 * For the child's side: runs `start` with the JSON argument, reports what it returns (or its
 * failure) to the parent, answers `report` with what the returned `report` gives, and calls the
 * returned `stop` when the parent says so or goes away.
 */
export async function serveAsBenchChild<A, T>(start: (arg: A) => Promise<{ ready: T; stop: () => Promise<void>; report?: () => unknown }>): Promise<void> {
  const send = (message: unknown) => new Promise<void>((resolve) => process.send?.(message, () => resolve()));
  try {
    const { ready, stop, report } = await start(JSON.parse(process.argv[2] ?? 'null') as A);
    let stopping = false;
    const stopOnce = () => {
      if (stopping) return;
      stopping = true;
      void stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('message', (message) => {
      if (message === 'stop') stopOnce();
      if (message === 'cpu') {
        const { user, system } = process.cpuUsage();
        const loop = performance.eventLoopUtilization();
        const usage: ChildUsage = { cpuMs: (user + system) / 1000, loopBusyMs: loop.active, loopIdleMs: loop.idle };
        process.send?.({ usage });
      }
      if (message === 'report') process.send?.({ report: report?.() ?? null });
    });
    process.on('disconnect', stopOnce);
    await send({ ready });
  } catch (error) {
    await send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
}
