/**
 * `npx tsx bench/webhook-only.ts [pglite] [postgres]`: only the webhook end-to-end part of `npm run
 * bench` (on the databases named, else both), for iterating on it without the minutes of
 * name-resolution and answer benches. The databases are filled as the full bench fills them;
 * PostgreSQL is BENCH_DATABASE_URL (an empty database), or a throwaway cluster started here.
 * BENCH_CHILD_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the bots' processes;
 * BENCH_SERVICE_LOG_LEVEL=warn shows the service's own log on stderr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/db/open-database.js';
import { createPrismaStore } from '../src/adapters/db/prisma-store.js';
import { type BenchPostgres, benchPostgres } from './bench-postgres.js';
import { fillDatabase } from './fill-database.js';
import { QUESTIONS } from './questions.js';
import { benchWebhooks } from './webhook.js';

async function fill(options: { dataDir: string; databaseUrl?: string }): Promise<void> {
  const db = await openDatabase(options);
  try {
    await fillDatabase(createPrismaStore(db));
  } finally {
    await db.close();
  }
}

function databasesFromArgs(): ('pglite' | 'postgres')[] {
  const named = process.argv.slice(2);
  const unknown = named.filter((n) => n !== 'pglite' && n !== 'postgres');
  if (unknown.length > 0) throw new Error(`unknown database: ${unknown.join(', ')} (pglite or postgres)`);
  return named.length > 0 ? (named as ('pglite' | 'postgres')[]) : ['pglite', 'postgres'];
}

async function main(): Promise<void> {
  const databases = databasesFromArgs();
  const dataDir = mkdtempSync(join(tmpdir(), 'baophu-bench-'));
  let server: BenchPostgres | null = null;
  try {
    if (databases.includes('pglite')) await fill({ dataDir });
    let url: string | undefined;
    if (databases.includes('postgres')) {
      server = await benchPostgres();
      url = server.url;
      await fill({ dataDir, databaseUrl: url });
    }
    const lines = await benchWebhooks({ questions: QUESTIONS, dataDir, ...(url ? { databaseUrl: url } : {}), databases });
    process.stdout.write(`baophu webhook bench: ${cpus().length} cores, Node ${process.version}\n${lines.join('\n')}\n`);
  } finally {
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
