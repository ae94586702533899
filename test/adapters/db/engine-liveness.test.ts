/**
 * /healthz's view of the embedded engine: a fresh answer counts without asking
 * again, a probe is awaited at most `waitMs`, a probe queued behind a transaction is tolerated up to
 * `staleMs`, and an engine that errs or stays silent longer is dead.
 */
import { describe, expect, it } from 'vitest';
import { engineLiveness } from '../../../src/adapters/db/engine-liveness.js';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('engineLiveness', () => {
  it('asks the engine, then trusts a fresh answer without asking again', async () => {
    let clock = 0;
    let pings = 0;
    const alive = engineLiveness(async () => void pings++, { now: () => clock, freshMs: 5_000, waitMs: 50, staleMs: 20_000 });
    expect(await alive()).toBe(true);
    clock += 4_000;
    expect(await alive()).toBe(true);
    expect(pings).toBe(1);
    clock += 2_000;
    expect(await alive()).toBe(true);
    expect(pings).toBe(2);
  });

  it('is dead when the engine answers with an error', async () => {
    const alive = engineLiveness(() => Promise.reject(new Error('PGlite is closed')), { waitMs: 50 });
    expect(await alive()).toBe(false);
  });

  it('tolerates a probe queued behind a transaction, then calls a silent engine dead; one probe at a time', async () => {
    let clock = 0;
    const pending = [deferred()];
    let pings = 0;
    const alive = engineLiveness(
      () => {
        pings++;
        return pending[pending.length - 1]?.promise ?? Promise.resolve();
      },
      { now: () => clock, freshMs: 5_000, waitMs: 20, staleMs: 20_000 },
    );
    const started = Date.now();
    expect(await alive()).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    clock += 19_000;
    expect(await alive()).toBe(true);
    clock += 2_000;
    expect(await alive()).toBe(false);
    expect(pings).toBe(1);
    // The engine answers again: alive.
    pending[0]?.resolve();
    await pending[0]?.promise;
    expect(await alive()).toBe(true);
  });
});
