// Generates the Prisma client offline. Generation needs no schema engine, but the CLI insists that
// one exists: pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops it from downloading one.
// The CLI is a development dependency: a production install (`npm ci --omit=dev`) has none, and runs
// the build (dist/), which carries the client generated at build time, so there is nothing to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CLI = 'node_modules/prisma/build/index.js';
if (!existsSync(CLI)) {
  process.stderr.write('prisma generate skipped: the Prisma CLI is not installed (a production install); dist/ carries the generated client\n');
  process.exit(0);
}
const env = {
  ...process.env,
  CHECKPOINT_DISABLE: '1',
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
};
const result = spawnSync(process.execPath, [CLI, 'generate'], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
