/**
 * The project's console chat as a child process, started the way a person starts it (`npm run -s
 * chat` in the project's root) on a database of its own: an embedded one in `dataDir`, whatever
 * DATABASE_URL the caller's environment holds.
 */
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { rawEnvironment } from '../config.js';
import { within } from '../time-limit.js';
import type { ChatStreams } from './conversation.js';

/** A running console chat: its streams, the end of its stderr, and a way to stop it. */
export interface ChatProcess extends ChatStreams {
  readonly input: Writable;
  readonly output: Readable;
  /** The last few kilobytes the chat wrote to stderr (start-up failures, warnings). */
  stderrTail(): string;
  /**
   * Ends the chat's input, which ends the chat; after `graceMs` without an exit, kills its whole
   * process group (npm, the shell, node). Resolves with the exit code, or null when it was killed.
   */
  stop(graceMs?: number): Promise<number | null>;
}

const STDERR_KEPT = 4_000;

/** Starts `npm run -s chat` in `root` with DATA_DIR set to `dataDir` and DATABASE_URL unset. */
export function startChatProcess(options: { readonly root: string; readonly dataDir: string; readonly env?: NodeJS.ProcessEnv }): ChatProcess {
  const env: NodeJS.ProcessEnv = { ...(options.env ?? rawEnvironment()), DATA_DIR: options.dataDir };
  delete env.DATABASE_URL;
  // A group of its own, so that stopping it reaches node below npm and the shell.
  const child = spawn('npm', ['run', '-s', 'chat'], { cwd: options.root, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  const keep = (text: string) => {
    stderr = (stderr + text).slice(-STDERR_KEPT);
  };
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', keep);
  child.on('error', (error) => keep(`\n${error.message}\n`));
  child.stdin.on('error', () => undefined);
  // 'close' rather than 'exit': it comes once stderr has been read to its end.
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });

  return {
    input: child.stdin,
    output: child.stdout,
    stderrTail: () => stderr.trim(),
    async stop(graceMs = 20_000) {
      child.stdin.end();
      const code = await within(exited, graceMs, 'late' as const);
      if (code !== 'late') return code;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      await within(exited, 5_000, null);
      return null;
    },
  };
}
