/**
 * Redis, when REDIS_URL is set: it answers PING, and its eviction policy is noeviction (any other
 * policy lets Redis drop queued reminders and BullMQ's own keys when memory runs out).
 */
import { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import { within } from '../../time-limit.js';
import { networkProblem, redact, withoutCredentials } from './network-problem.js';
import { type CheckLine, failed, off, passed } from './report.js';

const PIECE = 'Redis';

/** The Redis line. */
export async function checkRedis(config: Config, timeoutMs: number): Promise<CheckLine> {
  const url = config.redisUrl;
  if (url === undefined) return off(PIECE, 'not configured (REDIS_URL is empty): no deadline reminders are sent.');
  const where = withoutCredentials(url);
  const secrets = passwordsOf(url);
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectionName: 'baophu-doctor',
  });
  // The connection's own error (ECONNREFUSED, WRONGPASS …): connect() itself only says "Connection is closed".
  let connectionError: unknown;
  redis.on('error', (error: unknown) => {
    connectionError ??= error;
  });
  try {
    const late = Symbol('late');
    const connected = await within(
      redis.connect().then(() => true),
      timeoutMs,
      late,
    );
    if (connected === late) return failed(PIECE, `no answer from ${where} within ${timeoutMs / 1000} s: check that Redis runs and REDIS_URL.`);
    const pong = await redis.ping();
    if (pong !== 'PONG') return failed(PIECE, `${where} answered PING with "${pong}" instead of PONG.`);
    const info = readInfo(await redis.info());
    const version = info.get('redis_version');
    const policy = info.get('maxmemory_policy') ?? (await configGet(redis, 'maxmemory-policy'));
    const what = `${where} answers${version ? ` (Redis ${version})` : ''}`;
    if (policy === undefined) return passed(PIECE, `${what}; its maxmemory-policy could not be read: make sure it is noeviction.`);
    if (policy !== 'noeviction') {
      return failed(
        PIECE,
        `${what}, but its maxmemory-policy is ${policy}: when memory runs short Redis would drop queued reminders. ` +
          'Set maxmemory-policy noeviction (redis.conf, or --maxmemory-policy noeviction as the compose file does).',
      );
    }
    return passed(PIECE, `${what}; maxmemory-policy noeviction`);
  } catch (error) {
    return failed(PIECE, `${where}: ${redact(redisProblem(connectionError ?? error), secrets)}`);
  } finally {
    redis.disconnect();
  }
}

function redisProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/^(WRONGPASS|NOAUTH)/.test(message) || /invalid username-password|without any password configured/i.test(message)) {
    return 'refused the user name or password: correct REDIS_URL (redis://:password@host:6379).';
  }
  if (/timed? ?out/i.test(message)) return 'no answer in time: check that Redis runs and REDIS_URL.';
  if (/^(LOADING|MASTERDOWN)/.test(message)) return `is not ready yet (${message.split(' ')[0]}): wait a moment and run doctor again.`;
  if (/^[A-Z]+ /.test(message)) return `answered with an error: ${message}`;
  return `${networkProblem(error)}: check that Redis runs and the host and port in REDIS_URL.`;
}

/** INFO's "key:value" lines. */
function readInfo(text: string): Map<string, string> {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.split(':'))
    .filter((parts) => parts.length >= 2);
  return new Map(entries.map(([key, ...value]) => [String(key), value.join(':').trim()]));
}

/** CONFIG GET, which a managed Redis may refuse; undefined then. */
async function configGet(redis: Redis, name: string): Promise<string | undefined> {
  try {
    const answer = (await redis.config('GET', name)) as unknown;
    return Array.isArray(answer) && typeof answer[1] === 'string' ? answer[1] : undefined;
  } catch {
    return undefined;
  }
}

function passwordsOf(url: string): string[] {
  try {
    const parsed = new URL(url);
    return [parsed.password, parsed.username].filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return [];
  }
}
