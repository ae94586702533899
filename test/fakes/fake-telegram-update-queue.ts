/**
 * The fake Bot API's pending updates, served as getUpdates does: an offset confirms every update
 * below it (they are never served again), and with no update pending the call waits up to `timeout`
 * seconds for one to arrive.
 */
import type { Update } from 'grammy/types';

/** Pending updates and the getUpdates calls waiting for them. */
export interface UpdateQueue {
  push(update: Update): void;
  take(offset: number, limit: number, timeoutSeconds: number, signal: AbortSignal): Promise<Update[]>;
}

/** Creates an empty queue. */
export function createUpdateQueue(): UpdateQueue {
  let pending: Update[] = [];
  const waiters = new Set<() => void>();

  function available(offset: number, limit: number): Update[] {
    pending = pending.filter((update) => update.update_id >= offset);
    return pending.slice(0, Math.max(1, Math.min(limit, 100)));
  }

  return {
    push(update) {
      pending.push(update);
      for (const wake of [...waiters]) wake();
    },
    async take(offset, limit, timeoutSeconds, signal) {
      const now = available(offset, limit);
      if (now.length > 0 || timeoutSeconds <= 0) return now;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(done);
          signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutSeconds * 1000);
        waiters.add(done);
        signal.addEventListener('abort', done);
      });
      return available(offset, limit);
    },
  };
}
