/**
 * The administrator command line as a function: arguments in, exit code out (0 done, 1 failed,
 * 2 usage). The store is opened only after the arguments are known to be good, and always closed.
 */

import { InvariantError } from '../core/errors.js';
import { describeError } from '../describe-error.js';
import { ImportError } from '../import/csv.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import { type AdminContext, COMMANDS, STANDALONE_COMMANDS, type StandaloneCommand, type StuckCommandDeps, USAGE, UsageError } from './commands/index.js';

/** What the command line needs from its surroundings. */
export interface AdminDeps {
  openStore(): Promise<{ readonly store: Store; close(): Promise<void> }>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** The stuck-reminder commands' threshold and queue; absent: those two commands fail with a plain message. */
  stuckReminders?(): StuckCommandDeps;
  /** The time the commands record (audit events, an import's date). */
  readonly clock: Clock;
  /** Commands that need no store beyond the built-in ones (the composition root adds `doctor`). */
  readonly standalone?: Readonly<Record<string, StandaloneCommand>>;
  /** Errors whose message is fit to show as is (configuration errors, say); others get a prefix. */
  isKnownError?(error: unknown): boolean;
}

/** The pieces only some commands need, from the command line's surroundings. */
function contextOf(deps: AdminDeps): AdminContext {
  return {
    clock: deps.clock,
    stuckReminders: () => {
      if (!deps.stuckReminders) throw new InvariantError('reminders --stuck and --resend-stuck are not available here');
      return deps.stuckReminders();
    },
  };
}

/** Runs `argv` (the words after the script name) and returns the exit code. */
export async function runAdmin(argv: readonly string[], deps: AdminDeps): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    deps.stdout(USAGE);
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  // A standalone command (doctor) reaches what it needs itself, and decides its own exit code.
  const standalones = { ...STANDALONE_COMMANDS, ...deps.standalone };
  const standalone = name !== undefined && Object.hasOwn(standalones, name) ? standalones[name] : undefined;
  try {
    if (standalone) {
      standalone.checkArgs(args);
      return await standalone.run(args, deps.stdout, deps.clock);
    }
    if (!command) throw new UsageError(name === undefined ? 'No command given.' : `Unknown command "${name}".`);
    command.checkArgs(args);
    const opened = await deps.openStore();
    try {
      await command.run(opened.store, args, deps.stdout, contextOf(deps));
    } finally {
      await opened.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      deps.stderr(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    const known = error instanceof ImportError || deps.isKnownError?.(error) === true;
    const message = describeError(error);
    deps.stderr(known ? message : `admin command failed: ${message}`);
    return 1;
  }
}
