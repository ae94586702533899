/** The shape of an administrator command. */

import type { Clock } from '../../ports/clock.js';
import type { ReminderQueue } from '../../ports/reminder-queue.js';
import type { Store } from '../../ports/store.js';

/** Where a command writes its human-readable lines. */
export type Out = (line: string) => void;

/** What the stuck-reminder commands need beyond the store: the threshold, and the queue (resend only). */
export interface StuckCommandDeps {
  /** How old a claim must be to count as stuck, in ms. */
  readonly stuckAfterMs: number;
  /** Opens the reminder queue (Redis); throws a message fit to show when there is none. */
  openQueue(): Promise<{ readonly queue: ReminderQueue; close(): Promise<void> }>;
}

/** What the command line hands a command besides the store: the pieces only some commands need, built on demand. */
export interface AdminContext {
  /** The time the commands record (audit events, an import's date). */
  readonly clock: Clock;
  /** The stuck-reminder commands' threshold and queue (from the configuration). */
  stuckReminders(): StuckCommandDeps;
}

/** A command that works on a store. */
export interface AdminCommand {
  /** Validates the arguments (throwing UsageError) before the CLI opens the store. */
  checkArgs(args: readonly string[]): void;
  /** Runs the command; throws an error whose message is fit to show when it fails. */
  run(store: Store, args: readonly string[], out: Out, context: AdminContext): Promise<void>;
}

/** A command that opens no store through the CLI (it reaches what it needs itself) and returns its exit code. */
export interface StandaloneCommand {
  /** Validates the arguments (throwing UsageError). */
  checkArgs(args: readonly string[]): void;
  /** Runs the command; resolves with the exit code. */
  run(args: readonly string[], out: Out, clock: Clock): Promise<number>;
}
