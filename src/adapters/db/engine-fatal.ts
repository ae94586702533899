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
import { ExternalServiceError } from '../../core/errors.js';

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
 * A query or statement left unanswered this long means a hung engine (our choice): four times the
 * longest a transaction may run (15 s), so a call queued behind one (PGlite runs one at a time) is
 * far from it. A transaction as a whole is not timed: it lasts as long as its caller's work.
 */
export const ENGINE_HUNG_MS = 60_000;

/** The engine has not answered a call for `ENGINE_HUNG_MS`: its WebAssembly is stuck or its lock lost. */
export class EngineHungError extends ExternalServiceError {
  constructor(
    readonly method: string,
    readonly waitedMs: number,
  ) {
    super('database', `the embedded database engine has not answered a ${method} for ${Math.round(waitedMs / 1000)} s`, { code: 'ENGINE_HUNG' });
  }
}

export interface EngineGuardOptions {
  /** Default ENGINE_HUNG_MS. */
  readonly hungMs?: number;
  readonly now?: () => number;
}

/**
 * Makes `db` tell `onFatal` (once) when one of its calls fails with a fatal engine error, or when a
 * query or statement stays unanswered for `hungMs` (EngineHungError); the caller still gets its own
 * error. `disarm` stops telling (at shutdown, when "PGlite is closed" is expected).
 */
export function guardEngine(db: PGlite, onFatal: (error: unknown) => void, options: EngineGuardOptions = {}): { disarm(): void } {
  const hungMs = options.hungMs ?? ENGINE_HUNG_MS;
  const now = options.now ?? Date.now;
  const pending = new Map<object, { method: string; since: number }>();
  let armed = true;
  const watch = setInterval(
    () => {
      const at = now();
      for (const call of pending.values()) if (at - call.since >= hungMs) return tell(new EngineHungError(call.method, at - call.since));
    },
    Math.max(10, Math.floor(hungMs / 4)),
  );
  watch.unref();
  function tell(error: unknown): void {
    if (!armed) return;
    armed = false;
    clearInterval(watch);
    onFatal(error);
  }

  const target = db as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of GUARDED) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    const bound = original.bind(db);
    target[name] = (...args: unknown[]) => {
      try {
        const result = bound(...args);
        if (!(result instanceof Promise)) return result;
        const token = {};
        if (name !== 'transaction') pending.set(token, { method: name, since: now() });
        return result.then(
          (value: unknown) => {
            pending.delete(token);
            return value;
          },
          (error: unknown) => {
            pending.delete(token);
            if (isFatalEngineError(error)) tell(error);
            throw error;
          },
        );
      } catch (error) {
        if (isFatalEngineError(error)) tell(error);
        throw error;
      }
    };
  }
  return {
    disarm() {
      armed = false;
      clearInterval(watch);
    },
  };
}
