/**
 * The PostgreSQL the benches measure: BENCH_DATABASE_URL when set, else a throwaway cluster started
 * here (the test set-up's), stopped by `stop()`.
 */
import { findPostgresBin, startThrowawayPostgres } from '../test/setup/throwaway-postgres.js';

export interface BenchPostgres {
  readonly url: string;
  stop(): void;
}

export async function benchPostgres(): Promise<BenchPostgres> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) return { url, stop: () => undefined };
  const bin = findPostgresBin();
  if (!bin) throw new Error('No PostgreSQL server binaries found: install postgresql or set BENCH_DATABASE_URL');
  const server = await startThrowawayPostgres(bin);
  return { url: server.url, stop: () => server.stop() };
}
