import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

/** Logs one line carrying hostile user text and returns what was written. */
function logged(fields: Record<string, unknown>): string {
  let out = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  const log = createLogger('info', false, sink as unknown as Parameters<typeof createLogger>[2]);
  log.info(fields, 'message from \x1b[31mEvil\u202Egnp.exe');
  return out;
}

describe('log lines carrying user text', () => {
  it('write escape, control, bidi and invisible characters as JSON escapes, and read back the same', () => {
    const name = '\x1b[2J\u202Eevil\u2066\u200B\u0085\u{E0041} Nguyễn Thị Ánh 👨‍👩‍👧';
    const line = logged({ displayName: name });
    expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}](?!$)/u);
    expect(line).toContain('\\u202E');
    expect(line).toContain('Nguyễn Thị Ánh');
    const parsed = JSON.parse(line) as { displayName: string; msg: string };
    expect(parsed.displayName).toBe(name);
    expect(parsed.msg).toBe('message from \x1b[31mEvil\u202Egnp.exe');
  });
});
