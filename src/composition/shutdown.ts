/**
 * Ending the process on time, whatever hangs. SIGINT/SIGTERM stop the service gracefully, and a hard
 * deadline (an unref'd timer) exits anyway when a step never finishes (a database close that never
 * resolves). A timer cannot fire while the event loop itself is stuck, as it is when the embedded
 * database's WebAssembly spins: then signals are not handled either. So a watchdog thread watches the
 * main thread's heartbeat and, when it has not beaten for the stall limit, writes one fatal line and
 * kills the process (SIGKILL: the only thing a stuck thread cannot ignore), for the supervisor to
 * restart it. The data folder's lock left behind is taken over on the next start (data-dir-lock.ts).
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';

/** How long shutdown may take before the process exits anyway. */
export const SHUTDOWN_LIMIT_MS = 10_000;

/**
 * How long the main thread may be stuck before the watchdog kills the process: the shutdown limit, so
 * that a SIGTERM to a stuck process still ends it within about that long. Nothing in the service blocks
 * the event loop for seconds when healthy (a webhook would time out long before).
 */
export const STALL_LIMIT_MS = SHUTDOWN_LIMIT_MS;

/** The exit code of a shutdown that passed its limit. */
export const SHUTDOWN_TIMEOUT_EXIT_CODE = 1;

export interface SignalOptions {
  /** Default SHUTDOWN_LIMIT_MS. */
  readonly limitMs?: number;
  /** Default STALL_LIMIT_MS; 0: no watchdog. */
  readonly stallMs?: number;
}

/** Stops on SIGINT/SIGTERM within the limit, and starts the watchdog for a stuck event loop. */
export function stopOnSignals(stop: () => Promise<void>, log: Logger, options: SignalOptions = {}): void {
  const limitMs = options.limitMs ?? SHUTDOWN_LIMIT_MS;
  const stallMs = options.stallMs ?? STALL_LIMIT_MS;
  if (stallMs > 0) startWatchdog(stallMs);
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ msg: 'stopping', signal });
    const timer = setTimeout(() => {
      log.error({ msg: 'shutdown took too long; exiting', limitMs });
      process.exit(SHUTDOWN_TIMEOUT_EXIT_CODE);
    }, limitMs);
    timer.unref();
    void stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/** The watchdog thread's code (evaluated as CommonJS in its own thread, so no file to find). */
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const beats = new Int32Array(workerData.shared);
let last = Atomics.load(beats, 0);
let since = Date.now();
setInterval(() => {
  const now = Date.now();
  const seen = Atomics.load(beats, 0);
  if (seen !== last) { last = seen; since = now; return; }
  if (now - since < workerData.stallMs) return;
  const line = { level: 60, time: now, pid: process.pid, msg: 'event loop stuck; killing the process so that the supervisor restarts it', stuckMs: now - since };
  try { writeSync(2, JSON.stringify(line) + '\\n'); } catch {}
  process.kill(process.pid, 'SIGKILL');
}, workerData.tickMs);
`;

/**
 * Starts the watchdog: the main thread beats every `stallMs / 10` ms; the thread kills the process once
 * no beat came for `stallMs`. Neither keeps the process alive. Returns a function that stops both.
 */
export function startWatchdog(stallMs: number): () => Promise<void> {
  const tickMs = Math.max(50, Math.floor(stallMs / 10));
  const shared = new SharedArrayBuffer(4);
  const beats = new Int32Array(shared);
  const heart = setInterval(() => Atomics.add(beats, 0, 1), tickMs);
  heart.unref();
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { shared, stallMs, tickMs } });
  worker.unref();
  return async () => {
    clearInterval(heart);
    await worker.terminate();
  };
}
