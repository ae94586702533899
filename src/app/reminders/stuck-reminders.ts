/**
 * No reminder lost in silence. A delivery claims its ledger row (pending → sending) just
 * before its send; a worker that dies between the claim and the close leaves the row "sending", and
 * the job that BullMQ hands back after the lock expired finds it claimed and does not send it. Such a
 * row is stuck once its claim is older than a job's lock plus STUCK_MARGIN_MS: no live worker can
 * still hold it (a live one renews its lock every half lock).
 *
 * By default a stuck row is sent again (at least once: the dead worker's request may have reached the
 * platform, so the recipient may get the message twice): the sweep puts it back to pending, with the
 * reason as its last error (its attempts keep the count of claims), and queues a job of its own for
 * it, rebuilt from the ledger by planning its occasion again. Where a province prefers at most once
 * (REMINDER_STUCK=list), the rows are only listed (the worker's log, `admin reminders --stuck`) and
 * `admin reminders --resend-stuck` sends them.
 */
import { deadlineOf } from '../../core/calendar/index.js';
import { deadlineOccasions } from '../../core/reminders/index.js';
import type { Occasion, PlannedDelivery, ReportingSchedule } from '../../core/reminders/types.js';
import type { DeliveryLedger, StuckDelivery } from '../../ports/delivery-ledger.js';
import type { DeliveryJob } from '../../ports/reminder-queue.js';
import { readDaysOff } from '../calendar/calendar.js';
import { previewReminders } from './plan-reminders.js';
import type { PlanningDeps, ReminderDeps } from './reminder-deps.js';

/** What a sweep does with stuck rows: send them again (the default), or only list them (at most once). */
export type StuckPolicy = 'resend' | 'list';

/** The margin past the job lock before a claimed row counts as stuck (our choice: 30 s, one more lock). */
export const STUCK_MARGIN_MS = 30_000;

/** How old a claim must be to count as stuck: the job lock plus STUCK_MARGIN_MS (60 s with BullMQ's 30 s lock). */
export function stuckAfterMs(lockDurationMs: number): number {
  return lockDurationMs + STUCK_MARGIN_MS;
}

/** What a resend did. */
export interface ResendSummary {
  /** The rows found stuck. */
  readonly stuck: readonly StuckDelivery[];
  /** Rows put back to pending and queued again. */
  readonly resent: readonly StuckDelivery[];
  /** Rows closed as skipped: nothing left to send (the units reported, the schedule is off, the chat inactive). */
  readonly closed: number;
}

/** The stuck rows, oldest claim first. */
export function stuckReminders(deps: Pick<ReminderDeps<DeliveryLedger>, 'store'>, olderThanMs: number): Promise<StuckDelivery[]> {
  return deps.store.listStuckDeliveries(olderThanMs);
}

const occasionKey = (r: { scheduleId: number; period: string; offsetDays: number }) => JSON.stringify([r.scheduleId, r.period, r.offsetDays]);

/**
 * Sends the stuck rows again: each is put back to pending (unless it was closed or claimed again
 * meanwhile, or another sweep took it first) and queued under a job id of its own. A row whose
 * message has nothing left to say is closed as skipped instead.
 */
export async function resendStuckReminders(deps: PlanningDeps, olderThanMs: number): Promise<ResendSummary> {
  const stuck = await deps.store.listStuckDeliveries(olderThanMs);
  if (stuck.length === 0) return { stuck, resent: [], closed: 0 };
  const planned = await plannedFor(deps, stuck);
  const jobs: DeliveryJob[] = [];
  const resent: StuckDelivery[] = [];
  let closed = 0;
  for (const row of stuck) {
    const reason = `left sending since ${row.claimedAt ?? 'an unknown time'} by a worker that stopped; sent again`;
    const found = planned.get(row.id);
    const requeued = await deps.store.requeueStuckDelivery(row.id, olderThanMs, reason);
    if (!requeued) continue;
    if (!found) {
      await deps.store.finishDelivery(row.id, { status: 'skipped', at: deps.clock.now(), error: `${reason}: nothing left to send` });
      closed += 1;
      continue;
    }
    const { occasion, delivery } = found;
    jobs.push({
      deliveryId: row.id,
      kind: delivery.kind,
      scheduleId: occasion.schedule.id,
      period: occasion.period,
      due: occasion.due,
      offsetDays: occasion.offsetDays,
      sendOn: occasion.sendOn,
      chat: delivery.chat,
      chatKind: row.chat.kind,
      language: delivery.language,
      unitIds: delivery.unitIds,
      resend: requeued.attempts,
    });
    resent.push(row);
  }
  await deps.queue.enqueueDeliveries(jobs);
  if (resent.length > 0 || closed > 0) {
    deps.log.warn({ msg: 'reminders left sending by a stopped worker: sent again', resent: resent.map((r) => r.id), closed });
  }
  return { stuck, resent, closed };
}

/** The occasion and planned message of each stuck row that still has something to say, by row id. */
async function plannedFor(deps: ReminderDeps, rows: readonly StuckDelivery[]): Promise<Map<number, { occasion: Occasion; delivery: PlannedDelivery }>> {
  const calendar = await deps.store.listSchedules();
  const days = await readDaysOff(deps.store);
  const byOccasion = new Map<string, StuckDelivery[]>();
  for (const row of rows) byOccasion.set(occasionKey(row), [...(byOccasion.get(occasionKey(row)) ?? []), row]);
  const found = new Map<number, { occasion: Occasion; delivery: PlannedDelivery }>();
  for (const group of byOccasion.values()) {
    const first = group[0];
    const schedule = calendar.find((s) => s.id === first?.scheduleId);
    if (!first || !schedule) continue;
    const occasion = occasionOf(schedule, first.period, first.offsetDays, days);
    if (!occasion) continue;
    const plans = await previewReminders(deps, occasion.sendOn, [schedule], calendar);
    const plan = plans.find((p) => p.occasion.period === occasion.period && p.occasion.offsetDays === occasion.offsetDays);
    for (const row of group) {
      const delivery = plan?.deliveries.find((d) => d.chat.channel === row.chat.channel && d.chat.externalChatId === row.chat.externalChatId);
      if (plan && delivery && row.chat.active) found.set(row.id, { occasion: plan.occasion, delivery });
    }
  }
  return found;
}

/** The occasion of a ledger key: the schedule's deadline for the period, and the nudge or late summary at that offset. */
function occasionOf(schedule: ReportingSchedule, period: string, offsetDays: number, days: Parameters<typeof deadlineOf>[2]): Occasion | null {
  const deadline = deadlineOf(schedule, period, days);
  if (!deadline) return null;
  return deadlineOccasions(schedule, period, deadline.endsOn, days).find((o) => o.offsetDays === offsetDays) ?? null;
}
