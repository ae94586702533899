/**
 * The completeness answer, short enough for a phone: one line with X of Y units reported (on time
 * and late) and the due date, then the units still missing with their focal points, capped.
 *
 *   Báo cáo 6 tháng đầu năm 2025 — Tỉnh Nghệ An: 3/130 xã, phường đã nộp (2 đúng hạn, 1 muộn). Hạn nộp: 05/07/2025 (đã qua).
 *   Chưa nộp (127):
 *   - Phường Thành Vinh — đầu mối: Nguyễn Văn A
 *   - Xã Nghi Lộc — chưa có đầu mối
 *   … và 112 đơn vị khác (110 chưa có đầu mối).
 */

import type { Schedule } from '../calendar/index.js';
import { formatDate } from '../format/index.js';
import { labelPeriod } from '../periods/index.js';
import type { Language, PeriodCode } from '../types.js';
import { daysBetween } from './reporting-period.js';
import type { MissingUnit, Tally } from './tally.js';

/** Missing units listed by name; the rest are counted. */
export const MAX_LISTED = 15;
/** Focal points named per unit; the rest are counted. */
const MAX_NAMES = 2;

/** Everything a completeness answer says. */
export interface CompletenessAnswerInput {
  readonly language: Language;
  readonly schedule: Pick<Schedule, 'nameVi' | 'nameEn'> | null;
  readonly period: PeriodCode;
  /** The scope, described ("Tỉnh Nghệ An", "Nghe An Province"). */
  readonly scope: string;
  /** What the expected units are: the communes and wards of a province, or units in general. */
  readonly unitNoun: 'communes' | 'units';
  readonly due: string | null;
  /** Today's civil date (ISO), to say whether the deadline has passed. */
  readonly today: string;
  readonly tally: Tally;
}

interface Words {
  readonly title: (period: PeriodCode, schedule: CompletenessAnswerInput['schedule']) => string;
  readonly nouns: Record<CompletenessAnswerInput['unitNoun'], string>;
  readonly reported: (n: number, of: number, noun: string) => string;
  readonly onTime: (n: number) => string;
  readonly late: (n: number) => string;
  readonly due: (date: string, days: number) => string;
  readonly missing: (n: number) => string;
  readonly focal: (names: string) => string;
  readonly noFocal: string;
  readonly more: (n: number, withoutFocal: number) => string;
  readonly all: string;
  readonly none: string;
}

const VI: Words = {
  title: (period) => `Báo cáo ${lowerFirst(labelPeriod(period, 'vi'))}`,
  nouns: { communes: 'xã, phường', units: 'đơn vị' },
  reported: (n, of, noun) => `${n}/${of} ${noun} đã nộp`,
  onTime: (n) => `${n} đúng hạn`,
  late: (n) => `${n} muộn`,
  due: (date, days) => `Hạn nộp: ${date}${days > 0 ? ` (còn ${days} ngày)` : days === 0 ? ' (hôm nay)' : ' (đã qua)'}.`,
  missing: (n) => `Chưa nộp (${n}):`,
  focal: (names) => `đầu mối: ${names}`,
  noFocal: 'chưa có đầu mối',
  more: (n, w) => `… và ${n} đơn vị khác${w > 0 ? ` (${w === n ? 'đều ' : `${w} `}chưa có đầu mối)` : ''}.`,
  all: 'Tất cả đã nộp.',
  none: 'chưa có đơn vị nào phải nộp.',
};

const EN: Words = {
  title: (period, schedule) => (schedule ? `${schedule.nameEn}, ${labelPeriod(period, 'en')}` : `Reports for ${labelPeriod(period, 'en')}`),
  nouns: { communes: 'communes and wards', units: 'units' },
  reported: (n, of, noun) => `${n} of ${of} ${noun} reported`,
  onTime: (n) => `${n} on time`,
  late: (n) => `${n} late`,
  due: (date, days) => `Due: ${date}${days > 0 ? ` (in ${days} day${days === 1 ? '' : 's'})` : days === 0 ? ' (today)' : ' (passed)'}.`,
  missing: (n) => `Not yet reported (${n}):`,
  focal: (names) => `focal point: ${names}`,
  noFocal: 'no focal point',
  more: (n, w) => `… and ${n} more${w > 0 ? ` (${w === n ? 'none with' : `${w} without`} a focal point)` : ''}.`,
  all: 'All have reported.',
  none: 'no units are expected to report.',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function line(unit: MissingUnit, w: Words): string {
  if (unit.focalPoints.length === 0) return `- ${unit.name} — ${w.noFocal}`;
  const shown = unit.focalPoints.slice(0, MAX_NAMES).join(', ');
  const extra = unit.focalPoints.length - MAX_NAMES;
  return `- ${unit.name} — ${w.focal(extra > 0 ? `${shown} +${extra}` : shown)}`;
}

/** Composes the completeness answer in the question's language. */
export function composeCompleteness(input: CompletenessAnswerInput): string {
  const w = input.language === 'vi' ? VI : EN;
  const { tally } = input;
  const head = `${w.title(input.period, input.schedule)} — ${input.scope}: `;
  if (tally.expected === 0) return head + w.none;
  const split = [tally.onTime > 0 ? w.onTime(tally.onTime) : '', tally.late > 0 ? w.late(tally.late) : ''].filter(Boolean);
  const due = input.due ? ` ${w.due(formatDate(input.due, input.language), daysBetween(input.today, input.due))}` : '';
  const first = `${head}${w.reported(tally.reported, tally.expected, w.nouns[input.unitNoun])}${split.length > 0 ? ` (${split.join(', ')})` : ''}.${due}`;
  if (tally.missing.length === 0) return `${first}\n${w.all}`;
  const listed = tally.missing.slice(0, MAX_LISTED);
  const rest = tally.missing.slice(MAX_LISTED);
  const tail = rest.length > 0 ? [w.more(rest.length, rest.filter((m) => m.focalPoints.length === 0).length)] : [];
  return [first, w.missing(tally.missing.length), ...listed.map((m) => line(m, w)), ...tail].join('\n');
}
