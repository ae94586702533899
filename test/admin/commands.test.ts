import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { importFactsCommand, importUnitsCommand, UsageError } from '../../src/admin/commands.js';

const DATA = resolve(import.meta.dirname, '../../data');

async function run(command: typeof importUnitsCommand, store: ReturnType<typeof createMemoryStore>, args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await command(store, args, (line) => lines.push(line));
  return lines;
}

describe('admin import commands', () => {
  it('imports units, then changes nothing when run again', async () => {
    const store = createMemoryStore();
    const first = await run(importUnitsCommand, store, [`${DATA}/admin-units`]);
    expect(first).toContain('units: 14,149 created, 0 updated, 0 unchanged');
    const second = await run(importUnitsCommand, store, [`${DATA}/admin-units`]);
    expect(second).toContain('units: 0 created, 0 updated, 14,149 unchanged');
    expect(second).toContain('lineage pairs: 0 created, 0 updated, 14,386 unchanged');
    expect(await store.countUnits()).toBe(14149);
  });

  it('imports facts once: a second run creates nothing', async () => {
    const store = createMemoryStore();
    await run(importUnitsCommand, store, [`${DATA}/admin-units`]);
    expect(await run(importFactsCommand, store, [`${DATA}/seed-facts.csv`])).toEqual([
      'reports: 2 created, 0 unchanged',
      'targets: 26 created, 0 updated or unchanged',
    ]);
    expect(await run(importFactsCommand, store, [`${DATA}/seed-facts.csv`])).toEqual([
      'reports: 0 created, 2 unchanged',
      'targets: 0 created, 26 updated or unchanged',
    ]);
  });

  it('refuses a missing argument as a usage error', async () => {
    await expect(run(importFactsCommand, createMemoryStore(), [])).rejects.toBeInstanceOf(UsageError);
  });
});
