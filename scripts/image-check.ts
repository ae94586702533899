/**
 * What the Docker image would run, checked without a Docker engine (`bash scripts/image-check.sh`
 * runs this with tsx). It reads the Dockerfile and carries out each of its stages in a clean temporary
 * folder standing for that stage's file system: COPY (from the build context, which .dockerignore must
 * let through, or --from an earlier stage), RUN (npm exactly as written; mkdir and chown), ENV, WORKDIR
 * and USER (run as root, the commands after USER run as an unprivileged user that owns only what the
 * Dockerfile gives it). So the build stage installs every dependency, generates the Prisma client and
 * compiles dist/ from the sources alone, and the runtime stage installs the production dependencies
 * and copies what it takes. From the runtime stage's folder, with the image's ENTRYPOINT:
 *
 * - the CMD (the service) on loopback against a throwaway PostgreSQL and Redis (as the tests start
 *   them, test/setup) and a fake Telegram Bot API in webhook mode: /healthz, /readyz, the image's
 *   HEALTHCHECK command, one Telegram webhook update answered, then SIGTERM stops it with exit code 0;
 * - `worker`, until the HEALTHCHECK passes on its port, then SIGTERM;
 * - `chat` with one line on stdin, on the embedded database in the image's data volume;
 * - `admin help`, and `admin invites` on that database.
 *
 * It also checks that the production dependencies hold no Prisma CLI, Studio, tsx or TypeScript. Any
 * failure: what failed, the command's output, exit code 1. IMAGE_CHECK_KEEP=1 keeps the temporary
 * folder. It runs on this machine's Node and npm, not the image's.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { type FakeTelegramApi, startFakeTelegramApi, textUpdate } from '../test/fakes/fake-telegram-api.js';
import { freePort } from '../test/setup/free-port.js';
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from '../test/setup/throwaway-postgres.js';
import { findRedisServer, startThrowawayRedis, type ThrowawayRedis } from '../test/setup/throwaway-redis.js';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = '7000000001:AAF-image_check-token-abcdef';
const WEBHOOK_SECRET = 'image-check-webhook-secret';
const PUBLIC_URL = 'https://bot.example.org';
/** What the production dependencies must not hold. */
const DEV_ONLY = ['prisma', '@prisma/studio-core', '@prisma/engines', 'tsx', 'typescript', 'vitest', 'esbuild'];

class CheckFailed extends Error {}

const say = (line: string) => process.stdout.write(`image-check: ${line}\n`);
const fail = (what: string, output = ''): never => {
  throw new CheckFailed(output.trim() === '' ? what : `${what}\n--- output ---\n${output.trim().split('\n').slice(-40).join('\n')}\n--------------`);
};

// ---------------------------------------------------------------------------------------------
// The Dockerfile

interface Instruction {
  readonly keyword: string;
  readonly args: string;
  readonly line: number;
}

interface Stage {
  readonly name: string;
  readonly instructions: Instruction[];
}

/** The Dockerfile's stages, continuation lines joined, comments dropped. */
function readStages(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = '';
  let startLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) return;
    if (pending === '') startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      return;
    }
    const whole = (pending + line).trim();
    pending = '';
    const keyword = whole.split(/\s+/)[0] ?? '';
    const args = whole.slice(keyword.length).trim();
    const instruction = { keyword: keyword.toUpperCase(), args, line: startLine };
    if (instruction.keyword === 'FROM') {
      const name = /\bAS\s+(\S+)$/i.exec(args)?.[1] ?? String(stages.length);
      stages.push({ name, instructions: [] });
    } else if (stages.length > 0) {
      stages.at(-1)?.instructions.push(instruction);
    } else if (instruction.keyword !== 'ARG') {
      fail(`Dockerfile line ${startLine}: ${instruction.keyword} before the first FROM`);
    }
  });
  return stages;
}

/** A JSON-array (exec form) argument, as ENTRYPOINT, CMD and HEALTHCHECK CMD take it. */
function execForm(args: string, where: string): string[] {
  try {
    const parsed: unknown = JSON.parse(args);
    if (Array.isArray(parsed) && parsed.every((part) => typeof part === 'string')) return parsed;
  } catch {
    // Reported below.
  }
  return fail(`${where}: use the exec form (a JSON array of strings), got ${args}`);
}

/** `K=V K2=V2` (or the old `K V`) into pairs. */
function envPairs(args: string): [string, string][] {
  const unquote = (value: string) => value.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
  if (!/^\S+=/.test(args)) {
    const [key = '', ...value] = args.split(/\s+/);
    return [[key, unquote(value.join(' '))]];
  }
  return args.split(/\s+/).map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), unquote(pair.slice(at + 1))];
  });
}

/**
 * Whether .dockerignore lets a path of the build context (relative to the repository) through, as
 * Docker reads it: each rule in order, the last that matches the path or a folder above it decides;
 * `*` stays within one path segment, `**` spans any number, a leading `!` lets through again.
 */
function buildContextFilter(): (path: string) => boolean {
  const file = join(ROOT, '.dockerignore');
  if (!existsSync(file)) return () => true;
  const rules = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((line) => {
      const allow = line.startsWith('!');
      const pattern = (allow ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
      const source = pattern
        .split('/')
        .map((part) =>
          part === '**'
            ? '.*'
            : part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
        )
        .join('/');
      return { allow, regex: new RegExp(`^${source.replace(/\.\*\//g, '(?:.*/)?')}$`) };
    });
  return (path) => {
    const parts = path.split('/');
    const candidates = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
    let included = true;
    for (const rule of rules) if (candidates.some((candidate) => rule.regex.test(candidate))) included = rule.allow;
    return included;
  };
}

// ---------------------------------------------------------------------------------------------
// Carrying out the stages

/** A stage carried out: what the runtime stage's image would hold and run. */
interface Runtime {
  /** The folder standing for the stage's root file system. */
  readonly rootfs: string;
  /** The image's WORKDIR, inside rootfs. */
  readonly workdir: string;
  /** The image's environment (container paths moved into rootfs), on a bare PATH. */
  readonly env: Record<string, string>;
  /** Who runs the image's commands: an unprivileged user when we are root, else ourselves. */
  readonly user: { readonly name: string; readonly uid?: number; readonly gid?: number };
  readonly entrypoint: string[];
  readonly cmd: string[];
  readonly healthcheck: string[] | undefined;
  readonly exposed: number[];
  readonly volumes: string[];
}

const asRoot = process.getuid?.() === 0;

/** The host user standing for the Dockerfile's USER: the same name when it exists, else nobody. */
function hostUser(name: string): { name: string; uid: number; gid: number } {
  const id = (flag: string, who: string) => Number(execFileSync('id', [flag, who], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  for (const candidate of [name, 'nobody']) {
    try {
      return { name: candidate, uid: id('-u', candidate), gid: id('-g', candidate) };
    } catch {
      // Not on this machine.
    }
  }
  return fail(`no user "${name}" or "nobody" on this machine to run the image's commands as`);
}

/**
 * Carries out `stage` in `rootfs` (a folder standing for its file system); `earlier` are the stages
 * carried out before it, which COPY --from reads.
 */
function carryOut(stage: Stage, rootfs: string, earlier: ReadonlyMap<string, Runtime>): Runtime {
  const inContext = buildContextFilter();
  const env: Record<string, string> = {};
  let workdir = '/';
  let user: Runtime['user'] = { name: process.env.USER ?? 'root' };
  let entrypoint: string[] = [];
  let cmd: string[] = [];
  let healthcheck: string[] | undefined;
  const exposed: number[] = [];
  const volumes: string[] = [];
  const inRootfs = (path: string) => join(rootfs, path);
  const resolveIn = (path: string) => (isAbsolute(path) ? inRootfs(path) : join(inRootfs(workdir), path));
  // Paths the commands see: container paths in the environment move into rootfs.
  const hostEnv = () => ({
    ...Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value.startsWith('/') ? inRootfs(value) : value])),
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
  });

  mkdirSync(rootfs, { recursive: true, mode: 0o755 });
  for (const { keyword, args, line } of stage.instructions) {
    const where = `Dockerfile line ${line} (${keyword})`;
    switch (keyword) {
      case 'ARG':
      case 'LABEL':
        break;
      case 'WORKDIR':
        workdir = isAbsolute(args) ? args : join(workdir, args);
        mkdirSync(inRootfs(workdir), { recursive: true });
        break;
      case 'ENV':
        for (const [key, value] of envPairs(args)) env[key] = value;
        break;
      case 'COPY': {
        const words = args.split(/\s+/);
        const flags = words.filter((w) => w.startsWith('--'));
        const paths = words.filter((w) => !w.startsWith('--'));
        const destination = paths.pop();
        if (destination === undefined || paths.length === 0) fail(`${where}: COPY needs a source and a destination`);
        const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
        const unknown = flags.filter((f) => !f.startsWith('--from='));
        if (unknown.length > 0) fail(`${where}: image-check does not reproduce ${unknown.join(' ')}; teach scripts/image-check.ts`);
        const target = resolveIn(destination as string);
        for (const source of paths) {
          let hostSource: string;
          if (from !== undefined) {
            const built = earlier.get(from);
            if (!built) return fail(`${where}: no earlier stage "${from}"`);
            hostSource = join(built.rootfs, source);
          } else {
            if (!inContext(source)) fail(`${where}: .dockerignore keeps ${source} out of the build context; allow it with "!${source}"`);
            hostSource = join(ROOT, source);
          }
          if (!existsSync(hostSource)) fail(`${where}: ${source} does not exist`);
          // As COPY does: a folder's contents into the destination; a file into it when it names a folder.
          const intoFolder = (destination as string).endsWith('/') || paths.length > 1;
          const into = !statSync(hostSource).isDirectory() && intoFolder ? join(target, basename(source)) : target;
          mkdirSync(dirname(into), { recursive: true });
          // What .dockerignore keeps out of the build context is not there to copy.
          cpSync(hostSource, into, { recursive: true, filter: (file) => from !== undefined || inContext(relative(ROOT, file)) });
        }
        break;
      }
      case 'RUN':
        for (const command of args.split('&&').map((c) => c.trim())) runCommand(command, where);
        break;
      case 'USER':
        user = asRoot ? hostUser(args) : { name: process.env.USER ?? 'me' };
        break;
      case 'VOLUME':
        for (const volume of execForm(args.startsWith('[') ? args : JSON.stringify(args.split(/\s+/)), where)) volumes.push(volume);
        break;
      case 'EXPOSE':
        for (const port of args.split(/\s+/)) exposed.push(Number(port.replace(/\/tcp$/, '')));
        break;
      case 'HEALTHCHECK': {
        const at = args.indexOf('CMD ');
        if (at < 0) fail(`${where}: expected HEALTHCHECK [options] CMD [...]`);
        healthcheck = execForm(args.slice(at + 4).trim(), where);
        break;
      }
      case 'ENTRYPOINT':
        entrypoint = execForm(args, where);
        break;
      case 'CMD':
        cmd = execForm(args, where);
        break;
      default:
        fail(`${where}: image-check does not reproduce ${keyword}; teach scripts/image-check.ts`);
    }
  }
  return { rootfs, workdir: inRootfs(workdir), env: hostEnv(), user, entrypoint, cmd, healthcheck, exposed, volumes };

  /** One command of a RUN line: npm as written (in the WORKDIR, with the stage's environment), mkdir, chown. */
  function runCommand(command: string, where: string): void {
    if (/["'`$;|<>]/.test(command)) fail(`${where}: image-check runs simple commands only, not: ${command}`);
    const [tool, ...words] = command.split(/\s+/);
    if (tool === 'npm' && words[0] === 'cache') {
      say(`  ${stage.name}: skipped "${command}" (it would clean this machine's npm cache; in the image it only empties a layer)`);
      return;
    }
    if (tool === 'npm') {
      say(`  ${stage.name}: ${command}`);
      try {
        // The host's HOME, so that npm uses this machine's cache of the locked packages.
        execFileSync('npm', words, { cwd: inRootfs(workdir), env: { ...hostEnv(), HOME: process.env.HOME ?? '/root' }, stdio: 'pipe', encoding: 'utf8' });
      } catch (error) {
        const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
        fail(`${where}: "${command}" failed`, `${stdout}\n${stderr}`);
      }
      return;
    }
    const paths = words.filter((w) => !w.startsWith('-'));
    if (tool === 'mkdir') {
      for (const path of paths) mkdirSync(resolveIn(path), { recursive: true });
      return;
    }
    if (tool === 'chown' && paths.length >= 2) {
      const [owner = '', ...targets] = paths;
      const standIn = asRoot ? hostUser(owner.split(':')[0] ?? owner) : undefined;
      for (const path of targets) if (standIn) chownSync(resolveIn(path), standIn.uid, standIn.gid);
      return;
    }
    fail(`${where}: image-check does not reproduce "${command}"; teach scripts/image-check.ts`);
  }
}

// ---------------------------------------------------------------------------------------------
// Running the image's commands

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `argv` as the image would (its user, WORKDIR and environment, plus `extraEnv`). */
function launch(
  image: Runtime,
  argv: readonly string[],
  extraEnv: Record<string, string>,
): ChildProcess & { finished: Promise<Finished>; output: () => string } {
  const [command, ...args] = argv;
  if (command === undefined) return fail('nothing to run: the Dockerfile has no ENTRYPOINT or CMD');
  const child = spawn(command, args, {
    cwd: image.workdir,
    env: { ...image.env, ...extraEnv },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(image.user.uid === undefined ? {} : { uid: image.user.uid, gid: image.user.gid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.on('error', () => undefined);
  const finished = new Promise<Finished>((done) => {
    child.once('error', (error) => done({ code: null, signal: null, stdout, stderr: `${stderr}\n${error.message}` }));
    child.once('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
  return Object.assign(child, { finished, output: () => `${stdout}\n${stderr}` });
}

/** Runs `argv` to its end with `input` on stdin; fails after `limitMs`. */
async function run(image: Runtime, argv: readonly string[], extraEnv: Record<string, string>, input: string, limitMs: number): Promise<Finished> {
  const child = launch(image, argv, extraEnv);
  child.stdin?.end(input);
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const result = await child.finished;
  clearTimeout(timer);
  if (result.signal === 'SIGKILL') fail(`"${argv.join(' ')}" did not finish within ${limitMs / 1000} s`, `${result.stdout}\n${result.stderr}`);
  return result;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Launched = ReturnType<typeof launch>;

/** Runs the health check until it passes (the process must keep running meanwhile), for up to 120 s. */
async function waitUntilHealthy(image: Runtime, healthcheck: readonly string[], env: Record<string, string>, child: Launched, what: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) fail(`${what} exited at start (code ${child.exitCode})`, child.output());
    const result = await run(image, healthcheck, env, '', 15_000);
    if (result.code === 0) return;
    if (Date.now() - started > 120_000) fail(`${what}: the HEALTHCHECK still fails after 120 s: ${result.stderr.trim()}`, child.output());
    await sleep(500);
  }
}

/** Sends SIGTERM and expects exit code 0 within 20 s. */
async function stopWithSigterm(child: Launched, what: string): Promise<void> {
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const stopped = await child.finished;
  clearTimeout(timer);
  if (stopped.code !== 0) fail(`${what} did not stop cleanly on SIGTERM (code ${stopped.code}, signal ${stopped.signal})`, child.output());
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: text };
  }
}

// ---------------------------------------------------------------------------------------------
// The checks

async function main(): Promise<void> {
  const temp = mkdtempSync(join(tmpdir(), 'baophu-image-check-'));
  const stops: Array<() => unknown> = [];
  try {
    chmodSync(temp, 0o755);
    const stages = readStages(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
    if (stages.length < 2) fail('the Dockerfile should have a build stage and a runtime stage');
    say(`carrying out the Dockerfile's stages (${stages.map((s) => s.name).join(', ')}) in ${temp}`);
    const done = new Map<string, Runtime>();
    for (const stage of stages) done.set(stage.name, carryOut(stage, join(temp, stage.name), done));
    const image = done.get(stages.at(-1)?.name ?? '') as Runtime;
    const rootfs = image.rootfs;
    const argv = [...image.entrypoint, ...image.cmd];
    say(`  runs ${JSON.stringify(argv)} as ${image.user.name}${asRoot ? " (standing for the image's USER)" : ''} in /${relative(rootfs, image.workdir)}`);
    if (image.user.name === 'root') fail('the image runs as root: add a USER');

    const modules = join(image.workdir, 'node_modules');
    const present = DEV_ONLY.filter((name) => existsSync(join(modules, name)));
    if (present.length > 0) fail(`development packages in the production dependencies: ${present.join(', ')}`);
    say(`ok  no ${DEV_ONLY.join(', ')} in node_modules (${execFileSync('du', ['-sh', modules], { encoding: 'utf8' }).split('\t')[0]})`);

    const dataDir = image.env.DATA_DIR;
    if (dataDir === undefined) return fail('the image sets no DATA_DIR');
    if (!image.volumes.some((volume) => join(rootfs, volume) === dataDir)) fail(`DATA_DIR (${relative(rootfs, dataDir)}) is not a VOLUME`);
    if (image.user.uid !== undefined && statSync(dataDir).uid !== image.user.uid)
      fail(`the data volume does not belong to the image's user (${image.user.name})`);
    const imagePort = Number(image.env.PORT ?? 3000);
    if (!image.exposed.includes(imagePort)) fail(`EXPOSE ${image.exposed.join(' ')} does not include the service's port ${imagePort}`);
    say(`ok  data volume /${relative(rootfs, dataDir)} owned by ${image.user.name}; port ${imagePort} exposed`);

    // The service, as `docker run` with -e would configure it, on loopback.
    const postgresBin = findPostgresBin();
    const redisServer = findRedisServer();
    if (!postgresBin || !redisServer) {
      fail('PostgreSQL and redis-server are needed (bash scripts/test.sh installs them, or apt-get install postgresql redis-server)');
    }
    const postgres: ThrowawayPostgres = await startThrowawayPostgres(postgresBin as string);
    stops.push(() => postgres.stop());
    const redis: ThrowawayRedis = await startThrowawayRedis(redisServer as string);
    stops.push(() => redis.stop());
    const telegram: FakeTelegramApi = await startFakeTelegramApi(TOKEN);
    stops.push(() => telegram.close());
    say('ok  throwaway PostgreSQL, Redis and a fake Telegram Bot API on 127.0.0.1');

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const serviceEnv = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'info',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      PUBLIC_URL: PUBLIC_URL,
    };
    const service = launch(image, argv, serviceEnv);
    let serviceDone = false;
    void service.finished.then(() => (serviceDone = true));
    stops.push(async () => {
      if (!serviceDone) {
        service.kill('SIGKILL');
        await service.finished;
      }
    });
    const started = Date.now();
    for (;;) {
      if (serviceDone) fail(`the service exited at start (code ${(await service.finished).code})`, service.output());
      if (Date.now() - started > 120_000) fail('the service did not answer /healthz within 120 s', service.output());
      const health = await getJson(`${base}/healthz`).catch(() => undefined);
      if (health?.status === 200) break;
      await sleep(250);
    }
    say(`ok  service started (${((Date.now() - started) / 1000).toFixed(1)} s); /healthz 200`);

    const ready = await getJson(`${base}/readyz`);
    const checks = (ready.body as { checks?: Record<string, boolean> }).checks ?? {};
    if (ready.status !== 200 || checks.database !== true || checks.redis !== true) {
      fail(`/readyz answered ${ready.status} ${JSON.stringify(ready.body)}`, service.output());
    }
    say(`ok  /readyz 200 ${JSON.stringify(checks)}`);

    if (!image.healthcheck) return fail('the Dockerfile has no HEALTHCHECK');
    const health = await run(image, image.healthcheck, serviceEnv, '', 15_000);
    if (health.code !== 0) fail(`the HEALTHCHECK command exited ${health.code}`, `${health.stdout}\n${health.stderr}`);
    say('ok  the HEALTHCHECK command passes');

    const hook = telegram.calls('setWebhook').at(-1)?.params.url;
    if (hook !== `${PUBLIC_URL}/webhooks/telegram`) fail(`setWebhook was called with ${String(hook)}`, service.output());
    const post = (secret: string, body: unknown) =>
      fetch(`${base}/webhooks/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    const chatId = 424_242;
    const update = textUpdate({ chatId, userId: chatId, text: 'coverage for Vinh city', languageCode: 'en' });
    const refused = await post('not-the-secret-at-all', update);
    if (refused.status !== 401) fail(`a webhook call with a wrong secret answered ${refused.status}, not 401`);
    const delivered = await post(WEBHOOK_SECRET, update);
    if (delivered.status !== 200) fail(`the webhook answered ${delivered.status}`, service.output());
    const sent = await telegram.waitForCalls('sendMessage', 1, 20_000).catch(() => fail('no reply reached the Telegram API', service.output()));
    const reply = sent.find((call) => Number(call.params.chat_id) === chatId);
    if (!reply || typeof reply.params.text !== 'string' || reply.params.text.trim() === '') fail('the reply went elsewhere or was empty', service.output());
    say(`ok  webhook: setWebhook ${hook}; wrong secret 401; an update answered 200 and replied: "${String(reply?.params.text).split('\n')[0]}"`);

    await stopWithSigterm(service, 'the service');
    say('ok  SIGTERM stops the service with exit code 0');

    // The worker alone (`docker run … worker`), watched by the same HEALTHCHECK on its own port.
    const workerPort = await freePort();
    const worker = launch(image, [...image.entrypoint, 'worker'], { ...serviceEnv, PORT: String(await freePort()), WORKER_HTTP_PORT: String(workerPort) });
    stops.push(() => worker.exitCode === null && worker.signalCode === null && worker.kill('SIGKILL'));
    await waitUntilHealthy(image, [...image.healthcheck, 'worker'], { ...serviceEnv, WORKER_HTTP_PORT: String(workerPort) }, worker, 'the worker');
    await stopWithSigterm(worker, 'the worker');
    say('ok  worker: the HEALTHCHECK passes on its port; SIGTERM stops it with exit code 0');

    // The console chat and the administrator command line, one `docker run … chat|admin` away, on the
    // embedded database in the data volume (no DATABASE_URL).
    const chat = await run(image, [...image.entrypoint, 'chat'], {}, 'coverage for Vinh city\nbiểu đồ bhxh Bắc Kạn\n', 180_000);
    if (chat.code !== 0 || !/Vinh/.test(chat.stdout)) fail(`chat exited ${chat.code} without an answer about Vinh`, `${chat.stdout}\n${chat.stderr}`);
    say(`ok  chat on the embedded database in /${relative(rootfs, dataDir)}: "${chat.stdout.trim().split('\n')[0]}"`);
    // A chart: the native renderer and the packaged font are in the image (the console writes the PNG under DATA_DIR/files).
    if (!/📎 \S+\.png/.test(chat.stdout)) fail('chat drew no chart for "biểu đồ bhxh Bắc Kạn"', `${chat.stdout}\n${chat.stderr}`);
    say('ok  chat draws a chart (resvg and the font are in the image)');

    const help = await run(image, [...image.entrypoint, 'admin', 'help'], {}, '', 60_000);
    if (help.code !== 0 || !help.stdout.includes('invite')) fail(`admin help exited ${help.code}`, `${help.stdout}\n${help.stderr}`);
    const invites = await run(image, [...image.entrypoint, 'admin', 'invites'], {}, '', 120_000);
    if (invites.code !== 0) fail(`admin invites exited ${invites.code}`, `${invites.stdout}\n${invites.stderr}`);
    say('ok  admin help; admin invites on the same database');
    say('passed');
  } finally {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        say(`clean-up: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (process.env.IMAGE_CHECK_KEEP === '1') say(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`image-check FAILED: ${error instanceof CheckFailed ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}
