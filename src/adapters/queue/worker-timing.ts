/**
 * Lock and stall settings of the reminder workers, set explicitly rather than left to BullMQ's
 * defaults, because they decide what happens when a worker process dies mid-job (SIGKILL, OOM, a
 * lost node). A live worker renews its job locks every lockDuration / 2, so a slow send never loses
 * its lock; a dead one stops renewing, its locks expire after lockDuration, and the next stalled
 * check of any worker (every stalledInterval) puts its jobs back to wait: they run again within
 * about lockDuration + stalledInterval (one minute). A delivery picked up again that way finds its
 * ledger row in `sending` and does not send it; the stuck sweep sends it again once its claim is older
 * than lockDuration plus a margin (app/reminders/stuck-reminders.ts); planning is idempotent.
 */

/** The three settings, as BullMQ's WorkerOptions name them. */
export interface WorkerTiming {
  /** How long a job's lock lasts without renewal, in ms. */
  readonly lockDuration: number;
  /** How often a worker looks for jobs whose lock expired, in ms. */
  readonly stalledInterval: number;
  /** How many times a job may stall and come back before it fails for good. */
  readonly maxStalledCount: number;
}

/**
 * Our choices: BullMQ's 30 s lock and 30 s check; 2 stalls allowed (BullMQ's default is 1) so that one
 * crash of a deployment's rolling restart does not fail a job, while a job that keeps killing its
 * worker stops after the second time.
 */
export const DEFAULT_WORKER_TIMING: WorkerTiming = { lockDuration: 30_000, stalledInterval: 30_000, maxStalledCount: 2 };
