// Before `npm start` and `npm run worker`: they run the compiled build (dist/), so say plainly when it
// is missing, and warn when src/ has changed since it was built (`npm run build` makes both right).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY = 'dist/main.js';
if (!existsSync(ENTRY)) {
  process.stderr.write(`${ENTRY} is missing: run \`npm run build\` first (or \`npm run dev\` to run the sources with tsx)\n`);
  process.exit(1);
}

/** The newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (newest('src') > statSync(ENTRY).mtimeMs) {
  process.stderr.write('warning: src/ has changed since dist/ was built; run `npm run build` to run the current code\n');
}
