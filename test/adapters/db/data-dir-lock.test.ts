/**
 * The DATA_DIR lock (src/adapters/db/data-dir-lock.ts): taken, refused with the holder's details and
 * what to do, stale locks taken over (a dead pid here, an old lock from another host, this pid after a
 * restart, an unreadable file), given back on release and at exit, kept fresh while held; and
 * openDatabase refusing a held folder before PGlite touches it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  currentCommand,
  type DataDirLock,
  DataDirLockedError,
  judgeLock,
  LOCK_ABANDONED_AFTER_MS,
  LOCK_FILE,
  type LockHolder,
  lockDataDir,
  lockedMessage,
  parseHolder,
  processIsAlive,
} from '../../../src/adapters/db/data-dir-lock.js';
import { openDatabase } from '../../../src/adapters/db/open-database.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const HOST = hostname();
const me = { pid: 4242, hostname: 'here', isAlive: (pid: number) => pid === 777, abandonedAfterMs: 120_000 };
const holder = (overrides: Partial<LockHolder> = {}): LockHolder => ({
  pid: 777,
  hostname: 'here',
  command: 'src/main.ts start',
  startedAt: '2026-07-01T01:02:03.000Z',
  ...overrides,
});

describe('judgeLock (pure)', () => {
  it('keeps a lock whose holder runs on this machine, however long ago it was refreshed', () => {
    expect(judgeLock(holder(), 10 * 60_000, me)).toEqual({ stale: false });
  });

  it('takes over a lock whose pid no longer runs on this machine', () => {
    expect(judgeLock(holder({ pid: 778 }), 0, me)).toEqual({ stale: true, reason: 'pid 778 is no longer running' });
  });

  it('takes over a lock naming this very pid: left by an earlier run (a restarted container is pid 1 again)', () => {
    expect(judgeLock(holder({ pid: 4242 }), 0, me)).toMatchObject({ stale: true, reason: expect.stringContaining('earlier run') });
  });

  it('keeps a lock from another host while it is refreshed, takes it over once abandoned', () => {
    expect(judgeLock(holder({ hostname: 'elsewhere' }), 119_000, me)).toEqual({ stale: false });
    expect(judgeLock(holder({ hostname: 'elsewhere' }), 120_000, me)).toEqual({
      stale: true,
      reason: 'it was written on host elsewhere and not refreshed for 120 s',
    });
  });

  it('keeps an unreadable lock file while it is fresh (being written), takes it over once abandoned', () => {
    expect(judgeLock(undefined, 1_000, me)).toEqual({ stale: false });
    expect(judgeLock(undefined, 130_000, me)).toMatchObject({ stale: true });
  });
});

describe('lockedMessage and the lock file (pure)', () => {
  const where = { dataDir: '/srv/baophu/.data', lockPath: '/srv/baophu/.data/baophu.lock' };

  it('names the holder, says nothing changed and what to do', () => {
    const text = lockedMessage(where, holder(), 0, me);
    expect(text).toContain(
      'the embedded database in /srv/baophu/.data is in use by another process: pid 777 on this machine, ' +
        'running "src/main.ts start", since 2026-07-01T01:02:03.000Z.',
    );
    expect(text).toContain('nothing was changed');
    expect(text).toContain('Stop the service first');
    expect(text).toContain('use PostgreSQL with DATABASE_URL, which many processes may share');
    expect(text).toContain('If no such process is running, delete /srv/baophu/.data/baophu.lock');
  });

  it('names the other host and when the lock becomes abandoned', () => {
    const text = lockedMessage(where, holder({ hostname: 'c0ffee' }), 30_000, me);
    expect(text).toContain('pid 777 on host c0ffee, running "src/main.ts start", since 2026-07-01T01:02:03.000Z (last refreshed 30 s ago)');
    expect(text).toContain('counts as abandoned once not refreshed for 120 s');
  });

  it('reads back what it writes, and nothing else', () => {
    expect(parseHolder(JSON.stringify(holder()))).toEqual(holder());
    expect(parseHolder('')).toBeUndefined();
    expect(parseHolder('{"pid":"1"}')).toBeUndefined();
  });

  it('describes the command by the script relative to the working folder', () => {
    expect(currentCommand(['/usr/bin/node', '/srv/app/src/admin/cli.ts', 'invite', '--unit', 'Gia Lai'], '/srv/app')).toBe(
      'src/admin/cli.ts invite --unit Gia Lai',
    );
    expect(currentCommand(['/usr/bin/node', '/opt/other/x.js'], '/srv/app')).toBe('/opt/other/x.js');
  });

  it('tells a running pid from a gone one', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(0)).toBe(false);
    expect(processIsAlive(2 ** 22 + 12345)).toBe(false);
  });
});

describe('lockDataDir', () => {
  let dir: string;
  let lockPath: string;
  const held: DataDirLock[] = [];
  const take = async (options: Parameters<typeof lockDataDir>[1] = {}) => {
    const lock = await lockDataDir(dir, options);
    held.push(lock);
    return lock;
  };
  const writeLock = (h: LockHolder) => writeFile(lockPath, `${JSON.stringify(h)}\n`);
  const refused = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('the lock was taken');
      },
      (error: unknown) => error as DataDirLockedError,
    );

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'baophu-lock-'));
    lockPath = join(dir, LOCK_FILE);
  });

  afterEach(async () => {
    for (const lock of held.splice(0)) await lock.release();
    await rm(dir, { recursive: true, force: true });
  });

  it('takes a free folder, writing who holds it', async () => {
    const before = Date.now();
    const lock = await take({ command: 'src/main.ts start' });
    expect(lock.lockPath).toBe(lockPath);
    const written = JSON.parse(await readFile(lockPath, 'utf8')) as LockHolder;
    expect(written).toEqual({ pid: process.pid, hostname: HOST, command: 'src/main.ts start', startedAt: expect.any(String) });
    expect(Date.parse(written.startedAt)).toBeGreaterThanOrEqual(before - 1);
  });

  it('refuses a folder another live process holds, naming it, and leaves its lock alone', async () => {
    // The test runner's parent process runs on this machine for the whole test.
    await writeLock({ pid: process.ppid, hostname: HOST, command: 'src/main.ts start', startedAt: '2026-07-01T01:02:03.000Z' });
    const before = await readFile(lockPath, 'utf8');
    const error = await refused(take());
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error.holder).toMatchObject({ pid: process.ppid, command: 'src/main.ts start' });
    expect(error.message).toContain(`pid ${process.ppid} on this machine, running "src/main.ts start", since 2026-07-01T01:02:03.000Z`);
    expect(error.message).toContain('DATABASE_URL');
    expect(await readFile(lockPath, 'utf8')).toBe(before);
  });

  it('refuses a second open in the same process', async () => {
    await take({ command: 'first' });
    const error = await refused(take({ command: 'second' }));
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error.message).toContain(`this very process (pid ${process.pid}, "first")`);
  });

  it('takes over a lock whose process is gone, and says so', async () => {
    const told: string[] = [];
    await writeLock({ pid: 2 ** 22 + 12345, hostname: HOST, command: 'src/main.ts start', startedAt: '2026-07-01T01:02:03.000Z' });
    await take({ command: 'src/admin/cli.ts invites', onTakeOver: (message) => told.push(message) });
    expect(told).toEqual([
      `Took over the lock of the embedded database in ${dir} from pid ${2 ** 22 + 12345} on ${HOST} ` +
        `("src/main.ts start", since 2026-07-01T01:02:03.000Z): pid ${2 ** 22 + 12345} is no longer running.`,
    ]);
    expect(parseHolder(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, command: 'src/admin/cli.ts invites' });
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE]);
  });

  it('takes over a lock of another host only once it was not refreshed for the abandon time', async () => {
    await writeLock(holder({ hostname: 'a-recreated-container' }));
    const error = await refused(take({ onTakeOver: () => undefined }));
    expect(error.message).toContain('on host a-recreated-container');
    const old = new Date(Date.now() - LOCK_ABANDONED_AFTER_MS - 5_000);
    await utimes(lockPath, old, old);
    const told: string[] = [];
    await take({ onTakeOver: (message) => told.push(message) });
    expect(told[0]).toMatch(/written on host a-recreated-container and not refreshed for 125 s\.$/);
  });

  it('takes over a lock naming its own pid on this host (a restarted container)', async () => {
    await writeLock({ pid: process.pid, hostname: HOST, command: 'dist/main.js start', startedAt: '2026-07-01T01:02:03.000Z' });
    const told: string[] = [];
    await take({ onTakeOver: (message) => told.push(message) });
    expect(told[0]).toContain('left by an earlier run');
  });

  it('gives the lock back on release, once; a later process takes it', async () => {
    const lock = await take();
    await lock.release();
    await lock.release();
    await expect(stat(lockPath)).rejects.toMatchObject({ code: 'ENOENT' });
    await take();
    expect(parseHolder(await readFile(lockPath, 'utf8'))?.pid).toBe(process.pid);
  });

  it('does not remove a lock that is no longer its own', async () => {
    const lock = await take();
    const other = `${JSON.stringify(holder({ hostname: 'elsewhere' }))}\n`;
    await writeFile(lockPath, other);
    await lock.release();
    expect(await readFile(lockPath, 'utf8')).toBe(other);
  });

  it('keeps the lock file fresh while held', async () => {
    await take({ refreshMs: 20 });
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    for (let i = 0; i < 100 && (await stat(lockPath)).mtimeMs < Date.now() - 30_000; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await stat(lockPath)).mtimeMs).toBeGreaterThan(Date.now() - 30_000);
  });

  /** Runs the lock-holding child in `mode`; resolves once it holds the lock, with the child. */
  function holderChild(mode: 'exit' | 'wait') {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/lock-holder-child.ts', dir, mode], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const locked = new Promise<void>((done, fail) => {
      child.stdout.on('data', () => output.includes('locked') && done());
      void exited.then(() => (output.includes('locked') ? done() : fail(new Error(`the child did not lock: ${output}`))));
    });
    return { child, exited, locked, output: () => output };
  }

  it('is given back when the process exits without releasing it', async () => {
    const run = holderChild('exit');
    await run.locked;
    expect(await run.exited).toBe(0);
    await expect(stat(lockPath)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 30_000);

  it('is left behind by a killed process, and taken over by the next one', async () => {
    const run = holderChild('wait');
    await run.locked;
    const pid = run.child.pid as number;
    const error = await refused(take());
    expect(error.message).toContain(`pid ${pid} on this machine, running "lock-holder-child wait"`);
    run.child.kill('SIGKILL');
    await run.exited;
    const told: string[] = [];
    await take({ onTakeOver: (message) => told.push(message) });
    expect(told).toEqual([expect.stringContaining(`pid ${pid} is no longer running`)]);
  }, 30_000);
});

describe('openDatabase on a held folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'baophu-lock-db-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses before PGlite opens it: the folder holds nothing but the lock', async () => {
    const lock = `${JSON.stringify({ pid: process.ppid, hostname: HOST, command: 'src/main.ts start', startedAt: '2026-07-01T01:02:03.000Z' })}\n`;
    await writeFile(join(dir, LOCK_FILE), lock);
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(lock);
  });

  it('holds the lock while open, refuses a second open, and gives it back on close', async () => {
    const db = await openDatabase({ dataDir: dir });
    try {
      expect(parseHolder(await readFile(join(dir, LOCK_FILE), 'utf8'))?.pid).toBe(process.pid);
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/is in use by this very process/);
    } finally {
      await db.close();
    }
    expect((await readdir(dir)).includes(LOCK_FILE)).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  }, 60_000);

  it('takes no lock on PostgreSQL', async () => {
    // No server needed: the lock would be taken before any connection, and there is none for a URL.
    await expect(openDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: dir })).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
