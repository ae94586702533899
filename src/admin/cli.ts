/**
 * Administrator command line: `npm run -s admin -- <command> ...`. A composition root of its own:
 * configuration → store → command. Exit codes: 0 done, 1 failed, 2 usage.
 */
import { ConfigError, createConfig } from '../config.js';
import { openStore } from '../adapters/db/open-store.js';
import { ImportError } from '../import/csv.js';
import { COMMANDS, USAGE, UsageError } from './commands.js';

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n${USAGE}\n`);
    return 2;
  }
  const opened = await openStore(createConfig(process.env));
  try {
    await command(opened.store, args, (line) => process.stdout.write(`${line}\n`));
    return 0;
  } finally {
    await opened.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    const known = error instanceof ImportError || error instanceof ConfigError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${known ? '' : 'admin command failed: '}${message}\n`);
    process.exit(1);
  },
);
