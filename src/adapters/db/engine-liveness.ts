/**
 * Whether an embedded database engine still answers, for /healthz. The engine runs inside the process,
 * so an engine that stopped answering is a process that must be restarted, unlike a PostgreSQL server
 * out of reach (that is /readyz's business: restarting us would not bring it back).
 *
 * Cheap and bounded: a `SELECT 1` answered less than FRESH_MS ago counts without asking again; otherwise
 * one probe runs (never two at once) and /healthz waits for it at most WAIT_MS. PGlite is one session,
 * so a probe queues behind a running transaction, which may hold it up to 15 s: the engine counts as
 * dead only when a probe has been waiting longer than STALE_MS, or when it answered with an error.
 */

/** An answer less than this old is taken as is (our choice: Docker's HEALTHCHECK asks every 30 s). */
export const FRESH_MS = 5_000;
/** How long /healthz waits for a probe (our choice, inside the HEALTHCHECK's 5 s timeout). */
export const WAIT_MS = 1_000;
/** A probe unanswered this long means a hung engine: longer than a transaction may run (15 s). */
export const STALE_MS = 20_000;

export interface EngineLivenessOptions {
  readonly now?: () => number;
  readonly freshMs?: number;
  readonly waitMs?: number;
  readonly staleMs?: number;
}

/** Returns a check that resolves, within `waitMs`, whether the engine behind `ping` is alive. */
export function engineLiveness(ping: () => Promise<unknown>, options: EngineLivenessOptions = {}): () => Promise<boolean> {
  const now = options.now ?? Date.now;
  const freshMs = options.freshMs ?? FRESH_MS;
  const waitMs = options.waitMs ?? WAIT_MS;
  const staleMs = options.staleMs ?? STALE_MS;
  let answeredAt: number | undefined;
  let failed = false;
  let probe: { startedAt: number; done: Promise<void> } | undefined;

  const startProbe = () => {
    const startedAt = now();
    const done = ping().then(
      () => {
        answeredAt = now();
        failed = false;
      },
      () => {
        failed = true;
      },
    );
    const current = { startedAt, done: done.finally(() => (probe === current ? (probe = undefined) : undefined)) };
    probe = current;
    return current;
  };

  return async () => {
    if (answeredAt !== undefined && !failed && now() - answeredAt < freshMs) return true;
    const current = probe ?? startProbe();
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      current.done.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), waitMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    if (answered) return !failed;
    return now() - current.startedAt < staleMs;
  };
}
