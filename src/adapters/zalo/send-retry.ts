/**
 * Retrying a Zalo send that failed for a passing reason (a 429, a 5xx, the network) within a budget.
 * A webhook must answer soon, and the platform delivers again what failed, so it retries little; a
 * polled update never comes again, so polling waits longer; reminders are retried by their queue.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { SendError } from '../../ports/messenger.js';

/** How hard to try again. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly retries: number;
  /** Longest single wait, in seconds: a 429 that asks for more is not waited for. */
  readonly maxWaitSeconds: number;
  /** First wait after a 5xx or a network error (or a 429 without a wait), doubled each time, in ms. */
  readonly backoffMs: number;
}

/** No retry: the caller retries (the reminder queue). */
export const NO_RETRY: RetryPolicy = { retries: 0, maxWaitSeconds: 0, backoffMs: 0 };
/** By webhook: one quick retry, so the request ends within a few seconds; then the platform redelivers. */
export const WEBHOOK_RETRY: RetryPolicy = { retries: 1, maxWaitSeconds: 2, backoffMs: 1000 };
/** By polling: up to 8 retries, waits of 1 s doubling (about 4 minutes in all), or what a 429 asks up to 5 minutes. */
export const POLLING_RETRY: RetryPolicy = { retries: 8, maxWaitSeconds: 300, backoffMs: 1000 };

/** How long to wait before retry number `attempt + 1`, in ms; null when the failure is final. */
export function waitBeforeRetry(error: SendError, attempt: number, policy: RetryPolicy): number | null {
  if (attempt >= policy.retries) return null;
  if (error.failure !== 'rate_limited' && error.failure !== 'transient') return null;
  const backoff = policy.backoffMs * 2 ** attempt;
  const waitMs = error.failure === 'rate_limited' && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : backoff;
  return waitMs <= policy.maxWaitSeconds * 1000 ? waitMs : null;
}

/** Calls `send` until it succeeds or the policy gives up; rejects with the last SendError. */
export async function sendWithRetry(
  send: () => Promise<void>,
  toSendError: (error: unknown) => SendError,
  policy: RetryPolicy,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await send();
      return;
    } catch (thrown) {
      const error = toSendError(thrown);
      const waitMs = waitBeforeRetry(error, attempt, policy);
      if (waitMs === null) throw error;
      await wait(waitMs);
    }
  }
}
