/**
 * Administrator command line: `npm run -s admin -- <command> ...` (see `help`). A composition root
 * of its own: the environment's store → command → exit code. Like the chat, it migrates a fresh
 * database and stores the built-in reference data and the default calendar on first use
 * (prepare-store.ts), so `invite --unit …` and `schedules` work at once.
 */
import { ConfigError } from '../config.js';
import { openStore } from '../adapters/db/open-store.js';
import { defaultDataDir } from '../import/seed.js';
import { prepareAdminStore } from './prepare-store.js';
import { runAdmin } from './run-admin.js';

const code = await runAdmin(process.argv.slice(2), {
  openStore: async () => prepareAdminStore(await openStore(), defaultDataDir()),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  isKnownError: (error) => error instanceof ConfigError,
});
process.exit(code);
