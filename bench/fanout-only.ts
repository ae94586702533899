/**
 * `npx tsx bench/fanout-only.ts [recipients] [rate]`: only the fan-out part of `npm run bench`
 * (default 10,000 recipients, limiter 1,000 messages a second), on PostgreSQL (BENCH_DATABASE_URL,
 * whose role may create databases, or a throwaway cluster started here) and Redis (BENCH_REDIS_URL,
 * or a throwaway redis-server). Smaller numbers are for iterating on it; the goals are for the defaults.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchPostgres, benchPostgres } from './bench-postgres.js';
import { benchFanout } from './fanout.js';

function positive(arg: string | undefined, name: string): number | undefined {
  if (arg === undefined) return undefined;
  const value = Number(arg);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not ${arg}`);
  return value;
}

async function main(): Promise<void> {
  const recipients = positive(process.argv[2], 'recipients');
  const rate = positive(process.argv[3], 'rate');
  const dataDir = mkdtempSync(join(tmpdir(), 'baophu-bench-'));
  let server: BenchPostgres | null = null;
  try {
    server = await benchPostgres();
    const url = server.url;
    const lines = await benchFanout({
      databaseUrl: url,
      dataDir,
      redisUrl: process.env.BENCH_REDIS_URL,
      ...(recipients === undefined ? {} : { recipients }),
      ...(rate === undefined ? {} : { rate }),
    });
    process.stdout.write(`baophu fan-out bench: ${cpus().length} cores, Node ${process.version}\n${lines.join('\n')}\n`);
  } finally {
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
