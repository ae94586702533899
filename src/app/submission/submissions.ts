/**
 * Recording a focal point's submission, shared by the submit and confirm features: the period it is
 * for, the previous figure it is compared with, and saving it with its audit event and receipt, which
 * offers to undo it (a button on Telegram, "1" elsewhere) for UNDO_MINUTES.
 */
import { deadlineOf, isOnTime, scheduleFor, submissionPeriod } from '../../core/calendar/index.js';
import { comparePeriods, periodEnd, periodStart, periodYear } from '../../core/periods/index.js';
import type { Outlier } from '../../core/submission/index.js';
import { composeSubmissionReceipt, type ReceiptTarget, UNDO_MINUTES, UNDO_WORD } from '../../core/submission/receipt.js';
import { composeFuturePeriod, composeNoOpenPeriod, composePeriodTooOld } from '../../core/submission/replies.js';
import type { CountKey, Counts, Language, PeriodCode, Role, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { SubmissionStore, SubmissionVersion } from '../../ports/submission-store.js';
import { daysOffOf, unitCalendar } from '../calendar/calendar.js';
import { openChoiceList } from '../choices/choice-list.js';
import type { Reply } from '../message.js';
import type { AppDeps, Turn } from '../turn.js';

/** The conversation state that offers to undo a submission just recorded. */
export const UNDO_OFFER = 'undo-offer';

/** What the offer holds: the version the undo button withdraws, and the receipt's language. */
export interface UndoOffer {
  readonly reportId: number;
  readonly language: Language;
}

/** A submission that passed every check: what is saved now, or held for confirmation. */
export interface PendingSubmission {
  readonly unitId: number;
  readonly period: PeriodCode;
  readonly periodImplicit: boolean;
  readonly counts: Counts;
  readonly rawText: string;
  readonly messageKey: string | null;
  readonly language: Language;
  /** Changes of more than 30 % against the previous figure (confirmed when saved). */
  readonly outliers: readonly Outlier[];
  /** A correction ("sua bb 41.250"): the keys it did not name, carried from the version it replaces. */
  readonly kept?: readonly CountKey[];
}

/** The period chosen, or the reply that refuses. */
export type PeriodChoice =
  | { readonly kind: 'ok'; readonly period: PeriodCode; readonly implicit: boolean }
  | { readonly kind: 'refused'; readonly text: string };

/**
 * The period named, or the open period whose deadline is nearest (else the next deadline's), by the
 * unit's own calendar. A named period that has not begun is refused unless it is that one (monthly
 * figures may fall due inside their own month). `roles`: the sender's reporting roles for the unit,
 * whose duties alone count (null: every duty, for the console's local administrator). A named period
 * of a year before the current one less `deps.submissionYearsBack` (default SUBMISSION_YEARS_BACK) is
 * refused with the years allowed: older history comes by import.
 */
export function pickPeriod(
  named: PeriodCode | null,
  deps: AppDeps<unknown>,
  today: string,
  lang: Language,
  unit: Unit,
  roles: readonly Role[] | null = null,
): PeriodChoice {
  const open = submissionPeriod(unitCalendar(deps, unit, roles), today, daysOffOf(deps));
  if (named === null) return open ? { kind: 'ok', period: open.period, implicit: true } : { kind: 'refused', text: composeNoOpenPeriod(lang) };
  const start = periodStart(named);
  if (start !== null && start > today && named !== open?.period) return { kind: 'refused', text: composeFuturePeriod(lang, named) };
  const thisYear = Number(today.slice(0, 4));
  const firstYear = thisYear - (deps.submissionYearsBack ?? SUBMISSION_YEARS_BACK);
  if ((periodYear(named) ?? thisYear) < firstYear) return { kind: 'refused', text: composePeriodTooOld(lang, named, firstYear, thisYear) };
  return { kind: 'ok', period: named, implicit: false };
}

/** Chat submissions are for the current year and the two before it unless configured (SUBMISSION_YEARS_BACK). */
export const SUBMISSION_YEARS_BACK = 2;

/**
 * The counts a submission is checked against: the unit's most recent active submission for an
 * earlier period, one that ends before this period ends (figures are headcounts at the end of a
 * period, so a month compares with the month or half-year before it). A correction for the same
 * period is not compared with the version it replaces: that is the point of correcting.
 * Document figures are not used: they often count differently (employed workers, not labour force).
 */
export async function previousCounts(deps: AppDeps<FiguresStore>, unitId: number, period: PeriodCode): Promise<Counts | null> {
  const end = periodEnd(period);
  if (end === null) return null;
  const earlier = (await deps.store.findReports([unitId]))
    .filter((r) => r.source.kind === 'submission' && r.period !== null && (periodEnd(r.period) ?? '') < end)
    .sort((a, b) => comparePeriods(a.period ?? '', b.period ?? '') || a.version - b.version);
  return earlier.at(-1)?.counts ?? null;
}

/** The unit's own targets and its province's, labelled. */
async function receiptTargets(deps: AppDeps<FiguresStore>, unit: Unit): Promise<ReceiptTarget[]> {
  const province = deps.units().provinceOf(unit);
  const ids = province.id === unit.id ? [unit.id] : [unit.id, province.id];
  const targets = await deps.store.findTargets(ids);
  return targets.map((target) => ({ target, whose: target.unitId === unit.id ? 'unit' : 'province' }));
}

/** The receipt for a stored version: the same version always gives the same text. */
export async function composeReceipt(
  deps: AppDeps<FiguresStore>,
  unit: Unit,
  version: SubmissionVersion,
  previous: SubmissionVersion | null,
  pending: PendingSubmission,
): Promise<string> {
  const lang = pending.language;
  const schedule = scheduleFor(unitCalendar(deps, unit), pending.period);
  const deadline = schedule ? deadlineOf(schedule, pending.period, daysOffOf(deps)) : null;
  return composeSubmissionReceipt(lang, {
    unitLabel: describeUnit(unit, deps.units(), lang),
    period: pending.period,
    periodImplicit: pending.periodImplicit,
    counts: version.counts,
    version: version.version,
    replaces: previous?.version ?? null,
    onTime: version.onTime,
    due: deadline?.endsOn ?? null,
    targets: await receiptTargets(deps, unit),
    confirmedOutliers: pending.outliers,
    kept: pending.kept ?? [],
  });
}

/**
 * The counts a correction stands for: the keys it names over the active version of the period, whose
 * other keys are kept ("sua bb 41.250" corrects bb and keeps ld, tn). A first submission, or a plain
 * "nop", stands for what it names alone.
 */
export async function correctedCounts(
  deps: AppDeps<SubmissionStore>,
  unitId: number,
  period: PeriodCode,
  named: Counts,
  correction: boolean,
): Promise<{ readonly counts: Counts; readonly kept: readonly CountKey[] }> {
  const active = correction ? await deps.store.findSubmission(unitId, period) : null;
  if (!active) return { counts: named, kept: [] };
  const kept = (Object.keys(active.counts) as CountKey[]).filter((key) => named[key] === undefined && active.counts[key] !== undefined);
  return { counts: { ...active.counts, ...named }, kept };
}

/**
 * Saves a checked submission as the next version, with who, when, by which channel and with which
 * text in the audit trail (atomically, in the store's transaction), and composes the receipt with the offer
 * to undo (replacing any list left open in the chat). A message delivered twice is stored once; the
 * second delivery gets the same receipt.
 */
export async function recordSubmission(
  turn: Turn,
  deps: AppDeps<FiguresStore & ConversationStore & SubmissionStore>,
  personId: number,
  unit: Unit,
  pending: PendingSubmission,
): Promise<Reply> {
  const { created, version, previous } = await deps.store.saveSubmission({
    recordedAt: turn.now.toISOString(),
    unitId: unit.id,
    period: pending.period,
    periodStart: periodStart(pending.period) ?? turn.today,
    periodEnd: periodEnd(pending.period) ?? turn.today,
    counts: pending.counts,
    personId,
    channel: turn.message.channel,
    messageKey: pending.messageKey,
    rawText: pending.rawText,
    onTime: isOnTime(unitCalendar(deps, unit), pending.period, turn.today, daysOffOf(deps)),
    // Stored with the version, in its transaction.
    audit: ({ version: saved, previous: replaced }) => {
      const action = pending.outliers.length > 0 ? 'confirm' : replaced ? 'correct' : 'submit';
      return {
        at: turn.now.toISOString(),
        action,
        channel: turn.message.channel,
        actorId: personId,
        unitId: unit.id,
        reportId: saved.id,
        rawText: pending.rawText,
        details: {
          period: pending.period,
          version: saved.version,
          counts: pending.counts,
          supersedes: replaced?.id ?? null,
          messageKey: pending.messageKey,
          outliers: pending.outliers,
          ...(action === 'confirm' ? { confirmText: turn.text } : {}),
        },
      };
    },
  });
  if (!created) deps.log.info({ msg: 'submission delivered again', messageKey: pending.messageKey, reportId: version.id });
  const text = await composeReceipt(deps, unit, version, previous, pending);
  const offer: UndoOffer = { reportId: version.id, language: pending.language };
  const expiresAt = new Date(turn.now.getTime() + UNDO_MINUTES * 60_000).toISOString();
  const reply = await openChoiceList(
    turn,
    deps,
    { kind: UNDO_OFFER, payload: offer, expiresAt },
    {
      text,
      choices: [pending.language === 'en' ? 'undo' : UNDO_WORD],
    },
  );
  return { ...reply, recorded: created };
}

/** The idempotency key of a delivered message, when the channel gives message ids. */
export function messageKeyOf(turn: Turn): string | null {
  const { channel, chatId, messageId } = turn.message;
  return messageId === undefined ? null : `${channel}/${chatId}/${messageId}`;
}
