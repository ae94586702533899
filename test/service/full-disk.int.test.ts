/**
 * A full disk under the embedded database, as an on-call engineer meets it: the service runs on PGlite
 * in a child process whose DATA_DIR is a small tmpfs, focal points submit by webhook while a ballast
 * file takes the last of the space. Then nothing may hang: every webhook is answered within the time
 * limits, /healthz answers (or the process has ended with the fatal line and exit 70), space freed
 * lets the next submission through, SIGTERM ends the process within the shutdown limit, and after the
 * restart every submission the bot acknowledged ("Đã ghi nhận") is in the database.
 *
 * Mounting needs root (as CI runs); elsewhere the test is skipped and says why.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/db/open-store.js';
import { loadUnitDirectory } from '../../src/app/units/unit-directory.js';
import { SHUTDOWN_LIMIT_MS } from '../../src/composition/shutdown.js';
import { createConfig } from '../../src/config.js';
import { defaultDataDir, ensureReferenceData } from '../../src/import/seed.js';
import { type FakeTelegramApi, startFakeTelegramApi, textUpdate } from '../fakes/fake-telegram-api.js';
import { freePort } from '../setup/free-port.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = '7100200300:AAfull-disk-test-token-abcdefghijklmnop';
const SECRET = 'full-disk-webhook-secret';
/** Focal points submitting side by side (each within the per-sender flood limit of 1/s). */
const SENDERS = 5;
/** What the ballast leaves free: a few dozen submissions' rows. */
const LEFT_FREE = 160 * 1024;

/** Mounts a tmpfs of `size` at a new folder, or says why it cannot. */
function mountTmpfs(size: string): { dir: string } | { reason: string } {
  if (process.getuid?.() !== 0) return { reason: 'mounting a tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'baophu-full-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status === 0) return { dir };
  rmSync(dir, { recursive: true, force: true });
  return { reason: `mount failed: ${(mounted.stderr || mounted.error?.message || '').trim()}` };
}

const mount = mountTmpfs('96m');
if ('reason' in mount) console.warn(`full-disk test skipped: ${mount.reason}`);

describe.skipIf('reason' in mount)('a full disk under the embedded database', () => {
  const dir = 'dir' in mount ? mount.dir : '';
  const dataDir = join(dir, 'data');
  const ballast = join(dir, 'ballast');
  let telegram: FakeTelegramApi;
  let child: ChildProcess | undefined;
  let output = '';
  let exit: Promise<{ code: number | null; signal: string | null }> = Promise.resolve({ code: null, signal: null });
  let base = '';
  const codes: string[] = [];

  beforeAll(async () => {
    await mkdir(dataDir);
    // The reference data and one invite per focal point, written before the service holds the folder.
    const opened = await openStore(createConfig({ DATA_DIR: dataDir, DATABASE_URL: '' }));
    try {
      await ensureReferenceData(opened.store, defaultDataDir());
      const index = (await loadUnitDirectory(opened.store)).current();
      const province = index.units.find((u) => u.structure === 'post2025' && u.level === 'province' && u.name === 'Nghệ An');
      const communes = index.units.filter((u) => u.structure === 'post2025' && u.parentId === province?.id).slice(0, SENDERS);
      for (const [i, unit] of communes.entries()) {
        const code = `FULLD${String(i).padStart(3, '0')}`;
        await opened.store.createInvite({ code, unitId: unit.id, role: 'focal_point', createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
        codes.push(code);
      }
    } finally {
      await opened.close();
    }
    expect(codes).toHaveLength(SENDERS);
    telegram = await startFakeTelegramApi(TOKEN);
  }, 120_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await telegram?.close();
    spawnSync('umount', ['-l', dir]);
    await rm(dir, { recursive: true, force: true });
  });

  async function start(): Promise<void> {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    output = '';
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      REDIS_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `https://127.0.0.1:${port}`,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      ZALO_BOT_TOKEN: '',
      LOG_LEVEL: 'info',
    };
    const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exit = new Promise((done) => started.on('exit', (code, signal) => done({ code, signal })));
    for (let i = 0; i < 240 && !output.includes('"baophu started"') && started.exitCode === null; i++) await pause(250);
    expect(output).toContain('"baophu started"');
  }

  /** Posts one message by webhook; the bot's answers to that chat that followed, or null when no answer came in time. */
  async function say(userId: number, text: string, messageId?: number): Promise<{ status: number; texts: string[] } | null> {
    const before = telegram.requests.length;
    const update = textUpdate({ chatId: userId, userId, text, ...(messageId === undefined ? {} : { messageId }) });
    try {
      const response = await fetch(`${base}/webhooks/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
        // The hot path's limits (20 s a call, 2 s the ping) bound an answer well inside this.
        signal: AbortSignal.timeout(45_000),
      });
      await response.arrayBuffer();
      const texts = telegram.requests
        .slice(before)
        .filter((r) => r.method === 'sendMessage' && Number(r.params.chat_id) === userId)
        .map((r) => String(r.params.text));
      return { status: response.status, texts };
    } catch {
      return null;
    }
  }

  it('answers throughout, stops on time and keeps every acknowledged submission', async () => {
    await start();
    const users = codes.map((_, i) => 7_300_001 + i);
    for (const [i, code] of codes.entries()) expect((await say(users[i] as number, `dangky ${code}`))?.texts.join('\n')).toMatch(/Đăng ký thành công/);

    // The ballast takes all but the last LEFT_FREE bytes.
    const space = await statfs(dir);
    await writeFile(ballast, Buffer.alloc(Math.max(0, space.bavail * space.bsize - LEFT_FREE)));

    /** Each acknowledged submission: its message id and the value it carried. */
    const acknowledged: Array<{ userId: number; messageId: number; value: number }> = [];
    let refused = 0;
    let messageId = 900_000;
    let fatal = false;
    for (let round = 0; round < 120 && refused < 3 * SENDERS && !fatal; round++) {
      const answers = await Promise.all(
        users.map(async (userId, i) => {
          const value = 41_000 + round * SENDERS + i;
          const id = ++messageId;
          const answer = await say(userId, `nop 6T/2025 bb ${value} tn 3.150 ld 180.000`, id);
          return { userId, id, value, answer };
        }),
      );
      for (const { userId, id, value, answer } of answers) {
        if (answer === null) {
          // No answer in 45 s: only acceptable from a process that ended (the fatal exit).
          fatal = child?.exitCode !== null;
          expect(fatal).toBe(true);
          continue;
        }
        if (answer.texts.some((text) => /Đã ghi nhận/.test(text))) acknowledged.push({ userId, messageId: id, value });
        else refused++;
      }
      await pause(1_100);
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    // The disk did fill: refusals the engine explained (or its end).
    expect(refused > 0 || fatal).toBe(true);
    expect(fatal || /No space left on device/.test(output)).toBe(true);

    if (child?.exitCode === null) {
      // Still running: /healthz answers (healthy or not), within its limits.
      const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
      expect([200, 503]).toContain(health.status);
      // Space back: the next submission goes through.
      await rm(ballast);
      const value = 99_001;
      const after = await say(users[0] as number, `nop 6T/2025 bb ${value} tn 3.150 ld 180.000`, ++messageId);
      expect(after?.texts.join('\n')).toMatch(/Đã ghi nhận/);
      acknowledged.push({ userId: users[0] as number, messageId, value });
      // SIGTERM ends it within the shutdown limit.
      const asked = Date.now();
      child.kill('SIGTERM');
      await exit;
      expect(Date.now() - asked).toBeLessThan(SHUTDOWN_LIMIT_MS + 3_000);
    } else {
      expect((await exit).code).toBe(70);
      expect(output).toContain('embedded database engine failed and cannot recover');
      await rm(ballast);
    }

    // After the restart (the engine's recovery on open), every acknowledged submission is there.
    const db = await PGlite.create(dataDir);
    try {
      const rows = await db.query<{ message_key: string; value: number }>(
        `SELECT r.message_key, c.value FROM report r JOIN report_count c ON c.report_id = r.id AND c.key = 'bb' WHERE r.series_key = 'submission'`,
      );
      const stored = new Map(rows.rows.map((row) => [row.message_key, row.value]));
      const missing = acknowledged.filter((a) => stored.get(`telegram/${a.userId}/${a.messageId}`) !== a.value);
      expect(missing).toEqual([]);
    } finally {
      await db.close();
    }
  }, 600_000);
});

function pause(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
