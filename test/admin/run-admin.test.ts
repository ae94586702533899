import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { runAdmin } from '../../src/admin/run-admin.js';
import type { Store } from '../../src/ports/store.js';

const DATA = resolve(import.meta.dirname, '../../data');

/** Runs the command line on a memory store and records everything it did. */
async function admin(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const events: string[] = [];
  const store: Store = createMemoryStore();
  const code = await runAdmin(argv, {
    openStore: async () => {
      events.push('open');
      return { store, close: async () => void events.push('close') };
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    clock: fixedClock('2026-07-01T03:00:00Z'),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n'), events };
}

describe('runAdmin', () => {
  it('shows the usage for help, without opening the store', async () => {
    const result = await admin('help');
    expect(result).toMatchObject({ code: 0, stderr: '', events: [] });
    expect(result.stdout).toMatch(/import-units <folder>[\s\S]*import-facts <file\.csv>/);
  });

  it('exits 2 with the usage when no command is given', async () => {
    expect(await admin()).toMatchObject({ code: 2, stderr: expect.stringMatching(/^No command given\.\n\nUsage:/), events: [] });
  });

  it('exits 2 for an unknown command or wrong arguments, before opening the store', async () => {
    expect(await admin('import-everything')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unknown command "import-everything"/), events: [] });
    expect(await admin('import-units')).toMatchObject({ code: 2, events: [] });
  });

  it('runs a command on the store, then closes it', async () => {
    const result = await admin('import-units', join(DATA, 'admin-units'));
    expect(result).toMatchObject({ code: 0, stderr: '', events: ['open', 'close'] });
    expect(result.stdout).toContain('units: 14,149 created, 0 updated, 0 unchanged');
  });

  it("exits 1 with the file's own message when a file is bad, and still closes the store", async () => {
    const result = await admin('import-facts', '/nonexistent/facts.csv');
    expect(result).toEqual({ code: 1, stdout: '', stderr: '/nonexistent/facts.csv: file not found', events: ['open', 'close'] });
  });

  it('exits 1 and says the command failed for other errors (facts about units the store lacks)', async () => {
    const result = await admin('import-facts', join(DATA, 'seed-facts.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^admin command failed: /);
  });

  it('hands the stuck-reminder commands the threshold and queue it was given, and says so plainly without them', async () => {
    const store: Store = createMemoryStore();
    const out: string[] = [];
    const code = await runAdmin(['reminders', '--stuck'], {
      openStore: async () => ({ store, close: async () => undefined }),
      stuckReminders: () => ({ stuckAfterMs: 90_000, openQueue: async () => Promise.reject(new Error('no queue in this test')) }),
      stdout: (line) => out.push(line),
      stderr: (line) => out.push(line),
      clock: fixedClock('2026-07-01T03:00:00Z'),
    });
    expect(code).toBe(0);
    expect(out[0]).toBe('reminders stuck in "sending" (claimed over 90 s ago by a worker that stopped, never confirmed): 0');
    const without = await admin('reminders', '--stuck');
    expect(without).toMatchObject({ code: 1, stderr: 'admin command failed: reminders --stuck and --resend-stuck are not available here' });
  });
});
