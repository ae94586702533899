/**
 * Administrator command line: `npm run -s admin -- <command> ...` (see `help`). A composition root
 * of its own: the environment's store → command → exit code.
 */
import { ConfigError } from '../config.js';
import { openStore } from '../adapters/db/open-store.js';
import { runAdmin } from './run-admin.js';

const code = await runAdmin(process.argv.slice(2), {
  openStore: () => openStore(),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  isKnownError: (error) => error instanceof ConfigError,
});
process.exit(code);
