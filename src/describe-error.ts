/**
 * A readable one-line description of anything thrown. Libraries do not always throw Errors: PGlite's
 * file system throws plain `{ name: 'ErrnoError', errno }` objects, which `String()` turns into
 * "[object Object]". Pure: no I/O, usable wherever a failure is printed for a person.
 */
import { inspect } from 'node:util';

/**
 * WASI error numbers, which PGlite's (Emscripten's) file system reports; the usual ones only.
 * https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__errno_values.h
 */
const WASI_ERRNO: Readonly<Record<number, readonly [code: string, meaning: string]>> = {
  2: ['EACCES', 'permission denied'],
  10: ['EBUSY', 'resource busy'],
  20: ['EEXIST', 'file exists'],
  28: ['EINVAL', 'invalid argument'],
  29: ['EIO', 'input/output error'],
  31: ['EISDIR', 'is a directory'],
  44: ['ENOENT', 'no such file or directory'],
  51: ['ENOSPC', 'no space left on device'],
  54: ['ENOTDIR', 'not a directory'],
  55: ['ENOTEMPTY', 'directory not empty'],
  63: ['EPERM', 'operation not permitted'],
  69: ['EROFS', 'read-only file system'],
};

/** Describes `error` for a person: an Error's message, a string, or an object's message or fields. */
export function describeError(error: unknown): string {
  return describe(error, 0);
}

function describe(error: unknown, depth: number): string {
  if (typeof error === 'string') return error.trim() === '' ? '(an empty string was thrown)' : error;
  if (error === null || error === undefined) return `(${String(error)} was thrown)`;
  if (typeof error !== 'object') return String(error);
  // An AggregateError (Node's connect to every address of a host, say) often has an empty message.
  if (error instanceof AggregateError && error.message === '' && error.errors.length > 0 && depth < 2) {
    return [...new Set(error.errors.map((inner: unknown) => describe(inner, depth + 1)))].join('; ');
  }
  const fields = error as Record<string, unknown>;
  if (fields.name === 'ErrnoError' && typeof fields.errno === 'number') return fileSystemError(fields.errno);
  const message = typeof fields.message === 'string' ? fields.message.trim() : '';
  if (message !== '') return message;
  if (error instanceof Error) return error.name || 'Error';
  return inspect(error, { depth: 2, breakLength: Infinity, maxArrayLength: 10, maxStringLength: 200 });
}

function fileSystemError(errno: number): string {
  const known = WASI_ERRNO[errno];
  const what = known ? `${known[0]} (${known[1]})` : `errno ${errno}`;
  return `the embedded database's file system failed: ${what}; check that DATA_DIR exists and that this user may write to it`;
}
