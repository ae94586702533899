/**
 * SIGTERM as a process manager sends it: to `npm start` (npm, then the shell, then node) the signal must
 * reach node, which stops gracefully ("stopping", then exit 0) and leaves no process behind.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../setup/free-port.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Whether a process with this pid still exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start and SIGTERM', () => {
  it('passes the signal to node, which stops gracefully and exits', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'baophu-signals-'));
    dirs.push(dataDir);
    const env = { ...process.env, PORT: String(await freePort()), DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'info' };
    const npm = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 240 && !output.includes('"baophu started"'); i++) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(output).toContain('"baophu started"');
    const nodePid = Number(/"pid":(\d+)/.exec(output)?.[1]);
    expect(nodePid).not.toBe(npm.pid);

    npm.kill('SIGTERM');
    await exited;
    for (let i = 0; i < 40 && alive(nodePid); i++) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(alive(nodePid)).toBe(false);
    expect(output).toContain('"msg":"stopping","signal":"SIGTERM"');
    expect(output).not.toContain('shutdown took too long');
  }, 90_000);
});
