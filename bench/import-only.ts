/**
 * `npx tsx bench/import-only.ts`: the import lines of `npm run bench` alone, on PGlite and on
 * PostgreSQL (BENCH_DATABASE_URL, or a throwaway cluster started here), over the national units.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchPostgres, benchPostgres } from './bench-postgres.js';
import { benchImportBackends } from './import-backends.js';

const dataDir = mkdtempSync(join(tmpdir(), 'baophu-bench-import-'));
let server: BenchPostgres | null = null;
try {
  server = await benchPostgres();
  const lines = await benchImportBackends(dataDir, server.url);
  process.stdout.write(`${cpus().length} cores, Node ${process.version}\n${lines.join('\n')}\n`);
} finally {
  server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
