/** The worker's periodic look for reminders a dead worker left stuck in sending. */
import { DEFAULT_WORKER_TIMING, type WorkerTiming } from '../adapters/queue/index.js';
import type { PlanningDeps } from '../app/reminders/reminder-deps.js';
import { resendStuckReminders, stuckAfterMs, stuckReminders } from '../app/reminders/stuck-reminders.js';
import type { Config } from '../config.js';
import type { ReminderMetrics } from './counting.js';

/** When a claimed reminder counts as stuck: REMINDER_STUCK_AFTER_SECONDS, or the workers' job lock plus a margin. */
export function configuredStuckAfterMs(config: Pick<Config, 'stuckReminders'>, timing: WorkerTiming = DEFAULT_WORKER_TIMING): number {
  return config.stuckReminders.afterMs ?? stuckAfterMs(timing.lockDuration);
}

/**
 * One sweep of the reminders a dead worker left stuck in sending: sent again and counted, or (policy
 * `list`, at most once) logged once per row for the admin to list and resend.
 */
export function stuckSweep(deps: PlanningDeps, policy: 'resend' | 'list', olderThanMs: number, metrics: ReminderMetrics | undefined): () => Promise<void> {
  const reported = new Set<number>();
  return async () => {
    if (policy === 'resend') {
      const { resent } = await resendStuckReminders(deps, olderThanMs);
      for (const row of resent) metrics?.remindersResent?.inc({ channel: row.chat.channel });
      return;
    }
    const stuck = (await stuckReminders(deps, olderThanMs)).filter((row) => !reported.has(row.id));
    if (stuck.length === 0) return;
    for (const row of stuck) reported.add(row.id);
    deps.log.warn({
      msg: 'reminders left sending by a stopped worker; not sent again (REMINDER_STUCK=list): admin reminders --stuck lists them, --resend-stuck sends them',
      deliveryIds: stuck.map((row) => row.id),
    });
  };
}
