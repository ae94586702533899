import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports, resolved to a path under src/ when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
  return specs.map((s) => (s.startsWith('.') ? relative(SRC, resolve(dirname(file), s)) : s));
}

function violations(folder: string, allowed: (target: string) => boolean): string[] {
  return files(join(SRC, folder)).flatMap((file) =>
    importsOf(file)
      .filter((t) => !allowed(t))
      .map((t) => `${relative(SRC, file)} imports ${t}`),
  );
}

/**
 * Libraries the core may use: arithmetic on data they carry, no I/O, no clock, no global state.
 * date-holidays: the lunar calendar's dates of Tết and Giỗ Tổ Hùng Vương (core/calendar/holidays.ts).
 */
const PURE_LIBRARIES = new Set(['date-holidays']);

/** Every file under src/ (generated code aside), as a path relative to src/. */
function allSources(): string[] {
  return files(SRC)
    .map((file) => relative(SRC, file))
    .filter((path) => !path.startsWith('generated/'));
}

/** Who may import an adapter: the composition root, which wires them (the doctor's probes included), and the adapters themselves. */
const MAY_IMPORT_ADAPTERS = (path: string) => path.startsWith('composition/') || path.startsWith('adapters/');

/** The entry points: the only files that import the composition root (besides the root itself). */
const ENTRY_POINTS = new Set(['main.ts', 'admin/cli.ts']);

/** Where the process's environment is read: its one reader, and the configuration that validates it. */
const READS_ENVIRONMENT = new Set(['environment.ts', 'config.ts']);

describe('dependency rule (arrows point down: main → composition → adapters → app → core and ports)', () => {
  it('keeps the core pure: it imports only the core, and libraries that only compute', () => {
    expect(violations('core', (t) => t.startsWith('core/') || PURE_LIBRARIES.has(t))).toEqual([]);
  });

  it('lets ports depend on the core and on each other only', () => {
    expect(violations('ports', (t) => t.startsWith('core/') || t.startsWith('ports/'))).toEqual([]);
  });

  it('keeps adapters and the composition root out of the application layer', () => {
    expect(violations('app', (t) => !t.startsWith('adapters/') && !t.startsWith('composition/') && t !== 'main.js' && !t.startsWith('generated/'))).toEqual([]);
  });

  it('lets only the composition root and the adapters themselves import an adapter', () => {
    const found = allSources()
      .filter((path) => !MAY_IMPORT_ADAPTERS(path))
      .flatMap((path) =>
        importsOf(join(SRC, path))
          .filter((t) => t.startsWith('adapters/'))
          .map((t) => `${path} imports ${t}`),
      );
    expect(found).toEqual([]);
  });

  it('lets only the entry points import the composition root, which no adapter imports', () => {
    const found = allSources()
      .filter((path) => !path.startsWith('composition/') && !ENTRY_POINTS.has(path))
      .flatMap((path) =>
        importsOf(join(SRC, path))
          .filter((t) => t.startsWith('composition/'))
          .map((t) => `${path} imports ${t}`),
      );
    expect(found).toEqual([]);
  });

  it('reads the process environment in the configuration only', () => {
    const found = allSources().filter((path) => !READS_ENVIRONMENT.has(path) && /\bprocess\.env\b/.test(readFileSync(join(SRC, path), 'utf8')));
    expect(found).toEqual([]);
  });
});

/** Folders whose code uses the store's parts: the use cases, the admin commands, the importers, the channels. */
const STORE_CONSUMERS = ['app', 'admin/commands', 'import', 'adapters/telegram', 'adapters/zalo', 'adapters/console', 'adapters/http', 'adapters/queue'];
/** The registry of admin commands hands each command the store it opened. */
const MAY_NAME_WHOLE_STORE = new Set(['admin/commands/command.ts']);

/**
 * The whole Store (ports/store.ts) is what the two stores implement and what opening the world hands
 * out; everything that uses it takes only the narrow ports it calls.
 */
describe('narrow ports', () => {
  it('keeps the whole Store out of the use cases, commands, importers and channels', () => {
    const found = STORE_CONSUMERS.flatMap((folder) => files(join(SRC, folder)))
      .filter((file) => !MAY_NAME_WHOLE_STORE.has(relative(SRC, file)))
      .filter((file) => importsOf(file).includes('ports/store.js'))
      .map((file) => relative(SRC, file));
    expect(found).toEqual([]);
  });

  it('keeps implementations out of ports/: no in-memory stores, guards or clocks there', () => {
    const found = files(join(SRC, 'ports'))
      .filter((file) => /export function (createMemory|fixed|manual)\w*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(found).toEqual([]);
  });
});
