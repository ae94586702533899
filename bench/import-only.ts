/**
 * `npx tsx bench/import-only.ts`: the import lines of `npm run bench` alone, on PGlite and on
 * PostgreSQL (BENCH_DATABASE_URL, or a throwaway cluster started here), over the national units.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../src/adapters/db/open-database.js';
import { createPrismaStore } from '../src/adapters/db/prisma-store.js';
import { loadUnitDirectory } from '../src/app/unit-directory.js';
import { type BenchPostgres, benchPostgres } from './bench-postgres.js';
import { fillDatabase } from './fill-database.js';
import { benchImport, importLine } from './spreadsheet-import.js';

async function on(name: string, db: Database): Promise<string> {
  const store = createPrismaStore(db);
  await fillDatabase(store);
  const directory = await loadUnitDirectory(store);
  return importLine(name, await benchImport(store, directory.current()));
}

const dataDir = mkdtempSync(join(tmpdir(), 'baophu-bench-import-'));
const lines = [`${cpus().length} cores, Node ${process.version}`];
let server: BenchPostgres | null = null;
try {
  const pglite = await openDatabase({ dataDir });
  try {
    lines.push(await on('PGlite    ', pglite));
  } finally {
    await pglite.close();
  }
  server = await benchPostgres();
  const postgres = await openDatabase({ databaseUrl: server.url, dataDir });
  try {
    lines.push(await on('PostgreSQL', postgres));
  } finally {
    await postgres.close();
  }
} finally {
  server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.stdout.write(`${lines.join('\n')}\n`);
