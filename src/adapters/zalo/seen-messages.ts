/**
 * De-duplication of deliveries. Zalo has no update id and may deliver a message again (a webhook
 * retried after a timeout or an error): the message id is the key. This in-memory set is bounded
 * (oldest keys forgotten first) and serves tests and a single process; several replicas need a
 * shared store behind the same two functions.
 */

/** Marks keys as processed. */
export interface SeenMessages {
  /** Marks the key; true when it was already marked (the delivery is a duplicate). */
  seen(key: string): Promise<boolean>;
  /** Unmarks the key, so that a redelivery is processed (after a failure worth retrying). */
  forget(key: string): Promise<void>;
}

/** Creates an in-memory set that remembers at most `capacity` keys. */
export function createMemorySeenMessages(capacity = 10_000): SeenMessages {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  // A Set iterates in insertion order: the first key is the oldest.
  const keys = new Set<string>();
  return {
    async seen(key) {
      if (keys.has(key)) return true;
      keys.add(key);
      if (keys.size > capacity) {
        const oldest = keys.values().next();
        if (!oldest.done) keys.delete(oldest.value);
      }
      return false;
    },
    async forget(key) {
      keys.delete(key);
    },
  };
}
