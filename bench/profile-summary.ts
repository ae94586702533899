/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile>...`: for each profile of a bench child, how
 * busy its thread was, its self time by package, and its stalls (see cpu-profile.ts). Profiles come
 * from BENCH_CHILD_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npx tsx bench/webhook-only.ts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type CpuProfile, STALL_KINDS, summarizeProfile } from './cpu-profile.js';

/** Our choice: at 200 updates/s one update arrives every 5 ms; a longer hold queues the next ones. */
const STALL_MS = 8;
/** Our choice: the bench children start, migrate and warm their caches in their first seconds. */
const SKIP_MS = 5_000;
const TOP = 8;

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile>...');
  process.exit(2);
}
for (const file of files) {
  const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, { stallMs: STALL_MS, skipMs: SKIP_MS });
  const share = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1)}%`;
  console.log(`${basename(file)}: ${(summary.totalMs / 1000).toFixed(1)} s, thread busy ${share(summary.totalMs * summary.busyShare)}`);
  console.log(
    `  self time: ${summary.byPackage
      .slice(0, TOP)
      .map((p) => `${p.name} ${share(p.ms)}`)
      .join(', ')}`,
  );
  const stalls = STALL_KINDS.map((kind) => {
    const found = summary.stalls[kind];
    return found.length === 0 ? `${kind} none` : `${kind} ${found.length} (longest ${Math.max(...found).toFixed(0)} ms)`;
  });
  console.log(`  stalls over ${STALL_MS} ms after the first ${SKIP_MS / 1000} s: ${stalls.join(', ')}`);
}
