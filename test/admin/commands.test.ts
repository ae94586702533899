import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { importFactsCommand, importUnitsCommand, type Out, UsageError } from '../../src/admin/commands/index.js';
import type { Store } from '../../src/ports/store.js';
import { withoutNewerColumns } from '../import/facts-files.js';
import { tempFolder } from '../import/temp-files.js';

const DATA = resolve(import.meta.dirname, '../../data');
const UNITS = join(DATA, 'admin-units');
const FACTS = join(DATA, 'seed-facts.csv');

type Command = (store: Store, args: readonly string[], out: Out) => Promise<void>;

async function run(command: Command, store: Store, ...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await command(store, args, (line) => lines.push(line));
  return lines;
}

describe('import-units', () => {
  it('imports the national set and says which files it read and what it created', async () => {
    expect(await run(importUnitsCommand, createMemoryStore(), UNITS)).toEqual([
      'read: pre2025_provinces.csv, pre2025_districts.csv, pre2025_communes.csv, post2025_provinces.csv, ' +
        'post2025_communes.csv, map_provinces_2025.csv, map_districts_2025.csv, map_communes_2025.csv',
      'units: 14,149 created, 0 updated, 0 unchanged',
      'lineage pairs: 14,386 created, 0 updated, 0 unchanged',
    ]);
  });

  it('changes nothing when the same folder is imported again', async () => {
    const store = createMemoryStore();
    await run(importUnitsCommand, store, UNITS);
    const second = await run(importUnitsCommand, store, UNITS);
    expect(second.slice(1)).toEqual(['units: 0 created, 0 updated, 14,149 unchanged', 'lineage pairs: 0 created, 0 updated, 14,386 unchanged']);
  });

  it('updates a unit whose name was corrected', async () => {
    const header = 'code,name,full_name,type,type_code,name_en,code_name';
    const store = createMemoryStore();
    await run(importUnitsCommand, store, tempFolder({ 'post2025_provinces.csv': `${header}\n40,Nghe An,Tỉnh Nghe An,Tỉnh,province,Nghe An,nghe_an\n` }));
    const lines = await run(
      importUnitsCommand,
      store,
      tempFolder({ 'post2025_provinces.csv': `${header}\n40,Nghệ An,Tỉnh Nghệ An,Tỉnh,province,Nghe An,nghe_an\n` }),
    );
    expect(lines).toContain('units: 0 created, 1 updated, 0 unchanged');
  });

  it('refuses anything but exactly one folder', async () => {
    await expect(run(importUnitsCommand, createMemoryStore())).rejects.toBeInstanceOf(UsageError);
    await expect(run(importUnitsCommand, createMemoryStore(), UNITS, 'extra')).rejects.toThrow('import-units takes exactly one argument');
  });

  it('passes on a file error, naming the file', async () => {
    await expect(run(importUnitsCommand, createMemoryStore(), tempFolder({ 'pre2025_provinces.csv': 'code\n01\n' }))).rejects.toThrow(
      'pre2025_provinces.csv: missing columns: name, full_name',
    );
  });
});

describe('import-facts', () => {
  it('imports the seed facts once: a second run creates nothing', async () => {
    const store = createMemoryStore();
    await run(importUnitsCommand, store, UNITS);
    expect(await run(importFactsCommand, store, FACTS)).toEqual(['reports: 2 created, 0 unchanged', 'targets: 27 created, 0 updated or unchanged']);
    expect(await run(importFactsCommand, store, FACTS)).toEqual(['reports: 0 created, 2 unchanged', 'targets: 0 created, 27 updated or unchanged']);
  });

  it('reads a file of the 14-column format, and the current file then adds its labels and bases as new versions', async () => {
    const store = createMemoryStore();
    await run(importUnitsCommand, store, UNITS);
    expect(await run(importFactsCommand, store, await withoutNewerColumns(FACTS))).toEqual([
      'reports: 2 created, 0 unchanged',
      'targets: 27 created, 0 updated or unchanged',
    ]);
    expect(await run(importFactsCommand, store, FACTS)).toEqual(['reports: 2 created, 0 unchanged', 'targets: 0 created, 27 updated or unchanged']);
  });

  it('refuses a missing file argument as a usage error', async () => {
    await expect(run(importFactsCommand, createMemoryStore())).rejects.toBeInstanceOf(UsageError);
  });
});
