/**
 * `reminders --stuck` and `reminders --resend-stuck` (issue 21): the reminders a worker that died left
 * "sending" (claimed, never confirmed) longer than a job's lock and a margin, one line each (schedule,
 * period, offset, chat, since when), and the one command that sends them again (a new job each, on
 * the reminder queue in Redis). A deployment with REMINDER_STUCK=list (at most once) relies on these;
 * by default the worker's sweep sends them again by itself.
 */
import { createRedisConnection, createReminderQueue, DEFAULT_WORKER_TIMING } from '../../adapters/queue/index.js';
import type { PlanningDeps, RemindersStore } from '../../app/reminders/reminder-deps.js';
import { resendStuckReminders, stuckAfterMs, stuckReminders } from '../../app/reminders/stuck-reminders.js';
import { createConfig } from '../../config.js';
import { LATE_OFFSET } from '../../core/reminders/types.js';
import { createLogger } from '../../logger.js';
import type { CalendarStore } from '../../ports/calendar-store.js';
import type { DeliveryLedger, StuckDelivery } from '../../ports/delivery-ledger.js';
import type { ReminderQueue } from '../../ports/reminder-queue.js';
import type { Out } from './command.js';

/** What the stuck commands need beyond the store: the threshold, and the queue (resend only). */
export interface StuckCommandDeps {
  /** How old a claim must be to count as stuck, in ms. */
  readonly stuckAfterMs: number;
  /** Opens the reminder queue (Redis); throws a message fit to show when there is none. */
  openQueue(): Promise<{ readonly queue: ReminderQueue; close(): Promise<void> }>;
}

/** The stuck commands' needs from the environment: REMINDER_STUCK_AFTER_SECONDS, REDIS_URL and REDIS_PREFIX. */
export function stuckDepsFromEnv(env: NodeJS.ProcessEnv = process.env): StuckCommandDeps {
  const config = createConfig(env);
  return {
    stuckAfterMs: config.stuckReminders.afterMs ?? stuckAfterMs(DEFAULT_WORKER_TIMING.lockDuration),
    async openQueue() {
      const redisUrl = config.redisUrl;
      if (redisUrl === undefined) throw new Error('reminders --resend-stuck needs REDIS_URL: the reminders are sent again through the queue');
      const log = createLogger('silent', false);
      const connection = createRedisConnection(redisUrl, { log, connectionName: 'baophu-admin', role: 'producer' });
      const queue = createReminderQueue({ connection, prefix: config.redisPrefix, log });
      return {
        queue,
        async close() {
          await queue.close();
          await connection.quit().catch(() => connection.disconnect());
        },
      };
    },
  };
}

/** One line per stuck row: id, schedule, period, offset, chat, since when, attempts. */
export function stuckLines(rows: readonly StuckDelivery[], scheduleKeys: ReadonlyMap<number, string>): string[] {
  return rows.map((row) => {
    const schedule = scheduleKeys.get(row.scheduleId) ?? `#${row.scheduleId}`;
    const when = row.offsetDays === LATE_OFFSET ? 'late summary' : `${row.offsetDays} day(s) before due`;
    const since = row.claimedAt ?? 'an unknown time';
    return `  #${row.id}  ${schedule} ${row.period}  ${when}  ${row.chat.channel} ${row.chat.externalChatId} (${row.chat.kind})  sending since ${since}  attempts ${row.attempts}`;
  });
}

/** `reminders --stuck`: lists the stuck rows. */
export async function listStuckCommand(store: CalendarStore & DeliveryLedger, out: Out, deps: Pick<StuckCommandDeps, 'stuckAfterMs'>): Promise<void> {
  const rows = await stuckReminders({ store }, deps.stuckAfterMs);
  const keys = new Map((await store.listSchedules()).map((s) => [s.id, s.key]));
  const seconds = Math.round(deps.stuckAfterMs / 1000);
  out(`reminders stuck in "sending" (claimed over ${seconds} s ago by a worker that stopped, never confirmed): ${rows.length}`);
  for (const line of stuckLines(rows, keys)) out(line);
  if (rows.length > 0) out('  send them again with: reminders --resend-stuck (a recipient whose message did reach the platform gets it twice)');
}

/** `reminders --resend-stuck`: sends the stuck rows again through the queue. */
export async function resendStuckCommand(
  store: RemindersStore,
  out: Out,
  deps: StuckCommandDeps,
  reminderDeps: Omit<PlanningDeps, 'store' | 'queue'>,
): Promise<void> {
  const opened = await deps.openQueue();
  try {
    const { stuck, resent, closed } = await resendStuckReminders({ ...reminderDeps, store, queue: opened.queue }, deps.stuckAfterMs);
    const keys = new Map((await store.listSchedules()).map((s) => [s.id, s.key]));
    out(`reminders stuck in "sending": ${stuck.length}; queued again: ${resent.length}; closed with nothing left to send: ${closed}`);
    for (const line of stuckLines(resent, keys)) out(line);
  } finally {
    await opened.close();
  }
}
