/**
 * One process per embedded database. PGlite is a database inside one process: two processes that open
 * one DATA_DIR each keep their own copy in memory and overwrite each other's files, and writes are lost
 * (an invite made by the admin CLI beside a running service vanished). So whatever opens a DATA_DIR
 * first takes this lock, before PGlite touches the folder, holds it for as long as the database is
 * open, and gives it back on close or when the process exits.
 *
 * The lock is a file in the folder (`baophu.lock`), created with O_EXCL, holding who took it
 * ({pid, hostname, command, startedAt}); the holder touches it every LOCK_REFRESH_MS. Node has no
 * OS-level file lock without native modules, hence the file. A process that died without giving it
 * back (SIGKILL, power loss) must not lock the folder for ever, so a lock is taken over when it is
 * stale:
 * - written on this machine by a process that is no longer running (or by this very pid: a container
 *   restarted, whose process is pid 1 again);
 * - written on another machine (a container recreated with a new hostname, a shared volume), whose
 *   processes cannot be seen from here: when it was not refreshed for LOCK_ABANDONED_AFTER_MS;
 * - unreadable (cut short), likewise when not refreshed for LOCK_ABANDONED_AFTER_MS.
 * A lock is set aside by renaming it and checking it is the one judged stale, so that two processes
 * taking over at once cannot both win. PostgreSQL (DATABASE_URL) takes no lock: many processes share it.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname as osHostname } from 'node:os';
import { relative, resolve } from 'node:path';
import { StartupError } from '../../core/errors.js';

/** The lock's file name inside DATA_DIR. */
export const LOCK_FILE = 'baophu.lock';

/** How often the holder touches the lock file (our choice). */
export const LOCK_REFRESH_MS = 15_000;

/**
 * How long a lock written on another machine, or unreadable, may go without a refresh before it counts
 * as abandoned: eight missed refreshes (our choice), so a holder busy for a while is not robbed.
 */
export const LOCK_ABANDONED_AFTER_MS = 120_000;

/** Who holds a lock, as written in the lock file. */
export interface LockHolder {
  readonly pid: number;
  readonly hostname: string;
  /** The command line that took it, e.g. "src/main.ts start". */
  readonly command: string;
  /** ISO time the lock was taken. */
  readonly startedAt: string;
}

/** What a process knows about itself when it judges a lock it found. */
export interface LockerFacts {
  readonly pid: number;
  readonly hostname: string;
  /** Whether a process with this pid runs on this machine. */
  isAlive(pid: number): boolean;
  readonly abandonedAfterMs: number;
}

/** Whether a lock found may be taken over, and why. */
export type LockVerdict = { readonly stale: false } | { readonly stale: true; readonly reason: string };

/**
 * Judges the lock found (pure but for `isAlive`): `holder` undefined when the file could not be read,
 * `refreshedAgoMs` since the file was last touched.
 */
export function judgeLock(holder: LockHolder | undefined, refreshedAgoMs: number, me: LockerFacts): LockVerdict {
  const quiet = `not refreshed for ${seconds(refreshedAgoMs)}`;
  if (holder === undefined) {
    return refreshedAgoMs >= me.abandonedAfterMs ? { stale: true, reason: `the lock file could not be read and was ${quiet}` } : { stale: false };
  }
  if (holder.hostname === me.hostname) {
    if (holder.pid === me.pid) return { stale: true, reason: `it names pid ${holder.pid}, which is this process: it was left by an earlier run` };
    if (!me.isAlive(holder.pid)) return { stale: true, reason: `pid ${holder.pid} is no longer running` };
    return { stale: false };
  }
  return refreshedAgoMs >= me.abandonedAfterMs ? { stale: true, reason: `it was written on host ${holder.hostname} and ${quiet}` } : { stale: false };
}

/** The refusal, in plain words (pure). */
export function lockedMessage(
  where: { readonly dataDir: string; readonly lockPath: string },
  holder: LockHolder | undefined,
  refreshedAgoMs: number,
  me: Pick<LockerFacts, 'hostname' | 'pid' | 'abandonedAfterMs'>,
): string {
  let who: string;
  if (holder === undefined) {
    who = `another process, which is writing its lock file right now (or left it unreadable; it was last touched ${seconds(refreshedAgoMs)} ago)`;
  } else if (holder.hostname === me.hostname && holder.pid === me.pid) {
    who = `this very process (pid ${holder.pid}, "${holder.command}"), which opened it already at ${holder.startedAt}`;
  } else {
    const host = holder.hostname === me.hostname ? 'on this machine' : `on host ${holder.hostname}`;
    who = `another process: pid ${holder.pid} ${host}, running "${holder.command}", since ${holder.startedAt}`;
    if (holder.hostname !== me.hostname) who += ` (last refreshed ${seconds(refreshedAgoMs)} ago)`;
  }
  const sameHost = holder !== undefined && holder.hostname === me.hostname;
  const staleRule = sameHost
    ? `If no such process is running, delete ${where.lockPath} and try again.`
    : `It counts as abandoned once not refreshed for ${seconds(me.abandonedAfterMs)}; if you are sure that process is gone, delete ${where.lockPath} and try again.`;
  return [
    `the embedded database in ${where.dataDir} is in use by ${who}.`,
    'The embedded database (PGlite) allows one process at a time; nothing was changed.',
    'Stop the service first (or the other command), then run this again; or use PostgreSQL with DATABASE_URL, which many processes may share.',
    staleRule,
  ].join('\n');
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/** Refused: another process holds the folder. Its message says who and what to do. */
export class DataDirLockedError extends StartupError {
  constructor(
    message: string,
    readonly lockPath: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(message, { code: 'DATA_DIR_LOCKED' });
  }
}

/** A lock held by this process. */
export interface DataDirLock {
  readonly lockPath: string;
  readonly holder: LockHolder;
  /** Gives the lock back (removes the file if it is still ours); safe to call twice. */
  release(): Promise<void>;
}

/** How to take the lock; all optional. The environment fields are for tests. */
export interface LockOptions {
  /** What the holder is doing, written in the lock (default: this process's script and arguments). */
  readonly command?: string;
  /** Told when a stale lock was taken over (default: a line on stderr). */
  readonly onTakeOver?: (message: string) => void;
  readonly pid?: number;
  readonly hostname?: string;
  readonly isAlive?: (pid: number) => boolean;
  readonly now?: () => Date;
  readonly refreshMs?: number;
  readonly abandonedAfterMs?: number;
}

/** Whether a process with `pid` runs on this machine (one we may not signal runs too). */
export function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This process's command line, short: the script relative to the working folder, then the arguments. */
export function currentCommand(argv: readonly string[] = process.argv, cwd: string = process.cwd()): string {
  const [, script, ...args] = argv;
  if (script === undefined) return 'node';
  const rel = relative(cwd, script);
  const shown = [rel.startsWith('..') || rel === '' ? script : rel, ...args].join(' ');
  return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}

/** Lock files held by this process, so that a second open in the same process is refused too. */
const heldHere = new Set<string>();

/**
 * Takes the lock of `dataDir` (which must exist), taking over a stale one; rejects with
 * DataDirLockedError, having changed nothing, when another process holds it.
 */
export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const lockPath = resolve(dataDir, LOCK_FILE);
  const me: LockerFacts = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    isAlive: options.isAlive ?? processIsAlive,
    abandonedAfterMs: options.abandonedAfterMs ?? LOCK_ABANDONED_AFTER_MS,
  };
  const now = options.now ?? (() => new Date());
  const onTakeOver = options.onTakeOver ?? ((message: string) => process.stderr.write(`${message}\n`));
  const holder: LockHolder = { pid: me.pid, hostname: me.hostname, command: options.command ?? currentCommand(), startedAt: now().toISOString() };
  const text = `${JSON.stringify(holder)}\n`;
  const where = { dataDir: resolve(dataDir), lockPath };

  if (heldHere.has(lockPath)) {
    const found = await readLock(lockPath);
    throw new DataDirLockedError(lockedMessage(where, found?.holder, found?.refreshedAgoMs ?? 0, me), lockPath, found?.holder);
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(lockPath, text)) return hold(lockPath, holder, text, options.refreshMs ?? LOCK_REFRESH_MS);
    const found = await readLock(lockPath);
    if (found === undefined) continue; // given back meanwhile: try again
    const verdict = judgeLock(found.holder, found.refreshedAgoMs, me);
    if (!verdict.stale) throw new DataDirLockedError(lockedMessage(where, found.holder, found.refreshedAgoMs, me), lockPath, found.holder);
    if (await setAside(lockPath, found.raw)) {
      const was = found.holder
        ? `pid ${found.holder.pid} on ${found.holder.hostname} ("${found.holder.command}", since ${found.holder.startedAt})`
        : 'an unknown process';
      onTakeOver(`Took over the lock of the embedded database in ${where.dataDir} from ${was}: ${verdict.reason}.`);
    }
  }
  throw new StartupError(`Could not take the lock ${lockPath}: it kept changing hands; try again`);
}

/** Creates the lock file with O_EXCL; false when it exists. */
async function createExclusive(lockPath: string, text: string): Promise<boolean> {
  try {
    await writeFile(lockPath, text, { flag: 'wx', mode: 0o644 });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new StartupError(`Cannot write the lock file ${lockPath} (${code}): DATA_DIR must be a folder this user may write to`, { cause: error });
    }
    throw error;
  }
}

interface FoundLock {
  readonly raw: string;
  readonly holder: LockHolder | undefined;
  readonly refreshedAgoMs: number;
}

/** Reads the lock file; undefined when there is none. */
async function readLock(lockPath: string): Promise<FoundLock | undefined> {
  try {
    const [raw, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    return { raw, holder: parseHolder(raw), refreshedAgoMs: Math.max(0, Date.now() - info.mtimeMs) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The holder written in a lock file, or undefined when the text is not one. */
export function parseHolder(raw: string): LockHolder | undefined {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string' || typeof value.command !== 'string' || typeof value.startedAt !== 'string')
      return undefined;
    return { pid: value.pid, hostname: value.hostname, command: value.command, startedAt: value.startedAt };
  } catch {
    return undefined;
  }
}

/**
 * Moves the stale lock out of the way: renamed aside (atomic), then removed if it is the one judged
 * stale. If another process replaced it meanwhile (it took over first), that lock is put back and
 * false returned; the caller looks again and finds that process holding it.
 */
async function setAside(lockPath: string, staleRaw: string): Promise<boolean> {
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== staleRaw) {
    await link(aside, lockPath).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
  return moved === staleRaw;
}

/** Keeps the lock fresh until released; gives it back when the process exits without releasing it. */
function hold(lockPath: string, holder: LockHolder, text: string, refreshMs: number): DataDirLock {
  heldHere.add(lockPath);
  const refresh = setInterval(() => {
    const at = new Date();
    utimes(lockPath, at, at).catch(() => undefined);
  }, refreshMs);
  refresh.unref();
  const onExit = () => removeIfOurs(lockPath, text);
  process.once('exit', onExit);
  let released = false;
  return {
    lockPath,
    holder,
    async release() {
      if (released) return;
      released = true;
      clearInterval(refresh);
      process.off('exit', onExit);
      heldHere.delete(lockPath);
      removeIfOurs(lockPath, text);
    },
  };
}

/** Removes the lock file if it still holds our text (synchronous: it also runs at exit). */
function removeIfOurs(lockPath: string, text: string): void {
  try {
    if (readFileSync(lockPath, 'utf8') === text) unlinkSync(lockPath);
  } catch {
    // Gone already, or unreadable: nothing of ours to remove.
  }
}
