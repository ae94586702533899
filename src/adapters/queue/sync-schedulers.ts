/**
 * Derives the planning queue's job schedulers from the calendar (the database is the source of truth):
 * one scheduler `plan-<key>` per active schedule that fires a 'plan' job daily at the schedule's send
 * hour in its time zone. Schedulers no longer wanted are removed; unchanged ones are not touched, so
 * their next delayed job stays as it is. Instances starting together take a Redis lock and apply
 * changes one at a time; each re-reads the schedulers once it holds the lock, so the later ones find
 * nothing to do.
 */

import type { JobSchedulerJson } from 'bullmq';
import { Redis } from 'ioredis';
import { BaophuError, InvariantError } from '../../core/errors.js';
import type { ReportingSchedule } from '../../core/reminders/types.js';
import { withRedisLock } from './redis-lock.js';
import { PLAN_JOB_OPTIONS, type PlanJobData, type PlanJobName, SCHEDULER_PREFIX, schedulerId } from './reminder-jobs.js';
import type { PlanQueue } from './reminder-queue.js';

/** What a sync did, by scheduler id; `skipped` when another instance held the lock throughout. */
export type SyncOutcome =
  | { readonly skipped: false; readonly upserted: string[]; readonly removed: string[]; readonly unchanged: string[] }
  | { readonly skipped: true };

/** Lock timing (our choices): a sync takes milliseconds; the lock outlives a stuck holder for 30 s; a waiter waits 10 s. */
export interface SyncOptions {
  readonly lockTtlMs?: number;
  readonly lockWaitMs?: number;
}

/** Thrown for a schedule whose send hour or time zone cannot make a daily cron; nothing is changed. */
export class InvalidScheduleError extends BaophuError {
  constructor(
    readonly scheduleKey: string,
    reason: string,
  ) {
    super('invalid-schedule', `schedule ${scheduleKey}: ${reason}`);
  }
}

interface Wanted {
  readonly id: string;
  readonly scheduleKey: string;
  readonly pattern: string;
  readonly tz: string;
}

function wantedSchedulers(schedules: readonly ReportingSchedule[]): Map<string, Wanted> {
  const wanted = new Map<string, Wanted>();
  for (const schedule of schedules) {
    if (!schedule.active) continue;
    if (!Number.isInteger(schedule.sendHour) || schedule.sendHour < 0 || schedule.sendHour > 23) {
      throw new InvalidScheduleError(schedule.key, `send hour ${schedule.sendHour} is not 0–23`);
    }
    if (!isTimeZone(schedule.timezone)) throw new InvalidScheduleError(schedule.key, `unknown time zone ${schedule.timezone}`);
    const id = schedulerId(schedule.key);
    wanted.set(id, { id, scheduleKey: schedule.key, pattern: `0 ${schedule.sendHour} * * *`, tz: schedule.timezone });
  }
  return wanted;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function unchanged(existing: JobSchedulerJson<PlanJobData>, wanted: Wanted): boolean {
  return (
    existing.pattern === wanted.pattern &&
    existing.tz === wanted.tz &&
    existing.name === 'plan' &&
    existing.template?.data?.scheduleKey === wanted.scheduleKey &&
    existing.template.opts?.attempts === PLAN_JOB_OPTIONS.attempts
  );
}

/** The ioredis client a queue made by createPlanQueue was given (the lock needs plain commands). */
function redisOf(queue: PlanQueue): Redis {
  const connection = queue.opts.connection;
  if (!(connection instanceof Redis)) throw new InvariantError('syncSchedulers needs a queue opened on an ioredis connection');
  return connection;
}

/** Makes the planning queue's `plan-*` schedulers match the active schedules. */
export async function syncSchedulers(queue: PlanQueue, schedules: readonly ReportingSchedule[], options: SyncOptions = {}): Promise<SyncOutcome> {
  const wanted = wantedSchedulers(schedules);
  const lockKey = `${queue.opts.prefix ?? 'bull'}:${queue.name}-sync-lock`;
  const locked = await withRedisLock(
    redisOf(queue),
    lockKey,
    {
      ttlMs: options.lockTtlMs ?? 30_000,
      waitMs: options.lockWaitMs ?? 10_000,
    },
    async () => {
      const existing = (await queue.getJobSchedulers(0, -1)).filter((s) => s.key.startsWith(SCHEDULER_PREFIX)).sort((a, b) => a.key.localeCompare(b.key));
      const byId = new Map(existing.map((s) => [s.key, s]));
      const outcome = { skipped: false as const, upserted: [] as string[], removed: [] as string[], unchanged: [] as string[] };
      for (const scheduler of existing) {
        if (wanted.has(scheduler.key)) continue;
        await queue.removeJobScheduler(scheduler.key);
        outcome.removed.push(scheduler.key);
      }
      for (const w of wanted.values()) {
        const current = byId.get(w.id);
        if (current && unchanged(current, w)) {
          outcome.unchanged.push(w.id);
          continue;
        }
        // BullMQ types the scheduler id as a job name; it is any string.
        await queue.upsertJobScheduler(
          w.id as PlanJobName,
          { pattern: w.pattern, tz: w.tz },
          {
            name: 'plan',
            data: { scheduleKey: w.scheduleKey },
            opts: PLAN_JOB_OPTIONS,
          },
        );
        outcome.upserted.push(w.id);
      }
      return outcome;
    },
  );
  return locked.ran ? locked.value : { skipped: true };
}
