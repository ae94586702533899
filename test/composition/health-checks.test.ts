/** The readiness check's verdict, and /healthz's engine check (the embedded engine only). */
import { describe, expect, it } from 'vitest';
import { livenessOf, passesWithin } from '../../src/composition/health-checks.js';
import type { Store } from '../../src/ports/store.js';

describe('passesWithin', () => {
  it('passes a check that resolves in time with anything but false', async () => {
    expect(await passesWithin(Promise.resolve(true), 50)).toBe(true);
    expect(await passesWithin(Promise.resolve(undefined), 50)).toBe(true);
  });

  it('fails a check that resolves false, rejects, or hangs past the limit', async () => {
    expect(await passesWithin(Promise.resolve(false), 50)).toBe(false);
    expect(await passesWithin(Promise.reject(new Error('refused')), 50)).toBe(false);
    expect(await passesWithin(new Promise(() => undefined), 20)).toBe(false);
  });
});

describe('livenessOf', () => {
  const store = { ping: async () => true } as unknown as Store;

  it('adds no /healthz check for a PostgreSQL server (out of reach is /readyz’s alone)', () => {
    expect(livenessOf({ kind: 'postgres', store })).toEqual({});
  });

  it('checks an embedded engine that answers as alive', async () => {
    const { alive } = livenessOf({ kind: 'pglite', store });
    expect(await alive?.()).toEqual({ database: true });
  });
});
