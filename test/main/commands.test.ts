/**
 * src/main.ts as the image's entry point runs it (`node dist/main.js <command>`, here on the sources
 * through tsx): `admin …` is the administrator command line, `help` lists the commands, and an unknown
 * command says what there is.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/admin/commands/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'baophu-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `node src/main.ts <args>` (through tsx) on an empty embedded database folder. */
function main(args: readonly string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ stdout, stderr, code }));
  });
}

describe('main.ts commands', () => {
  it('hands `admin …` to the administrator command line', async () => {
    const result = await main(['admin', 'help']);
    expect(result).toEqual({ stdout: `${USAGE}\n`, stderr: '', code: 0 });
  });

  it("passes the administrator command line's usage errors through, exit code included", async () => {
    const result = await main(['admin', 'no-such-command']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command "no-such-command".');
    expect(result.stderr).toContain(USAGE);
  });

  it('lists the commands on help, and on an unknown command', async () => {
    const help = await main(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('start, worker, admin <command>');
    const unknown = await main(['serve']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('Unknown command "serve". Commands: chat [--user <id>], start, worker, admin <command> … (admin help lists them)\n');
  });

  it('prints a readable reason when the start fails', async () => {
    // DATA_DIR names a file: the embedded database cannot be made there.
    const file = join(dataDir, 'a-file');
    writeFileSync(file, '');
    const result = await main(['start'], { DATA_DIR: file, REDIS_URL: '', TELEGRAM_BOT_TOKEN: '', ZALO_BOT_TOKEN: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^baophu failed to start: \S/m);
    expect(result.stderr).not.toContain('[object Object]');
  });
});
