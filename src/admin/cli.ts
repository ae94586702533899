/**
 * Administrator command line: `npm run -s admin -- <command> ...` (see `help`); the compiled build
 * runs the same as `node dist/main.js admin <command> ...`. The composition root wires it (src/composition/admin.ts).
 */
import { runAdminCommand } from '../composition/admin.js';

process.exit(await runAdminCommand(process.argv.slice(2)));
