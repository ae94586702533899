/**
 * One process per embedded database, as a deployer meets it: the service runs on PGlite in a child
 * process, and the admin CLI run beside it on the same DATA_DIR is refused with the holder named and
 * what to do, exits 1 and changes nothing; once the service stopped, the same CLI works. (Before the
 * lock, an invite made this way vanished when the service stopped.)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/adapters/db/data-dir-lock.js';
import { freePort } from '../setup/free-port.js';

const ROOT = resolve(import.meta.dirname, '../..');

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of both processes: PGlite in `dataDir`, no Redis, no channels. */
function environment(dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    REDIS_URL: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: '',
    TELEGRAM_BOT_TOKEN: '',
    ZALO_BOT_TOKEN: '',
    LOG_LEVEL: 'info',
  };
}

/** Runs the admin CLI from source, as `npm run -s admin -- <args>` does. */
function admin(env: NodeJS.ProcessEnv, args: readonly string[]): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/admin/cli.ts', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const dirs: string[] = [];
const children: { kill(signal: NodeJS.Signals): boolean; exitCode: number | null }[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the admin CLI beside the service on one embedded database', () => {
  it('is refused while the service runs, changing nothing, and works once it stopped', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'baophu-lock-int-'));
    dirs.push(dataDir);
    const env = environment(dataDir, await freePort());

    const service = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(service);
    let log = '';
    service.stdout.on('data', (d: Buffer) => (log += d.toString('utf8')));
    service.stderr.on('data', (d: Buffer) => (log += d.toString('utf8')));
    const exited = new Promise<number | null>((done) => service.on('exit', (code) => done(code)));
    for (let i = 0; i < 480 && !log.includes('"baophu started"') && service.exitCode === null; i++) await new Promise((r) => setTimeout(r, 250));
    expect(log).toContain('"baophu started"');
    const lockBefore = await readFile(join(dataDir, LOCK_FILE), 'utf8');
    expect(JSON.parse(lockBefore)).toMatchObject({ pid: service.pid, command: 'src/main.ts start' });
    const filesBefore = (await readdir(dataDir)).sort();

    const refused = await admin(env, ['invite', '--unit', 'Gia Lai', '--role', 'official']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      `the embedded database in ${dataDir} is in use by another process: pid ${service.pid} on this machine, ` +
        `running "src/main.ts start", since ${(JSON.parse(lockBefore) as { startedAt: string }).startedAt}.`,
    );
    expect(refused.stderr).toContain('nothing was changed');
    expect(refused.stderr).toContain('Stop the service first');
    expect(refused.stderr).toContain('use PostgreSQL with DATABASE_URL, which many processes may share');
    expect(await readFile(join(dataDir, LOCK_FILE), 'utf8')).toBe(lockBefore);
    expect((await readdir(dataDir)).sort()).toEqual(filesBefore);

    service.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await readdir(dataDir)).not.toContain(LOCK_FILE);

    // The refused invite left nothing behind; now the same command works, and its invite stays.
    const none = await admin(env, ['invites']);
    expect(none).toMatchObject({ code: 0, stdout: 'no usable invites\n' });
    const invited = await admin(env, ['invite', '--unit', 'Gia Lai', '--role', 'official']);
    expect(invited.code).toBe(0);
    const code = invited.stdout.trim().split('\n').at(-1) as string;
    const listed = await admin(env, ['invites']);
    expect(listed.code).toBe(0);
    // The code is shown once, at creation; the listing shows its id and last two characters.
    expect(listed.stdout).toContain(`…${code.slice(-2)}`);
    expect(listed.stdout).not.toContain(code);
    expect(await readdir(dataDir)).not.toContain(LOCK_FILE);
  }, 180_000);
});
