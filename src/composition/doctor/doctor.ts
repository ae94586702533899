/**
 * `npm run -s admin -- doctor`: checks what a deployment needs, one line each, and exits 1 when
 * something configured is broken. Optional pieces left out (Redis, a channel) are "not configured",
 * not failures. It reads and asks, and changes nothing: no database is created or migrated, no
 * webhook is set. Nothing it prints carries a secret.
 */
import { DEFAULT_MIGRATIONS_DIR } from '../../adapters/db/open-database.js';
import type { Out, StandaloneCommand } from '../../admin/commands/command.js';
import { UsageError } from '../../admin/commands/usage.js';
import { rawEnvironment } from '../../config.js';
import type { Clock } from '../../ports/clock.js';
import { checkConfig } from './check-config.js';
import { checkDatabase } from './check-database.js';
import { checkRedis } from './check-redis.js';
import { checkTelegram } from './check-telegram.js';
import { checkZalo } from './check-zalo.js';
import { type CheckLine, failed, formatLine, off, summary } from './report.js';

/** How long each network call may take (our choice: 10 s, well past a healthy answer). */
export const DOCTOR_TIMEOUT_MS = 10_000;

/** What a test may replace. */
export interface DoctorOptions {
  readonly timeoutMs?: number;
  readonly migrationsDir?: string;
  /** For the "… minutes ago" of the webhook lines: the clock's time, in ms since the epoch. */
  readonly now: number;
}

/** Runs every check on `env`, writing each line as soon as its turn comes; resolves with the lines. */
export async function runDoctor(env: Readonly<Record<string, string | undefined>>, out: Out, options: DoctorOptions): Promise<CheckLine[]> {
  const timeoutMs = options.timeoutMs ?? DOCTOR_TIMEOUT_MS;
  const lines: CheckLine[] = [];
  const write = (line: CheckLine) => {
    lines.push(line);
    out(formatLine(line));
  };
  const { line, config } = checkConfig(env);
  write(line);
  if (config === undefined) {
    write(off('Other checks', 'not run until the configuration is valid.'));
  } else {
    // The checks run together (each may wait up to its time limit) and are reported in a fixed order.
    const pending = [
      guard('Database', checkDatabase(config, { migrationsDir: options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR, timeoutMs })),
      guard('Redis', checkRedis(config, timeoutMs)),
      guard('Telegram', checkTelegram(config, timeoutMs, options.now)),
      guard('Zalo', checkZalo(config, timeoutMs, options.now)),
    ];
    for (const result of pending) for (const each of await result) write(each);
  }
  out(summary(lines));
  return lines;
}

/** A check that throws (a fault of the doctor itself) is a failed line, not a crash that hides the others. */
async function guard(piece: string, check: Promise<CheckLine | readonly CheckLine[]>): Promise<readonly CheckLine[]> {
  try {
    const found = await check;
    return Array.isArray(found) ? found : [found as CheckLine];
  } catch (error) {
    return [failed(piece, `the check itself failed: ${error instanceof Error ? error.message : String(error)}`)];
  }
}

/** doctor takes no arguments. */
export function doctorArgs(args: readonly string[]): void {
  if (args.length > 0) throw new UsageError('doctor takes no arguments');
}

/** The command: the environment's configuration; exit code 1 when anything configured is broken. */
export async function doctorCommand(_args: readonly string[], out: Out, clock: Clock): Promise<number> {
  const lines = await runDoctor(rawEnvironment(), out, { now: clock.now().getTime() });
  return lines.some((line) => line.status === 'failed') ? 1 : 0;
}

/** The command as the administrator command line runs it. */
export const DOCTOR_COMMAND: StandaloneCommand = { checkArgs: doctorArgs, run: doctorCommand };
