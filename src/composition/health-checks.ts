/** The checks behind /healthz and /readyz of the service and the worker. */
import { engineLiveness } from '../adapters/db/engine-liveness.js';
import type { OpenedStore } from '../adapters/db/open-store.js';
import type { LivenessCheck } from '../adapters/http/server.js';
import { within } from '../time-limit.js';
import { READY_TIMEOUT_MS } from './limits.js';

/** Whether a readiness check passes within `ms` (a rejection, `false` or a hang is a failure). */
export function passesWithin(check: Promise<unknown>, ms: number = READY_TIMEOUT_MS): Promise<boolean> {
  return within(
    check.then(
      (value) => value !== false,
      () => false,
    ),
    ms,
    false,
  );
}

/**
 * /healthz's check of an embedded engine, which lives in this process: one that stopped answering makes
 * /healthz 503, so that the supervisor restarts us (engine-liveness.ts). A PostgreSQL server out of
 * reach is /readyz's alone: none here.
 */
export function livenessOf(opened: Pick<OpenedStore, 'kind' | 'store'>): { readonly alive?: LivenessCheck } {
  if (opened.kind !== 'pglite') return {};
  const engineAlive = engineLiveness(() => opened.store.ping());
  return { alive: async () => ({ database: await engineAlive() }) };
}
