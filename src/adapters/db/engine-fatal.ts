/**
 * An embedded engine that cannot go on. PGlite is PostgreSQL compiled to WebAssembly and run inside
 * this process: when its WebAssembly traps ("memory access out of bounds", "unreachable") or aborts,
 * its memory can no longer be trusted and every later call fails or hangs; PGlite then also says it is
 * closed. Nothing inside the process can repair that, so the process ends with one clear line and a
 * non-zero exit, and the supervisor (Docker's restart policy, systemd) starts it again: PostgreSQL's
 * recovery replays the WAL on the next open, and every acknowledged submission was committed before it
 * was acknowledged. An ordinary SQL error (a constraint, "No space left on device" on one INSERT) is
 * not fatal: the engine answers the next statement, and the caller reports the failure as usual.
 */
import type { PGlite } from '@electric-sql/pglite';

/** Messages of an engine that cannot continue (WebAssembly traps, Emscripten's abort, PGlite closed under us). */
const FATAL_MESSAGES: readonly RegExp[] = [/memory access out of bounds/i, /^unreachable( executed)?$/i, /\bAborted\(/, /\bPGlite is closed\b/];

/**
 * Whether `error` (or an error it wraps, as Prisma's driver adapter does in `cause`) means the embedded
 * engine is broken for good: a WebAssembly RuntimeError, Emscripten's abort, or PGlite closed while the
 * process still uses it. Pure: looks at the error only.
 */
export function isFatalEngineError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  if (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) return true;
  const record = error as { name?: unknown; message?: unknown; cause?: unknown; originalMessage?: unknown };
  if (record.name === 'RuntimeError') return true;
  const texts = [record.message, record.originalMessage].filter((text): text is string => typeof text === 'string');
  if (texts.some((text) => FATAL_MESSAGES.some((pattern) => pattern.test(text)))) return true;
  return isFatalEngineError(record.cause, depth + 1);
}

/** The PGlite methods every caller goes through (Prisma's adapter, the statements, the migrator). */
const GUARDED = ['query', 'exec', 'transaction'] as const;

/**
 * Makes `db` tell `onFatal` (once) when one of its calls fails with a fatal engine error; the error is
 * still thrown to the caller. `disarm` stops telling (at shutdown, when "PGlite is closed" is expected).
 */
export function guardEngine(db: PGlite, onFatal: (error: unknown) => void): { disarm(): void } {
  let armed = true;
  const watch = (error: unknown) => {
    if (armed && isFatalEngineError(error)) {
      armed = false;
      onFatal(error);
    }
  };
  const target = db as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of GUARDED) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    const bound = original.bind(db);
    target[name] = (...args: unknown[]) => {
      try {
        const result = bound(...args);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            watch(error);
            throw error;
          });
        }
        return result;
      } catch (error) {
        watch(error);
        throw error;
      }
    };
  }
  return {
    disarm() {
      armed = false;
    },
  };
}
