/**
 * The whole Store (ports/store.ts) is what the two stores implement and what opening the world hands
 * out; everything that uses it takes only the narrow ports it calls. Only the stores themselves and
 * the code that opens and passes the whole store around may name it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Folders whose code uses the store's parts: the use cases, the admin commands, the importers, the channels. */
const CONSUMERS = ['app', 'admin/commands', 'import', 'adapters/telegram', 'adapters/zalo', 'adapters/console', 'adapters/http', 'adapters/queue'];
/** The registry of admin commands hands each command the store it opened. */
const ALLOWED = new Set(['admin/commands/command.ts']);

describe('narrow ports', () => {
  it('keeps the whole Store out of the use cases, commands, importers and channels', () => {
    const offenders = CONSUMERS.flatMap((folder) => files(join(SRC, folder)))
      .map((file) => relative(SRC, file))
      .filter((file) => !ALLOWED.has(file))
      .filter((file) => /from\s+['"][./]*ports\/store\.js['"]/.test(readFileSync(join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps implementations out of ports/: no in-memory stores, guards or clocks there', () => {
    const offenders = files(join(SRC, 'ports'))
      .filter((file) => /export function (createMemory|fixed|manual)\w*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
