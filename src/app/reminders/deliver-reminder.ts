/**
 * Delivering one planned reminder, at most once. The ledger row is claimed (pending → sending), so two
 * workers, a redelivered job or a job run again after a crash cannot send it twice; the claim reads in
 * the same round trip which of the job's units have reported, so the text is composed from the
 * figures as they are at that moment: a unit that reported since planning is not nudged, and a
 * message with nothing left to say is skipped. Then the message goes out at once.
 *
 * Failures: a 429 or a transient error puts the row back to pending and asks the queue to retry
 * (after the platform's retry_after for a 429); a user who blocked the bot makes the chat inactive
 * and the row failed for good. A failure while composing (the late summary's read of the focal
 * points) puts the row back to pending too, and the queue's retry sends it. A crash between the claim
 * and the close (a short window: only the late summary reads the database in it) leaves the row
 * "sending": the job that comes back does not send it (a live worker may still hold it), but once the
 * claim is older than a job's lock and a margin the stuck sweep sends it again, or lists it for the
 * admin (stuck-reminders.ts). A schedule switched off after planning sends nothing.
 */

import { periodParts } from '../../core/periods/index.js';
import { composeDigest, composeLateSummary, composeNudge } from '../../core/reminders/replies.js';
import type { ChatRef, ReportingSchedule } from '../../core/reminders/types.js';
import { visible } from '../../core/text/visible.js';
import type { Language, PeriodCode, Role } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import { SendError } from '../../ports/messenger.js';
import { type DeliveryJob, type DeliveryOutcome, type DeliveryProgress, RetryDelivery } from '../../ports/reminder-queue.js';
import type { DeliveryDeps } from './reminder-deps.js';

/** How long the schedules read for delivering are reused (an edit shows within this time). */
const SCHEDULE_CACHE_MS = 30_000;

/**
 * How to answer a nudge in one line. The period is written out: left implicit, the answer would go to
 * the open period of the nearest deadline, which is another report's when two are due the same day
 * (December's monthly figures and the annual report, both due 20 December). "submit" is read only as
 * a command, hence the slash.
 */
function keysHint(lang: Language, period: PeriodCode, role: Role): string {
  // The statistics office sends the denominators; focal points the insured counts and the labour force.
  const keys = role === 'statistics' ? ['ld', 'ds', 'sth'] : ['bb', 'tn', 'ld'];
  const n = lang === 'vi' ? '<số>' : '<n>';
  return `${lang === 'vi' ? 'nop' : '/submit'} ${typedPeriod(period)} ${keys.map((k) => `${k} ${n}`).join(' ')}`;
}

/** A period as a submission writes it: "2026", "6T/2026", "9T/2026", "Q4/2026", "T12/2026". */
function typedPeriod(period: PeriodCode): string {
  const parts = periodParts(period);
  if (!parts) return period;
  switch (parts.kind) {
    case 'year':
      return String(parts.year);
    case 'six-months':
      return `6T/${parts.year}`;
    case 'nine-months':
      return `9T/${parts.year}`;
    case 'quarter':
      return `Q${parts.index}/${parts.year}`;
    case 'month':
      return `T${parts.index}/${parts.year}`;
  }
}

/**
 * Creates the delivery use case the queue's workers call for each job; `progress` hears when the
 * message's send to the platform started (the queue counts the chat's spacing from there).
 */
export function createReminderDelivery(deps: DeliveryDeps): (job: DeliveryJob, progress?: DeliveryProgress) => Promise<DeliveryOutcome> {
  let cached: { at: number; schedules: Map<number, ReportingSchedule> } | null = null;
  async function scheduleOf(id: number): Promise<ReportingSchedule | undefined> {
    const now = deps.clock.now().getTime();
    if (!cached || now - cached.at > SCHEDULE_CACHE_MS || !cached.schedules.has(id)) {
      cached = { at: now, schedules: new Map((await deps.store.listSchedules()).map((s) => [s.id, s])) };
    }
    return cached.schedules.get(id);
  }

  return async (job, progress) => {
    const messenger = deps.messengers[job.chat.channel];
    const schedule = messenger ? await scheduleOf(job.scheduleId) : undefined;
    const skip = !messenger ? `channel ${job.chat.channel} is off` : !schedule ? 'schedule removed' : !schedule.active ? 'schedule switched off' : null;
    const claimed = await deps.store.claimDelivery(job.deliveryId, skip === null ? { unitIds: job.unitIds, period: job.period } : undefined);
    if (!claimed) {
      const row = await deps.store.findDelivery(job.deliveryId);
      if (row?.status === 'sending')
        deps.log.warn({ msg: 'reminder left unconfirmed by an interrupted send; left to the stuck sweep', deliveryId: job.deliveryId });
      return 'not-sent-again';
    }
    const finish = async (status: 'sent' | 'skipped' | 'failed', error?: string): Promise<'sent' | 'skipped' | 'failed'> => {
      await deps.store.finishDelivery(job.deliveryId, { status, at: deps.clock.now(), ...(error === undefined ? {} : { error }) });
      return status;
    };
    if (!messenger || !schedule || skip !== null) return finish('skipped', skip ?? 'no schedule');
    const text = await composeFor(deps, job, schedule, new Set(claimed.reportedUnitIds)).catch(async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      await deps.store.releaseDelivery(job.deliveryId, message);
      throw new RetryDelivery(message);
    });
    if (text === null) return finish('skipped', 'every unit has reported');
    try {
      await sendFollowingMoves(deps, job.chat, (chatId) => {
        const sending = messenger.send({ chatId, text });
        progress?.sendStarted();
        return sending;
      });
    } catch (error) {
      return failed(deps, job, claimed.chatId, error, finish);
    }
    return finish('sent');
  };
}

/**
 * Sends to the chat, and once more to its new id when the platform says it moved (a group became a
 * supergroup while the bot missed the news); the stored chat moves too, so later reminders go there.
 */
async function sendFollowingMoves(deps: DeliveryDeps, chat: ChatRef, send: (chatId: string) => Promise<void>): Promise<void> {
  try {
    await send(chat.externalChatId);
  } catch (error) {
    if (!(error instanceof SendError) || error.movedTo === null) throw error;
    await deps.store.moveChat(chat, error.movedTo);
    deps.log.info({ msg: 'chat moved; reminder sent to its new id', from: chat.externalChatId, to: error.movedTo });
    await send(error.movedTo);
  }
}

async function failed(
  deps: DeliveryDeps,
  job: DeliveryJob,
  chatId: number,
  error: unknown,
  finish: (status: 'failed', error: string) => Promise<DeliveryOutcome>,
): Promise<DeliveryOutcome> {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof SendError && (error.failure === 'blocked' || error.failure === 'rejected')) {
    if (error.failure === 'blocked') await deps.store.deactivateChat(chatId);
    deps.log.warn({ msg: 'reminder refused for good', deliveryId: job.deliveryId, failure: error.failure });
    return finish('failed', message);
  }
  await deps.store.releaseDelivery(job.deliveryId, message);
  const afterMs = error instanceof SendError && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : undefined;
  throw new RetryDelivery(message, afterMs);
}

/** The message for the job as things stand (`reported`: its units that have), or null when every unit it is about has reported. */
async function composeFor(deps: DeliveryDeps, job: DeliveryJob, schedule: ReportingSchedule, reported: ReadonlySet<number>): Promise<string | null> {
  const missing = job.unitIds.filter((id) => !reported.has(id));
  if (missing.length === 0) return null;
  const index = deps.units();
  const lang = job.language;
  const label = (id: number) => labelOf(index, id, lang);
  const scheduleName = lang === 'vi' ? schedule.nameVi : schedule.nameEn;
  const base = { scheduleName, period: job.period, due: job.due, sendOn: job.sendOn };
  if (job.kind === 'nudge') return composeNudge(lang, { ...base, units: missing.map(label), keysHint: keysHint(lang, job.period, schedule.reporterRole) });
  if (job.kind === 'digest') return composeDigest(lang, { ...base, missing: missing.map(label), total: job.unitIds.length });
  const focal = await deps.store.contacts(missing, schedule.reporterRole);
  return composeLateSummary(lang, {
    scheduleName,
    period: job.period,
    due: job.due,
    total: job.unitIds.length,
    reporterRole: schedule.reporterRole,
    missing: missing.map((id) => ({ unit: label(id), focalPoints: focal.filter((c) => c.unitIds.includes(id)).map((c) => visible(c.displayName)) })),
  });
}

function labelOf(index: UnitIndex, id: number, lang: Language): string {
  const unit = index.get(id);
  return unit ? describeUnit(unit, index, lang) : `#${id}`;
}
