import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'baophu-chat-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `npm run -s chat` as a user would, with the given lines on stdin. */
function chat(lines: readonly string[], args: readonly string[] = []): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return npm('chat', lines, args);
}

/** Runs `npm run -s <script> -- <args>` on the test's embedded database. */
function npm(script: string, lines: readonly string[], args: readonly string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ stdout, stderr, code }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

/** Replies are separated by exactly one empty line. */
function replies(stdout: string): string[] {
  return stdout.split('\n\n').filter((r) => r.length > 0);
}

describe('npm run chat (scripted, embedded database, first use)', () => {
  it('migrates and seeds a fresh database, then answers one reply per line', async () => {
    const { stdout, code } = await chat(['coverage for Vinh city', 'bhxh tỉnh Bắc Kạn 9 tháng 2021', '', "'; DROP TABLE unit; --"]);
    expect(code).toBe(0);
    const out = replies(stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/Vinh/);
    expect(out[0]).toMatch(/Thanh Vinh|Thành Vinh/);
    expect(out[1]).toContain('15,54%');
    expect(out[1]).toContain('31.455');
  }, 180_000);

  it('keeps its data: a second start answers at once, with --user naming the speaker', async () => {
    // u42 is not the local administrator: an invite from the admin command line registers them first.
    const invite = await npm('admin', [], ['invite', '--unit', 'Gia Lai', '--role', 'official']);
    expect(invite.code).toBe(0);
    const inviteCode = invite.stdout.trim().split('\n').at(-1) as string;
    const { stdout, code } = await chat([`/start ${inviteCode}`, 'Gia Lai BHTN 2025 target'], ['--user', 'u42']);
    expect(code).toBe(0);
    const [welcome, reply] = replies(stdout);
    expect(welcome).toContain('Tỉnh Gia Lai');
    expect(reply).toContain('9.85%');
    expect(reply).toContain('156/KH-UBND');
  }, 60_000);
});
