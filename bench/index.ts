/**
 * `npm run bench`: prints latency figures over the full national unit set (about 14,000 units of
 * both structures, read from the repository's data/admin-units):
 * name resolution p50/p99 and whole-answer p50/p99 (parse, resolve, fetch, compose) on PGlite and on
 * PostgreSQL (BENCH_DATABASE_URL, or a throwaway cluster started here), with the machine's core count;
 * chart rendering p50/p99 (spec, SVG and PNG with the packaged font);
 * then webhook end-to-end latency of the service on both databases against a minimal grammY bot;
 * last, import throughput of a 10,000-row workbook on both databases (median and spread of 5 runs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type Database, openDatabase } from '../src/adapters/db/open-database.js';
import { createPrismaStore } from '../src/adapters/db/prisma-store.js';
import { fixedClock } from '../src/adapters/memory/fixed-clock.js';
import { createMessageHandler, LOCAL_ADMIN_ID } from '../src/app/handle-message.js';
import { loadUnitDirectory } from '../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../src/core/calendar/index.js';
import { type BenchPostgres, benchPostgres } from './bench-postgres.js';
import { benchCharts, chartLine } from './chart-render.js';
import { benchFanout } from './fanout.js';
import { fillDatabase, UNITS_DIR } from './fill-database.js';
import { benchImportBackends } from './import-backends.js';
import { percentiles } from './percentiles.js';
import { QUESTIONS } from './questions.js';
import { benchResolvePlace } from './resolve-place.js';
import { benchSubmission } from './submission.js';
import { benchWebhooks } from './webhook.js';

const RESOLVE_ITERATIONS = 200;
const ANSWER_ITERATIONS = 30;
const SUBMISSION_ITERATIONS = 300;

async function benchBackend(name: string, db: Database): Promise<string[]> {
  const store = createPrismaStore(db);
  const filled = await fillDatabase(store);
  const t1 = performance.now();
  const directory = await loadUnitDirectory(store);
  const indexMs = performance.now() - t1;
  const index = directory.current();
  // Resolution as a question meets it: the whole message parsed, its place extracted.
  const resolveTimes = benchResolvePlace(index, QUESTIONS, RESOLVE_ITERATIONS);

  const handler = createMessageHandler({
    store,
    units: directory.current,
    clock: fixedClock('2026-11-25T03:00:00Z'),
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
  });
  // Time real answers only: a registration hint or an error reply would flatter the figures.
  const probe = await handler.handle({ channel: 'console', chatId: 'bench', userId: LOCAL_ADMIN_ID, text: 'bhxh tinh bac kan 9 thang 2021' });
  if (!probe.text.includes('15,54%')) throw new Error(`bench: the answer path does not answer: ${probe.text.slice(0, 200)}`);
  const answerTimes: number[] = [];
  for (let i = 0; i < ANSWER_ITERATIONS; i += 1) {
    for (const text of QUESTIONS) {
      const start = performance.now();
      // As the console's local administrator: an unregistered speaker would only get the registration hint.
      await handler.handle({ channel: 'console', chatId: 'bench', userId: LOCAL_ADMIN_ID, text });
      answerTimes.push(performance.now() - start);
    }
  }
  const answers = percentiles(answerTimes);
  const commune = index.units.find((u) => u.structure === 'post2025' && u.level === 'commune');
  if (!commune) throw new Error('no post-2025 commune to submit for');
  const submissions = await benchSubmission(store, handler, commune, new Date('2026-11-25T03:00:00Z'), SUBMISSION_ITERATIONS);
  return [
    `${name}: ${filled.units} units, ${filled.successions} lineage pairs imported in ${(filled.importMs / 1000).toFixed(1)} s; index built in ${indexMs.toFixed(0)} ms`,
    `${name}: name resolution p50 ${resolveTimes.p50Ms.toFixed(3)} ms, p99 ${resolveTimes.p99Ms.toFixed(3)} ms (goal p99 <= 1 ms; ${resolveTimes.samples} samples)`,
    `${name}: whole answer    p50 ${answers.p50.toFixed(2)} ms, p99 ${answers.p99.toFixed(2)} ms (goal p99 <= 20 ms; ${answerTimes.length} samples)`,
    `${name}: submission      p50 ${submissions.p50Ms.toFixed(2)} ms, p99 ${submissions.p99Ms.toFixed(2)} ms (goal p99 <= 30 ms on PostgreSQL; ${submissions.samples} samples)`,
  ];
}

async function main(): Promise<void> {
  const lines = [`baophu bench: ${cpus().length} cores, Node ${process.version}, units from ${UNITS_DIR}`];
  // Charts need no database: spec, SVG and PNG in this process.
  lines.push(chartLine(await benchCharts()));
  const dataDir = mkdtempSync(join(tmpdir(), 'baophu-bench-'));
  let server: BenchPostgres | null = null;
  try {
    const pglite = await openDatabase({ dataDir });
    try {
      lines.push(...(await benchBackend('PGlite    ', pglite)));
    } finally {
      await pglite.close();
    }
    server = await benchPostgres();
    const url = server.url;
    const postgres = await openDatabase({ databaseUrl: url, dataDir });
    try {
      lines.push(...(await benchBackend('PostgreSQL', postgres)));
    } finally {
      await postgres.close();
    }
    // The same two databases, now behind the real service's webhook (the cluster is still up).
    lines.push(...(await benchWebhooks({ questions: QUESTIONS, dataDir, databaseUrl: url })));
    lines.push(...(await benchFanout({ databaseUrl: url, dataDir, redisUrl: process.env.BENCH_REDIS_URL })));
    // Last: a 10,000-row workbook imported five times leaves 50,000 versions behind.
    lines.push(...(await benchImportBackends(dataDir, url)));
  } finally {
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
