/**
 * Planning reminders: which messages a day's occasions call for (DESIGN 2.3) — a nudge to each focal
 * point whose units have not reported, a digest to each linked group, the late summary to the
 * supervisors the day after the deadline — and, for real, one ledger row and one queue job per
 * message. Planning is idempotent: the ledger's unique key and the job ids derived from its rows
 * make a second run (a restart, a catch-up, a Redis that lost its jobs) add only what is missing.
 *
 * A scheduled run (no date given) plans each schedule for today in its own time zone, once its send
 * hour has come; a run for a given date (the dry run, the admin command) plans every occasion of it.
 */
import { inForce, provincesWithOwn } from '../../core/calendar/index.js';
import { civilTimeIn } from '../../core/civil-time/index.js';
import { occasionsOn, planOccasion } from '../../core/reminders/index.js';
import type { ChatRef, Occasion, PlannedDelivery, ReportingSchedule } from '../../core/reminders/types.js';
import type { Unit } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { CalendarStore } from '../../ports/calendar-store.js';
import type { ChatStore, StoredChat } from '../../ports/chat-store.js';
import type { DeliveryKey } from '../../ports/delivery-ledger.js';
import type { DeliveryJob } from '../../ports/reminder-queue.js';
import type { RoleHolders } from '../../ports/role-holders.js';
import type { SubmissionStore } from '../../ports/submission-store.js';
import { readDaysOff } from '../calendar/calendar.js';
import { audienceOf, isWithin, linkableUnitIds } from './audience.js';
import type { PlanningDeps, ReminderDeps } from './reminder-deps.js';

/** One occasion and the messages it calls for. */
export interface OccasionPlan {
  readonly occasion: Occasion;
  /** Units in the audience, how many, and how many of them have reported for the period. */
  readonly audienceIds: readonly number[];
  readonly audienceSize: number;
  readonly submittedCount: number;
  readonly deliveries: readonly PlannedDelivery[];
  /** The group chats among the recipients, as stored (they carry their ids). */
  readonly groups: readonly StoredChat[];
}

/** What a planning run did. */
export interface PlanningSummary {
  readonly occasions: number;
  /** Messages the occasions call for, and how many of them were new to the queue this time. */
  readonly planned: number;
  readonly enqueued: number;
}

/** What a dry run reads: the calendar, who reported, role holders and linked groups; it writes nothing. */
export type PreviewStore = CalendarStore & ChatStore & RoleHolders & SubmissionStore;

/**
 * The occasions of `date` for these schedules and the messages they call for; writes nothing.
 * `calendar` is every schedule stored (default: these): a national schedule's audience leaves out
 * the provinces that have their own schedule of its family.
 */
export async function previewReminders(
  deps: ReminderDeps<PreviewStore>,
  date: string,
  schedules: readonly ReportingSchedule[],
  calendar: readonly ReportingSchedule[] = schedules,
): Promise<OccasionPlan[]> {
  const inUse = schedules.filter(inForce);
  if (inUse.length === 0) return [];
  const days = await readDaysOff(deps.store);
  const index = deps.units();
  const plans: OccasionPlan[] = [];
  for (const occasion of occasionsOn(inUse, date, days)) {
    plans.push(await planOne(deps, index, occasion, provincesWithOwn(occasion.schedule, calendar)));
  }
  return plans;
}

async function planOne(deps: ReminderDeps<PreviewStore>, index: UnitIndex, occasion: Occasion, elsewhere: ReadonlySet<number>): Promise<OccasionPlan> {
  const audience = audienceOf(occasion.schedule, index).filter((u) => !elsewhere.has(index.provinceOf(u).id));
  const ids = audience.map((u) => u.id);
  const submitted = new Set((await deps.store.submissionsForPeriod(ids, occasion.period)).map((s) => s.unitId));
  const provinceOf = (unitId: number) => {
    const unit = index.get(unitId);
    return unit ? index.provinceOf(unit).id : unitId;
  };
  const nudge = occasion.kind === 'nudge';
  const provinceIds = [...new Set(ids.map(provinceOf))];
  const focalPoints = nudge ? await deps.store.contacts(ids, occasion.schedule.reporterRole) : [];
  const supervisors = nudge ? [] : await deps.store.contacts(provinceIds, occasion.schedule.escalateTo);
  const groups = nudge ? await deps.store.linkedGroups(linkableUnitIds(audience, index)) : [];
  const deliveries = planOccasion(occasion, {
    audience: ids,
    submitted,
    focalPoints,
    supervisors,
    provinceOf,
    groups: groups.map((chat) => ({
      group: { chat: { channel: chat.channel, externalChatId: chat.externalChatId }, unitId: chat.unitId ?? 0 },
      audienceUnitIds: audienceUnder(audience, chat.unitId, index),
    })),
  });
  return { occasion, audienceIds: ids, audienceSize: ids.length, submittedCount: submitted.size, deliveries, groups };
}

function audienceUnder(audience: readonly Unit[], unitId: number | null, index: UnitIndex): number[] {
  return unitId === null ? [] : audience.filter((u) => isWithin(u, unitId, index)).map((u) => u.id);
}

/** The schedules a scheduled run plans now, each with today's date in its time zone. */
function dueNow(schedules: readonly ReportingSchedule[], now: Date, scheduleKey: string | undefined): Map<string, ReportingSchedule[]> {
  const byDate = new Map<string, ReportingSchedule[]>();
  for (const schedule of schedules) {
    if (!schedule.active || (scheduleKey !== undefined && schedule.key !== scheduleKey)) continue;
    const { date, hour } = civilTimeIn(schedule.timezone, now);
    if (hour < schedule.sendHour) continue;
    byDate.set(date, [...(byDate.get(date) ?? []), schedule]);
  }
  return byDate;
}

/**
 * Plans and enqueues. Without a date: today's occasions of the schedules whose send hour has come
 * (the queue's schedulers call this at the send hour, and the worker once at start to catch up).
 */
export async function runPlanning(deps: PlanningDeps, request: { readonly scheduleKey?: string; readonly date?: string }): Promise<PlanningSummary> {
  const schedules = await deps.store.listSchedules();
  const batches =
    request.date !== undefined
      ? new Map([[request.date, schedules.filter((s) => request.scheduleKey === undefined || s.key === request.scheduleKey)]])
      : dueNow(schedules, deps.clock.now(), request.scheduleKey);
  const plans: OccasionPlan[] = [];
  for (const [date, due] of batches) plans.push(...(await previewReminders(deps, date, due, schedules)));
  const summary = await enqueuePlans(deps, plans);
  deps.log.info({ msg: 'reminders planned', ...summary, scheduleKey: request.scheduleKey, date: request.date });
  return summary;
}

const chatKey = (ref: ChatRef) => `${ref.channel}/${ref.externalChatId}`;

/** Ledger rows for every planned message, then a job for each row still pending. */
async function enqueuePlans(deps: PlanningDeps, plans: readonly OccasionPlan[]): Promise<PlanningSummary> {
  const privateRefs = plans.flatMap((p) => p.deliveries.filter((d) => d.kind !== 'digest').map((d) => d.chat));
  const chats = new Map<string, StoredChat>();
  for (const chat of await deps.store.ensurePrivateChats(uniqueRefs(privateRefs))) chats.set(chatKey(chat), chat);
  for (const chat of plans.flatMap((p) => p.groups)) chats.set(chatKey(chat), chat);

  const keys: DeliveryKey[] = [];
  const planned: { plan: OccasionPlan; delivery: PlannedDelivery; chat: StoredChat }[] = [];
  for (const plan of plans) {
    for (const delivery of plan.deliveries) {
      const chat = chats.get(chatKey(delivery.chat));
      if (!chat?.active) continue;
      const { schedule, period, offsetDays } = plan.occasion;
      keys.push({ scheduleId: schedule.id, period, offsetDays, chatId: chat.id });
      planned.push({ plan, delivery, chat });
    }
  }
  const rows = await deps.store.planDeliveries(keys);
  const jobs: DeliveryJob[] = [];
  rows.forEach((row, i) => {
    const item = planned[i];
    if (!item || row.status !== 'pending') return;
    const { occasion } = item.plan;
    jobs.push({
      deliveryId: row.id,
      kind: item.delivery.kind,
      scheduleId: occasion.schedule.id,
      period: occasion.period,
      due: occasion.due,
      offsetDays: occasion.offsetDays,
      sendOn: occasion.sendOn,
      chat: item.delivery.chat,
      chatKind: item.chat.kind,
      language: item.delivery.language,
      unitIds: item.delivery.unitIds,
    });
  });
  await deps.queue.enqueueDeliveries(jobs);
  return { occasions: plans.length, planned: keys.length, enqueued: jobs.length };
}

function uniqueRefs(refs: readonly ChatRef[]): ChatRef[] {
  const seen = new Map<string, ChatRef>();
  for (const ref of refs) seen.set(chatKey(ref), ref);
  return [...seen.values()];
}
