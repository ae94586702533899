/**
 * A process that takes a DATA_DIR lock, for the lock's tests: `node --import tsx
 * lock-holder-child.ts <dir> exit|wait`. It prints "locked" once it holds the lock; then `exit` calls
 * process.exit(0) without releasing it (the exit handler must give it back), and `wait` keeps it until
 * the process is killed (SIGKILL leaves it behind, as a crash would).
 */
import { lockDataDir } from '../../src/adapters/db/data-dir-lock.js';

const [dir, mode] = process.argv.slice(2);
if (dir === undefined || (mode !== 'exit' && mode !== 'wait')) {
  process.stderr.write('usage: lock-holder-child.ts <dir> exit|wait\n');
  process.exit(2);
}
await lockDataDir(dir, { command: `lock-holder-child ${mode}` });
process.stdout.write('locked\n');
if (mode === 'exit') process.exit(0);
setInterval(() => undefined, 60_000);
