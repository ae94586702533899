/** The time limits of start-up, readiness and shutdown, shared by the service and the worker. */

/** How long start-up waits for a platform's getMe before it gives up (grammY's init retries network errors without end). */
export const STARTUP_CALL_MS = 15_000;

/** How long /readyz waits for each check before it counts as failed. */
export const READY_TIMEOUT_MS = 2_000;

/** How long the reminder workers may finish their running jobs at shutdown (within SHUTDOWN_LIMIT_MS). */
export const WORKER_CLOSE_MS = 6_000;

/** How long shutdown may take before the process exits anyway (shutdown.ts, which stops on signals). */
export { SHUTDOWN_LIMIT_MS } from './shutdown.js';

/** A step that stops something started. */
export type Stop = () => Promise<void>;
