/** Whether the store can be reached now. */
export interface StoreHealth {
  /** Resolves when the database answers; rejects when it is unreachable (readiness, redelivery decisions). */
  ping(): Promise<void>;
}
