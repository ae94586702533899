/**
 * The worker of the planning queue, one job at a time per process: a scheduler's daily 'plan' job
 * asks the use case to plan that schedule's occasions (it queues the deliveries); a 'sync' job
 * re-derives the schedulers from the calendar after an edit. A job of any other name is a bug: it
 * fails at once instead of being retried.
 */
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ReportingSchedule } from '../../core/reminders/types.js';
import type { Logger } from '../../logger.js';
import { withEventLog } from './log-worker-events.js';
import { PLAN_QUEUE, type PlanJobData, type PlanJobName } from './reminder-jobs.js';
import type { PlanQueue } from './reminder-queue.js';
import { type SyncOptions, syncSchedulers } from './sync-schedulers.js';
import type { WorkerTiming } from './worker-timing.js';

/** What the planning worker needs. */
export interface PlanningWorkerDeps {
  readonly connection: Redis;
  readonly prefix: string;
  readonly log: Logger;
  readonly timing: WorkerTiming;
  /** The planning queue (its schedulers are synced through it). */
  readonly queue: PlanQueue;
  readonly sync?: SyncOptions;
  plan(request: { scheduleKey?: string }): Promise<void>;
  schedules(): Promise<readonly ReportingSchedule[]>;
}

/** A running planning worker. */
export interface PlanningWorker {
  readonly worker: Worker<PlanJobData, void, PlanJobName>;
  close(force?: boolean): Promise<void>;
}

/** Re-derives the schedulers from the calendar and logs what changed. */
export async function syncFromCalendar(deps: Pick<PlanningWorkerDeps, 'queue' | 'schedules' | 'sync' | 'log'>): Promise<void> {
  const outcome = await syncSchedulers(deps.queue, await deps.schedules(), deps.sync);
  if (outcome.skipped) {
    deps.log.warn({ msg: 'scheduler sync skipped: another instance held the lock throughout' });
  } else if (outcome.upserted.length > 0 || outcome.removed.length > 0) {
    deps.log.info({ msg: 'schedulers synced', upserted: outcome.upserted, removed: outcome.removed });
  }
}

/** Starts the planning worker (concurrency 1). */
export function startPlanningWorker(deps: PlanningWorkerDeps): PlanningWorker {
  const log = deps.log.child({ queue: PLAN_QUEUE });
  const processJob = async (job: Job<PlanJobData, void, PlanJobName>): Promise<void> => {
    switch (job.name) {
      case 'plan': {
        const { scheduleKey } = job.data;
        await deps.plan(scheduleKey === undefined ? {} : { scheduleKey });
        return;
      }
      case 'sync':
        await syncFromCalendar({ ...deps, log });
        return;
      default:
        throw new UnrecoverableError(`the planning queue has no handler for job ${String(job.name)}`);
    }
  };
  const worker = new Worker<PlanJobData, void, PlanJobName>(PLAN_QUEUE, processJob, {
    connection: deps.connection,
    prefix: deps.prefix,
    concurrency: 1,
    lockDuration: deps.timing.lockDuration,
    stalledInterval: deps.timing.stalledInterval,
    maxStalledCount: deps.timing.maxStalledCount,
    name: 'plan',
  });
  return withEventLog(worker, deps.connection, log);
}
