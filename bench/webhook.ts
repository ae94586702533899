/**
 * Webhook end to end: an update POSTed to the real service's Telegram webhook until the fake Telegram
 * API (127.0.0.1) records the answer's sendMessage, at 200 updates/s offered open-loop, for the
 * service on each database and for a minimal grammY bot answering a constant text, whose p99 is the
 * yardstick (goal: ours at most twice its p99).
 *
 * Both bots run in child processes of their own, as in production, each against a fresh fake API;
 * the load generator and the fake share this process, so both ends of a measurement read one clock.
 * On each database both bots are up together and measured in alternating 10-s slices, three each,
 * so that both meet the same machine conditions (other work on a shared machine comes and goes);
 * each bot's slices are pooled (6,000 updates) before its p50 and p99 are taken.
 */
import { loadavg } from 'node:os';
import { type FakeTelegramApi, startFakeTelegramApi } from '../test/fakes/fake-telegram-api.js';
import { freePort } from '../test/setup/free-port.js';
import { type BenchChild, startBenchChild } from './child-process.js';
import { type CpuSources, meterCpu, poolCpu } from './cpu-meter.js';
import { stallsBeside } from './machine-stalls.js';
import { findPostgresServer, kdamondCpuMs, processTreeCpuMs } from './process-cpu.js';
import type { ProbeReport } from './stall-probe-child.js';
import { assertFiguresChecked, checkMinimalReply, checkServiceReply } from './webhook-checks.js';
import { type LoadTarget, type PlannedUpdate, poolLoads, runWebhookLoad } from './webhook-load.js';
import { registerOfficials } from './webhook-officials.js';
import { chatIds, planTraffic } from './webhook-plan.js';
import {
  CPU_RATIO_GOAL,
  describeCpuRatio,
  describeMachine,
  describeRatio,
  describeRun,
  describeService,
  type MachineFigures,
  type Measured,
  type ServiceFigures,
} from './webhook-report.js';

const INTERVAL_MS = 5;
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Below this share of the offered rate, a bot is said not to sustain it: over the 10 s run, 0.99
 * means a backlog of at most 0.1 s at the end.
 */
const SUSTAINED = 0.99;
const SECRET = 'bench-webhook-secret-0123456789';
/** 400 officials × 4 questions + 400 strangers × 1 = 2,000 updates, 10 s at 200/s. */
const OFFICIALS = chatIds(710_000_001, 400);
const STRANGERS = chatIds(720_000_001, 400);
const ROUNDS = 4;
/**
 * Warm-up (not measured): other chats, 1,000 updates (5 s), so that both bots run optimised code and
 * the service's connection pool has grown to what the rate needs, as in a service that has been up.
 */
const WARM_OFFICIALS = chatIds(730_000_001, 400);
const WARM_STRANGERS = chatIds(740_000_001, 200);
const WARM_ROUNDS = 2;
/** Measured slices per bot; the minimal bot's and ours alternate. */
const SLICES = 3;
/** A 1-ms timer in the idle probe process late by more than this is a stall: the probe could not get a core. */
const STALL_THRESHOLD_MS = 4;

/** Where the service's database is. */
export interface WebhookBenchOptions {
  readonly questions: readonly string[];
  /** Folder of the filled PGlite database. */
  readonly dataDir: string;
  /** The filled PostgreSQL database; needed when the databases include PostgreSQL. */
  readonly databaseUrl?: string;
  /** The databases to run the service on (both unless told). */
  readonly databases?: readonly ('pglite' | 'postgres')[];
}

function plans(questions: readonly string[]): { warm: PlannedUpdate[]; measured: PlannedUpdate[] } {
  return {
    warm: planTraffic({ officials: WARM_OFFICIALS, strangers: WARM_STRANGERS, rounds: WARM_ROUNDS, questions }),
    measured: planTraffic({ officials: OFFICIALS, strangers: STRANGERS, rounds: ROUNDS, questions }),
  };
}

/** A bot running in its own process against its own fake API: where to send, what to meter. */
interface RunningBot {
  readonly target: LoadTarget;
  readonly sources: CpuSources;
  stop(): Promise<void>;
}

const limits = (intervalMs: number) => ({ intervalMs, requestTimeoutMs: REQUEST_TIMEOUT_MS });

/** One measured slice: the plan at `intervalMs` between updates, with the CPU it cost. */
async function measureSlice(bot: RunningBot, plan: readonly PlannedUpdate[], intervalMs: number): Promise<Measured> {
  const { result, cpu } = await meterCpu(plan.length, bot.sources, () => runWebhookLoad(bot.target, plan, limits(intervalMs)));
  return { perSecond: 1000 / intervalMs, load: result, cpu };
}

function pool(slices: readonly Measured[]): Measured {
  return { perSecond: slices[0]?.perSecond ?? 0, load: poolLoads(slices.map((m) => m.load)), cpu: poolCpu(slices.map((m) => m.cpu)) };
}

/** The rate to measure an overloaded service at: a round 70% of what it answered per second. */
function sustainableInterval(answeredPerSecond: number): number {
  const rate = Math.max(10, Math.floor((answeredPerSecond * 0.7) / 10) * 10);
  return 1000 / rate;
}

/** Reads the PostgreSQL server's CPU time, when it runs on this machine. */
function databaseCpu(databaseUrl: string | undefined): (() => number | null) | undefined {
  if (!databaseUrl) return undefined;
  const url = new URL(databaseUrl);
  const server = ['127.0.0.1', 'localhost'].includes(url.hostname) ? findPostgresServer(Number(url.port || 5432)) : null;
  return server === null ? undefined : () => processTreeCpuMs(server);
}

/** Starts a bot against a fresh fake API of its own; the fake closes with the bot, or at once when the bot does not start. */
async function onFreshFake(token: string, start: (fake: FakeTelegramApi) => Promise<RunningBot>): Promise<RunningBot> {
  const fake = await startFakeTelegramApi(token);
  try {
    const bot = await start(fake);
    return {
      ...bot,
      stop: async () => {
        await bot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** The real service (store, handler, fastify webhook) on one database, in its own process. */
async function startServiceBot(env: { DATA_DIR: string; DATABASE_URL?: string }): Promise<RunningBot> {
  await registerOfficials({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL }, [...OFFICIALS, ...WARM_OFFICIALS], new Date());
  const token = '7100000001:BENCH_service_webhook_token';
  return onFreshFake(token, async (fake) => {
    const port = await freePort();
    // The whole configuration, as `npm start` would read it from the environment. No REDIS_URL: the
    // reminder worker stays off, as the minimal bot has nothing like it.
    // PUBLIC_URL is only registered at the fake (which calls nothing); the load generator posts to the port.
    const service = await startBenchChild('./service-child.ts', {
      ...env,
      LOG_LEVEL: process.env.BENCH_SERVICE_LOG_LEVEL ?? 'silent',
      PORT: String(port),
      PUBLIC_URL: `https://127.0.0.1:${port}`,
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_MODE: 'webhook',
    });
    return {
      target: { webhookUrl: `http://127.0.0.1:${port}/webhooks/telegram`, secret: SECRET, fake, check: checkServiceReply },
      sources: { bot: () => service.usage(), database: databaseCpu(env.DATABASE_URL) },
      stop: () => service.stop(),
    };
  });
}

/** The minimal grammY bot, in its own process. */
async function startMinimalBot(): Promise<RunningBot> {
  const token = '7200000002:BENCH_minimal_webhook_token';
  return onFreshFake(token, async (fake) => {
    const bot = await startBenchChild<string>('./minimal-bot-child.ts', { token, apiRoot: fake.apiRoot, botInfo: fake.botInfo, secret: SECRET });
    return {
      target: { webhookUrl: bot.ready, secret: SECRET, fake, check: checkMinimalReply },
      sources: { bot: () => bot.usage() },
      stop: () => bot.stop(),
    };
  });
}

/** What one database's pair of bots measured. */
interface PairFigures {
  readonly minimal: Measured;
  readonly service: ServiceFigures;
  /** Our p99 over the minimal bot's, slice by slice. */
  readonly sliceRatios: readonly number[];
  readonly machine: MachineFigures;
}

/** Starts something, hands it to `use`, and stops it whatever happens. */
async function using<T extends { stop(): Promise<void> }, R>(starting: Promise<T>, use: (started: T) => Promise<R>): Promise<R> {
  const started = await starting;
  try {
    return await use(started);
  } finally {
    await started.stop();
  }
}

/** Starts reading kdamond's CPU time; the function returned gives its share of one core since, or null. */
function meterKdamond(): () => number | null {
  const cpuMs = kdamondCpuMs();
  const at = performance.now();
  return () => {
    const now = kdamondCpuMs();
    return now === null || cpuMs === null ? null : (now - cpuMs) / (performance.now() - at);
  };
}

/**
 * Both bots up at once (each idle while the other is measured), warmed up, then measured in
 * alternating slices, so that both meet the same machine conditions; each one's slices are pooled.
 * An idle probe process notes the machine's stalls meanwhile.
 */
function benchPair(questions: readonly string[], env: { DATA_DIR: string; DATABASE_URL?: string }): Promise<PairFigures> {
  return using(startBenchChild('./stall-probe-child.ts', { thresholdMs: STALL_THRESHOLD_MS }), (probe) =>
    using(startMinimalBot(), (minimal) => using(startServiceBot(env), (service) => measurePair(questions, minimal, service, probe))),
  );
}

async function measurePair(questions: readonly string[], minimal: RunningBot, service: RunningBot, probe: BenchChild<unknown>): Promise<PairFigures> {
  const { warm, measured } = plans(questions);
  for (const bot of [minimal, service]) await runWebhookLoad(bot.target, warm, limits(INTERVAL_MS));
  const minimalSlices: Measured[] = [];
  const serviceSlices: Measured[] = [];
  const kdamondShare = meterKdamond();
  for (let slice = 0; slice < SLICES; slice += 1) {
    minimalSlices.push(await measureSlice(minimal, measured, INTERVAL_MS));
    serviceSlices.push(await measureSlice(service, measured, INTERVAL_MS));
  }
  const probed = (await probe.report<ProbeReport>()) ?? { stalls: [], kdamondRuns: [] };
  const machine: MachineFigures = {
    minimal: stallsBeside(
      probed,
      minimalSlices.map((s) => s.load.spans),
    ),
    service: stallsBeside(
      probed,
      serviceSlices.map((s) => s.load.spans),
    ),
    kdamondShare: kdamondShare(),
  };
  const offered = pool(serviceSlices);
  const sustained = offered.load.achievedPerSecond >= SUSTAINED * offered.perSecond;
  return {
    minimal: pool(minimalSlices),
    service: sustained ? { offered } : { offered, sustainable: await measureSlice(service, measured, sustainableInterval(offered.load.achievedPerSecond)) },
    sliceRatios: serviceSlices.map((s, i) => s.load.all.p99 / (minimalSlices[i]?.load.all.p99 ?? Number.NaN)),
    machine,
  };
}

/** Runs the minimal bot and the service, in pairs, on each database; returns the lines to print. */
export async function benchWebhooks(options: WebhookBenchOptions): Promise<string[]> {
  assertFiguresChecked(plans(options.questions).measured);
  const lines = [
    `webhook e2e (update POSTed -> sendMessage at the fake API): ${1000 / INTERVAL_MS} updates/s offered open-loop, ${OFFICIALS.length} registered officials × ${ROUNDS} questions + ${STRANGERS.length} unregistered × 1 per slice, private chats, all on 127.0.0.1; load generator and fake API in one process, each bot in its own; per database both bots warmed up, then ${SLICES} slices of each, alternating, figures pooled; load average ${(loadavg()[0] ?? 0).toFixed(1)} before the runs`,
  ];
  const ratios: string[] = [];
  const cpuRatios: string[] = [];
  for (const database of options.databases ?? ['pglite', 'postgres']) {
    const name = database === 'pglite' ? 'PGlite' : 'PostgreSQL';
    if (database === 'postgres' && !options.databaseUrl) throw new Error('webhook bench: no PostgreSQL database given');
    const pair = await benchPair(options.questions, {
      DATA_DIR: options.dataDir,
      ...(database === 'postgres' ? { DATABASE_URL: options.databaseUrl } : {}),
    });
    lines.push(...describeRun(`minimal grammY (beside ${name})`, pair.minimal), ...describeService(`ours on ${name}`, pair.service));
    lines.push(describeMachine(name, pair.machine, STALL_THRESHOLD_MS));
    ratios.push(describeRatio(name, pair.service, pair.minimal, pair.sliceRatios));
    cpuRatios.push(describeCpuRatio(name, pair.service, pair.minimal));
  }
  return [
    ...lines,
    `webhook p99 ours / minimal grammY at ${1000 / INTERVAL_MS} updates/s: ${ratios.join(', ')} (goal <= 2)`,
    `webhook CPU per update ours / minimal grammY, same run: ${cpuRatios.join(', ')} (goal <= ${CPU_RATIO_GOAL})`,
  ];
}
