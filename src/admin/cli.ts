/**
 * Administrator command line: `npm run -s admin -- <command> ...` (see `help`). A composition root
 * of its own: the environment's store → command → exit code. Like the chat, it migrates a fresh
 * database and imports the built-in reference data on first use, so `invite --unit …` works at once.
 */
import { ConfigError } from '../config.js';
import { openStore } from '../adapters/db/open-store.js';
import { defaultDataDir, ensureReferenceData } from '../import/seed.js';
import { runAdmin } from './run-admin.js';

const code = await runAdmin(process.argv.slice(2), {
  openStore: async () => {
    const opened = await openStore();
    try {
      await ensureReferenceData(opened.store, defaultDataDir());
    } catch (error) {
      await opened.close();
      throw error;
    }
    return opened;
  },
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  isKnownError: (error) => error instanceof ConfigError,
});
process.exit(code);
