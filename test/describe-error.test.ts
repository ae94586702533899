import { describe, expect, it } from 'vitest';
import { describeError } from '../src/describe-error.js';

describe('describeError (what a failed start prints)', () => {
  it("gives an Error's message", () => {
    expect(describeError(new Error('Could not reach Telegram'))).toBe('Could not reach Telegram');
    expect(describeError(new TypeError(''))).toBe('TypeError');
  });

  it("names PGlite's file-system errors (plain objects) and what to check", () => {
    // What PGlite throws when DATA_DIR is not writable: no message, no Error, an Emscripten (WASI) errno.
    const thrown = { name: 'ErrnoError', errno: 2 };
    const text = describeError(thrown);
    expect(text).not.toContain('[object Object]');
    expect(text).toBe("the embedded database's file system failed: EACCES (permission denied); check that DATA_DIR exists and that this user may write to it");
    expect(describeError({ name: 'ErrnoError', errno: 44 })).toContain('ENOENT (no such file or directory)');
    expect(describeError({ name: 'ErrnoError', errno: 999 })).toContain('errno 999');
  });

  it("gives a plain object's message, else its fields", () => {
    expect(describeError({ message: 'relation "unit" does not exist', code: '42P01' })).toBe('relation "unit" does not exist');
    expect(describeError({ code: 'E_SOMETHING', detail: 42 })).toBe("{ code: 'E_SOMETHING', detail: 42 }");
  });

  it('joins the causes of an AggregateError that has no message of its own', () => {
    const error = new AggregateError([new Error('connect ECONNREFUSED ::1:5432'), new Error('connect ECONNREFUSED 127.0.0.1:5432')], '');
    expect(describeError(error)).toBe('connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432');
  });

  it('describes strings, numbers, null and undefined', () => {
    expect(describeError('boom')).toBe('boom');
    expect(describeError('')).toBe('(an empty string was thrown)');
    expect(describeError(42)).toBe('42');
    expect(describeError(null)).toBe('(null was thrown)');
    expect(describeError(undefined)).toBe('(undefined was thrown)');
  });
});
