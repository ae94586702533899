// Generates the Prisma client offline. Generation needs no schema engine, but the CLI insists that
// one exists: pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops it from downloading one.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  CHECKPOINT_DISABLE: '1',
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
};
const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
