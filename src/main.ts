/**
 * The entry point: reads the command, validates the configuration once and hands over to the
 * composition root (src/composition/). Commands: `chat` (default; console chat, options `--user
 * <id>`), `start` (the service: HTTP server, channels and, with REDIS_URL, the reminder worker),
 * `worker` (the reminder worker alone), `admin <command> …` (the administrator command line, which
 * reads its configuration only when a command needs it). The compiled build runs them as `node
 * dist/main.js <command>`, which is the image's entry point.
 */
import { parseArgs } from 'node:util';
import { runAdminCommand } from './composition/admin.js';
import { runChat } from './composition/console-chat.js';
import { stopOnSignals } from './composition/shutdown.js';
import { startService } from './composition/start-service.js';
import { startWorker } from './composition/start-worker.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { describeError } from './describe-error.js';
import { createLogger } from './logger.js';

const COMMANDS = 'Commands: chat [--user <id>], start, worker, admin <command> … (admin help lists them)';

/** The configuration, or exit 1 with the reason (each bad variable named, no value echoed). */
function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const [command = 'chat', ...rest] = process.argv.slice(2);
  if (command === 'admin') process.exit(await runAdminCommand(rest));
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${COMMANDS}\n`);
    return;
  }
  const config = configOrExit();
  // The console chat owns the terminal: only warnings and errors go to stderr unless asked.
  const log = createLogger(config.logLevel ?? (command === 'chat' ? 'warn' : 'info'));
  switch (command) {
    case 'chat': {
      const { values } = parseArgs({ args: rest, options: { user: { type: 'string' } }, allowPositionals: false });
      return runChat(config, log, { userId: values.user });
    }
    case 'start':
      return stopOnSignals(await startService(config, log), log);
    case 'worker':
      return stopOnSignals(await startWorker(config, log), log);
    default:
      process.stderr.write(`Unknown command "${command}". ${COMMANDS}\n`);
      process.exit(2);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`baophu failed to start: ${describeError(error)}\n`);
  process.exit(1);
});
