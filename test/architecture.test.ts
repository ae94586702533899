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

describe('dependency rule (arrows point down: main → adapters → app → core and ports)', () => {
  it('keeps the core pure: it imports only the core, and libraries that only compute', () => {
    expect(violations('core', (t) => t.startsWith('core/') || PURE_LIBRARIES.has(t))).toEqual([]);
  });

  it('lets ports depend on the core and on each other only', () => {
    expect(violations('ports', (t) => t.startsWith('core/') || t.startsWith('ports/'))).toEqual([]);
  });

  it('keeps adapters and the composition root out of the application layer', () => {
    expect(violations('app', (t) => !t.startsWith('adapters/') && t !== 'main.js' && !t.startsWith('generated/'))).toEqual([]);
  });
});
