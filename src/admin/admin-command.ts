/**
 * The administrator command line on the environment's store: `npm run -s admin -- <command> …`
 * (src/admin/cli.ts) and `node dist/main.js admin <command> …` (src/main.ts, as the image runs it).
 * A composition root of its own: the environment's store → command → exit code. Like the chat, it
 * migrates a fresh database and stores the built-in reference data and the default calendar on first
 * use (prepare-store.ts), so `invite --unit …` and `schedules` work at once.
 */

import { openStore } from '../adapters/db/open-store.js';
import { ConfigError } from '../config.js';
import { defaultDataDir } from '../import/seed.js';
import { systemClock } from '../ports/clock.js';
import { prepareAdminStore } from './prepare-store.js';
import { runAdmin } from './run-admin.js';

/** Runs the administrator command `argv` (the words after `admin`); resolves with the exit code. */
export function runAdminCommand(argv: readonly string[]): Promise<number> {
  return runAdmin(argv, {
    openStore: async () => prepareAdminStore(await openStore(), defaultDataDir()),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    isKnownError: (error) => error instanceof ConfigError,
    clock: systemClock,
  });
}
