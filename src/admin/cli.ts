/**
 * Administrator command line: `npm run -s admin -- <command> ...` (see `help`); the compiled build
 * runs the same as `node dist/main.js admin <command> ...`. See admin-command.ts.
 */
import { runAdminCommand } from './admin-command.js';

process.exit(await runAdminCommand(process.argv.slice(2)));
