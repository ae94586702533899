/**
 * `reminders --stuck` and `reminders --resend-stuck`: the reminders a worker that died left
 * "sending" (claimed, never confirmed) longer than a job's lock and a margin, one line each (schedule,
 * period, offset, chat, since when), and the one command that sends them again (a new job each, on
 * the reminder queue in Redis). A deployment with REMINDER_STUCK=list (at most once) relies on these;
 * by default the worker's sweep sends them again by itself. The threshold and the queue come from the
 * composition root (src/composition/admin-queue.ts).
 */
import type { PlanningDeps, RemindersStore } from '../../app/reminders/reminder-deps.js';
import { resendStuckReminders, stuckReminders } from '../../app/reminders/stuck-reminders.js';
import { LATE_OFFSET } from '../../core/reminders/types.js';
import type { CalendarStore } from '../../ports/calendar-store.js';
import type { DeliveryLedger, StuckDelivery } from '../../ports/delivery-ledger.js';
import type { Out, StuckCommandDeps } from './command.js';

export type { StuckCommandDeps } from './command.js';

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
