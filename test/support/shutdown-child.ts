/**
 * A process that stops badly, for the shutdown tests: `node --import tsx shutdown-child.ts
 * hang-close|stuck-loop <limitMs>`. It installs stopOnSignals with a shutdown and stall limit of
 * `limitMs` and prints "ready". In `hang-close` its stop (as a database close that never resolves)
 * never finishes; in `stuck-loop` its event loop spins for ever right after "ready" (as PGlite's
 * WebAssembly did after a crash), so no signal handler can run.
 */

import { stopOnSignals } from '../../src/composition/shutdown.js';
import { createLogger } from '../../src/logger.js';

const [mode, limit] = process.argv.slice(2);
const limitMs = Number(limit);
if ((mode !== 'hang-close' && mode !== 'stuck-loop') || !(limitMs > 0)) {
  process.stderr.write('usage: shutdown-child.ts hang-close|stuck-loop <limitMs>\n');
  process.exit(2);
}
const log = createLogger('info', false);
stopOnSignals(() => new Promise<void>(() => undefined), log, { limitMs, stallMs: limitMs });
// Keeps the process alive, as the HTTP server does.
setInterval(() => undefined, 60_000);
process.stdout.write('ready\n');
if (mode === 'stuck-loop') {
  setTimeout(() => {
    for (;;) {
      // spins, as a crashed engine did
    }
  }, 50);
}
