/**
 * Reminder texts, in Vietnamese and English, short enough to read on a phone at the end of
 * a long day: the nudge to a focal point, the digest to a linked group, the late summary to the
 * province's officials, "/lich" (my deadlines) and the admin dry run. Words from the provincial
 * documents: "báo cáo", "kỳ", "hạn nộp", "đầu mối", "chưa nộp". Pure: names and dates come in.
 *
 *   Nhắc nộp báo cáo: Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026.
 *   Hạn nộp: 05/07/2026 (còn 3 ngày).
 *   Chưa nộp: Xã Nghi Lộc.
 *   Bạn chỉ cần trả lời một tin: nop bb <số> tn <số> ld <số>
 */

import { daysBetween } from '../civil-time/index.js';
import { formatDate } from '../format/index.js';
import { labelPeriod } from '../periods/index.js';
import { MAX_LISTED_UNITS, unitList } from '../replies/unit-list.js';
import type { Language, PeriodCode, Role } from '../types.js';
import { composeUnreachable, type UnreachableItem } from './reachability-replies.js';
import type { DeliveryKind, Occasion } from './types.js';

/** Focal points named per late unit; the rest are counted. */
const MAX_FOCAL_NAMES = 2;

/** What a report and its period are called in a reminder. */
interface ReportNamed {
  /** The schedule's name in the reply language ("Báo cáo 6 tháng" / "Six-month report"). */
  readonly scheduleName: string;
  readonly period: PeriodCode;
  /** The period's due date (ISO). */
  readonly due: string;
}

/** What a nudge says. */
export interface NudgeText extends ReportNamed {
  /** The day the reminder is for (ISO): "còn N ngày" counts from it. */
  readonly sendOn: string;
  /** The recipient's units that have not reported, as labels. */
  readonly units: readonly string[];
  /** How to answer in one message, e.g. "nop bb <số> tn <số> ld <số>". */
  readonly keysHint: string;
}

/** What a group digest says. */
export interface DigestText extends ReportNamed {
  readonly sendOn: string;
  /** Labels of the audience units that have not reported. */
  readonly missing: readonly string[];
  /** How many units the digest is about. */
  readonly total: number;
}

/** What the late summary says. */
export interface LateSummaryText extends ReportNamed {
  readonly missing: readonly { readonly unit: string; readonly focalPoints: readonly string[] }[];
  readonly total: number;
  /** Who reports this schedule (default the focal point): the statistics office is not called "đầu mối". */
  readonly reporterRole?: Role;
}

/** A unit's standing for one period, as "/lich" shows it. */
export type DeadlineStatus =
  /** Reported; no on-time record (no schedule governed the period when it came). */
  | 'submitted'
  /** Reported on or before the due date. */
  | 'on-time'
  /** Reported after the due date: accepted, marked late. */
  | 'late'
  /** Not reported yet. */
  | 'not-yet'
  /** A deadline of the calendar, for someone who reports nothing (an official): only the countdown. */
  | 'calendar';

/** One line of "/lich". */
export interface DeadlineEntry extends ReportNamed {
  readonly status: DeadlineStatus;
  readonly unit: string;
  /** The last day on time, when it was a day off and `due` (the day the deadline ends) is the next working day. */
  readonly lastOnTime?: string;
}

/** "hạn nộp 06/07/2026 (04/07 là ngày nghỉ)": the day that counts, and why it is not the last day written. */
function dueWords(lang: Language, entry: DeadlineEntry): string {
  const vi = lang === 'vi';
  const due = vi ? `hạn nộp ${formatDate(entry.due, lang)}` : `due ${formatDate(entry.due, lang)}`;
  if (entry.lastOnTime === undefined || entry.lastOnTime === entry.due) return due;
  const last = formatDate(entry.lastOnTime, lang).replace(vi ? /\/\d{4}$/ : / \d{4}$/, '');
  return vi ? `${due} (${last} là ngày nghỉ)` : `${due} (${last} is a day off)`;
}

/** One occasion of a dry run with what would be sent. */
export interface DryRunLine {
  /** The occasion, described (labelOccasion). */
  readonly occasion: string;
  readonly deliveries: readonly { readonly kind: DeliveryKind; readonly chat: string; readonly units: number }[];
  /** For a nudge: the units that owe the report and that no reminder can reach (composeUnreachable). */
  readonly unreachable?: readonly UnreachableItem[];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026" / "Six-month report, first half of 2026". */
function reportTitle(lang: Language, scheduleName: string, period: PeriodCode): string {
  return lang === 'vi' ? `${scheduleName}, kỳ ${lowerFirst(labelPeriod(period, 'vi'))}` : `${scheduleName}, ${labelPeriod(period, 'en')}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "còn 3 ngày" / "in 3 days", from the day of the message to the due date. */
function countdown(lang: Language, from: string, due: string): string {
  const days = daysBetween(from, due);
  if (lang === 'vi') return days > 0 ? `còn ${days} ngày` : days === 0 ? 'hôm nay là hạn cuối' : `đã quá hạn ${-days} ngày`;
  return days > 0 ? `in ${plural(days, 'day')}` : days === 0 ? 'due today' : `${plural(-days, 'day')} overdue`;
}

/** The nudge to a focal point: the report, the due date and how many days are left, the units missing, how to answer. */
export function composeNudge(lang: Language, text: NudgeText): string {
  const date = formatDate(text.due, lang);
  const when = countdown(lang, text.sendOn, text.due);
  const title = reportTitle(lang, text.scheduleName, text.period);
  const lines = lang === 'vi' ? [`Nhắc nộp báo cáo: ${title}.`, `Hạn nộp: ${date} (${when}).`] : [`Reminder: ${title}.`, `Due ${date} (${when}).`];
  if (text.units.length > 0) lines.push(`${lang === 'vi' ? 'Chưa nộp' : 'Not yet reported'}: ${unitList(lang, text.units)}.`);
  lines.push(lang === 'vi' ? `Bạn chỉ cần trả lời một tin: ${text.keysHint}` : `Just reply in one message: ${text.keysHint}`);
  return lines.join('\n');
}

/** The digest to a linked group: "3/21 đơn vị chưa nộp: …", at most 15 names. */
export function composeDigest(lang: Language, text: DigestText): string {
  const date = formatDate(text.due, lang);
  const when = countdown(lang, text.sendOn, text.due);
  const title = reportTitle(lang, text.scheduleName, text.period);
  const n = text.missing.length;
  if (lang === 'vi') {
    const state = n === 0 ? `Cả ${text.total} đơn vị đã nộp.` : `${n}/${text.total} đơn vị chưa nộp: ${unitList(lang, text.missing)}.`;
    return `Nhắc nộp báo cáo: ${title}.\nHạn nộp: ${date} (${when}).\n${state}`;
  }
  const state = n === 0 ? `All ${text.total} units have reported.` : `${n}/${text.total} units not yet reported: ${unitList(lang, text.missing)}.`;
  return `Reminder: ${title}.\nDue ${date} (${when}).\n${state}`;
}

/** The late summary to the province's officials: the units that missed the deadline and their focal points. */
export function composeLateSummary(lang: Language, text: LateSummaryText): string {
  const vi = lang === 'vi';
  const date = formatDate(text.due, lang);
  const title = reportTitle(lang, text.scheduleName, text.period);
  const n = text.missing.length;
  const head = vi ? `Quá hạn nộp báo cáo: ${title} (hạn nộp ${date}).` : `Overdue: ${title} (due ${date}).`;
  if (n === 0) return `${head}\n${vi ? `Cả ${text.total} đơn vị đã nộp.` : `All ${text.total} units have reported.`}`;
  const lines = [head, vi ? `${n}/${text.total} đơn vị chưa nộp:` : `${n}/${text.total} units have not reported:`];
  const who = reporterNoun(lang, text.reporterRole ?? 'focal_point');
  for (const { unit, focalPoints } of text.missing.slice(0, MAX_LISTED_UNITS)) {
    if (focalPoints.length === 0) {
      lines.push(`- ${unit} — ${vi ? `chưa có ${who}` : `no ${who}`}`);
      continue;
    }
    const extra = focalPoints.length - MAX_FOCAL_NAMES;
    const names = focalPoints.slice(0, MAX_FOCAL_NAMES).join(', ') + (extra > 0 ? ` +${extra}` : '');
    lines.push(`- ${unit} — ${who}: ${names}`);
  }
  const rest = n - MAX_LISTED_UNITS;
  if (rest > 0) lines.push(vi ? `… và ${rest} đơn vị khác.` : `… and ${rest} more.`);
  return lines.join('\n');
}

function statusText(lang: Language, entry: DeadlineEntry, today: string | undefined): string {
  const vi = lang === 'vi';
  switch (entry.status) {
    case 'submitted':
      return vi ? 'đã nộp' : 'submitted';
    case 'on-time':
      return vi ? 'đã nộp đúng hạn' : 'submitted on time';
    case 'late':
      return vi ? 'đã nộp (muộn)' : 'submitted late';
    case 'calendar':
      return today === undefined ? (vi ? 'theo lịch' : 'scheduled') : countdown(lang, today, entry.due);
    case 'not-yet': {
      const base = vi ? 'chưa nộp' : 'not yet submitted';
      return today === undefined ? base : `${base} (${countdown(lang, today, entry.due)})`;
    }
  }
}

/**
 * "/lich": each unit's deadlines, in the order given, with where it stands. When `today` (ISO) is
 * given, a report not yet submitted says how many days are left or how late it is. The unit goes in
 * the heading when every entry is for the same one, in each line otherwise; entries with no unit
 * (status 'calendar') are the calendar's and the heading says so.
 */
export function composeMyDeadlines(lang: Language, entries: readonly DeadlineEntry[], today?: string): string {
  const vi = lang === 'vi';
  if (entries.length === 0) {
    return vi
      ? 'Bạn không có hạn nộp báo cáo nào sắp tới. Khi đến kỳ, tôi sẽ nhắc bạn trước hạn nộp.'
      : 'You have no reporting deadlines coming up. When one comes, I will remind you before it is due.';
  }
  const units = new Set(entries.map((e) => e.unit));
  const single = units.size === 1 ? entries[0]?.unit : undefined;
  // Calendar entries (someone who reports nothing) have no unit: the heading names none.
  const head =
    single === ''
      ? vi
        ? 'Các hạn nộp báo cáo sắp tới:'
        : 'Upcoming reporting deadlines:'
      : single === undefined
        ? vi
          ? 'Lịch nộp báo cáo của bạn:'
          : 'Your reporting deadlines:'
        : vi
          ? `Lịch nộp báo cáo — ${single}:`
          : `Reporting deadlines — ${single}:`;
  const lines = entries.map((e) => {
    const who = single === undefined && e.unit !== '' ? `${e.unit}: ` : '';
    return `- ${who}${reportTitle(lang, e.scheduleName, e.period)} — ${dueWords(lang, e)}, ${statusText(lang, e, today)}`;
  });
  return [head, ...lines].join('\n');
}

const KIND_LABELS: Readonly<Record<Language, Readonly<Record<DeliveryKind, string>>>> = {
  vi: { nudge: 'nhắc đầu mối', digest: 'tổng hợp nhóm', late: 'báo cáo quá hạn' },
  en: { nudge: 'nudge', digest: 'group digest', late: 'late summary' },
};

/**
 * An occasion for the admin: "Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — nhắc trước hạn 3 ngày
 * (hạn nộp 05/07/2026)". The offset shown is the configured one, so the admin recognises the schedule.
 */
export function labelOccasion(lang: Language, occasion: Occasion): string {
  const vi = lang === 'vi';
  const title = reportTitle(lang, vi ? occasion.schedule.nameVi : occasion.schedule.nameEn, occasion.period);
  const date = formatDate(occasion.due, lang);
  if (occasion.kind === 'late') return vi ? `${title} — tổng hợp quá hạn (hạn nộp ${date})` : `${title} — late summary (due ${date})`;
  const offset = occasion.offsetDays;
  const which = vi
    ? offset === 0
      ? 'nhắc ngày hạn cuối'
      : `nhắc trước hạn ${offset} ngày`
    : offset === 0
      ? 'due-day reminder'
      : `reminder ${plural(offset, 'day')} before`;
  return vi ? `${title} — ${which} (hạn nộp ${date})` : `${title} — ${which} (due ${date})`;
}

/**
 * The admin dry run (/nhacnho <date>): each occasion of the day with the messages it would send, one
 * line each, then the units owing the report that no message can reach. `maxPerOccasion` caps the
 * messages listed per occasion (a chat reply).
 */
export function composeDryRun(lang: Language, date: string, lines: readonly DryRunLine[], options: { readonly maxPerOccasion?: number } = {}): string {
  const vi = lang === 'vi';
  const day = formatDate(date, lang);
  if (lines.length === 0) return vi ? `Ngày ${day} không có lời nhắc nào.` : `No reminders on ${day}.`;
  const max = options.maxPerOccasion ?? Number.POSITIVE_INFINITY;
  const out = [vi ? `Chạy thử nhắc hạn ngày ${day} (không gửi tin nào):` : `Dry run for ${day} (nothing is sent):`];
  for (const line of lines) {
    const n = line.deliveries.length;
    const count = n === 0 ? (vi ? 'không ai cần nhắc' : 'nobody to remind') : vi ? `${n} tin` : plural(n, 'message');
    out.push(`${line.occasion}: ${count}`);
    for (const d of line.deliveries.slice(0, max)) {
      const units = vi ? `${d.units} đơn vị` : plural(d.units, 'unit');
      out.push(`- ${KIND_LABELS[lang][d.kind]} → ${d.chat} (${units})`);
    }
    if (n > max) out.push(vi ? `- … và ${n - max} tin khác` : `- … and ${n - max} more`);
    const unreachable = composeUnreachable(lang, line.unreachable ?? []);
    if (unreachable !== null) out.push(unreachable);
  }
  return out.join('\n');
}

/** Who answers for a unit's report in the late summary: its focal point, or its statistics officer. */
function reporterNoun(lang: Language, role: Role): string {
  if (role === 'statistics') return lang === 'vi' ? 'cán bộ thống kê' : 'statistics officer';
  return lang === 'vi' ? 'đầu mối' : 'focal point';
}
