/** The shape of an administrator command. */
import type { Clock } from '../../ports/clock.js';
import type { Store } from '../../ports/store.js';

/** Where a command writes its human-readable lines. */
export type Out = (line: string) => void;

/** A command that works on a store. */
export interface AdminCommand {
  /** Validates the arguments (throwing UsageError) before the CLI opens the store. */
  checkArgs(args: readonly string[]): void;
  /** Runs the command; throws an error whose message is fit to show when it fails. `clock` dates what it records. */
  run(store: Store, args: readonly string[], out: Out, clock: Clock): Promise<void>;
}

/** A command that opens no store through the CLI (it reaches what it needs itself) and returns its exit code. */
export interface StandaloneCommand {
  /** Validates the arguments (throwing UsageError). */
  checkArgs(args: readonly string[]): void;
  /** Runs the command; resolves with the exit code. */
  run(args: readonly string[], out: Out, clock: Clock): Promise<number>;
}
