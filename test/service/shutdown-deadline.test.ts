/**
 * SIGTERM ends the process within the shutdown limit whatever hangs: a stop that
 * never resolves (a database close that hangs) meets the hard deadline, and an event loop stuck for
 * good (PGlite's WebAssembly spinning after a crash, when no signal handler can run) meets the
 * watchdog thread, which kills the process with one fatal line.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIMIT_MS = 1_500;

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly afterMs: number;
  readonly output: string;
}

/** Starts the child, sends SIGTERM once it is ready, and reports how and when it ended. */
async function terminate(mode: 'hang-close' | 'stuck-loop'): Promise<Ended> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/shutdown-child.ts', mode, String(LIMIT_MS)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  for (let i = 0; i < 200 && !output.includes('ready'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(output).toContain('ready');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const sentAt = Date.now();
  child.kill('SIGTERM');
  const guard = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS * 6);
  const { code, signal } = await exited;
  clearTimeout(guard);
  return { code, signal, afterMs: Date.now() - sentAt, output };
}

describe('SIGTERM and the shutdown limit', () => {
  it('exits non-zero at the limit when stopping never finishes', async () => {
    const ended = await terminate('hang-close');
    expect(ended.output).toContain('"msg":"stopping","signal":"SIGTERM"');
    expect(ended.output).toContain('shutdown took too long; exiting');
    expect(ended.code).toBe(1);
    expect(ended.afterMs).toBeGreaterThanOrEqual(LIMIT_MS - 100);
    expect(ended.afterMs).toBeLessThan(LIMIT_MS + 1_500);
  }, 30_000);

  it('is killed by the watchdog, with one fatal line, when the event loop is stuck', async () => {
    const ended = await terminate('stuck-loop');
    // The handler never ran: the loop was stuck before the signal came.
    expect(ended.output).not.toContain('"msg":"stopping"');
    expect(ended.output).toContain('"level":60');
    expect(ended.output).toContain('event loop stuck; killing the process');
    expect(ended.signal).toBe('SIGKILL');
    expect(ended.afterMs).toBeLessThan(LIMIT_MS + 1_500);
  }, 30_000);
});
