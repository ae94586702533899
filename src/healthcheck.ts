/**
 * The image's HEALTHCHECK (`node dist/healthcheck.js [command]`): GET /healthz of what the container
 * runs, found from its first process (/proc/1/cmdline, `node dist/main.js <command>`) unless named:
 * the service (`start`) on PORT (default 3000), the worker on WORKER_HTTP_PORT (default 3001; 0 means
 * no HTTP server, so nothing to check). The chat and the admin command line have nothing to check.
 * Exit code 0 healthy, 1 not. It imports only the environment's reader (not the configuration's
 * validator), so it starts in milliseconds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Environment, processEnvironment } from './environment.js';

type Env = Environment;

/** The command of `node …/main.js <command> …` in a NUL-separated command line; `start` by default, as the image's CMD. */
export function commandOf(cmdline: string): string | undefined {
  const words = cmdline.split('\0');
  const main = words.findIndex((word) => /(^|\/)main\.[jt]s$/.test(word));
  if (main < 0) return undefined;
  return words[main + 1] || 'start';
}

/** The URL to probe for `command`, or undefined when it serves no HTTP. */
export function healthzUrl(command: string, env: Env): string | undefined {
  const set = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const port = command === 'start' ? (set('PORT') ?? '3000') : command === 'worker' ? (set('WORKER_HTTP_PORT') ?? '3001') : '0';
  if (Number(port) === 0) return undefined;
  const host = set('HOST') ?? '0.0.0.0';
  const address = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${address}:${port}/healthz`;
}

function pid1Command(): string | undefined {
  try {
    return commandOf(readFileSync('/proc/1/cmdline', 'utf8'));
  } catch {
    return undefined;
  }
}

async function check(): Promise<number> {
  const url = healthzUrl(process.argv[2] ?? pid1Command() ?? 'start', processEnvironment());
  if (url === undefined) return 0;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(4_000) });
    if (response.ok) return 0;
    process.stderr.write(`${url}: ${response.status}\n`);
  } catch (error) {
    process.stderr.write(`${url}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await check());
