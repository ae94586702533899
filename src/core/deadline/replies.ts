/**
 * The deadline answer, in Vietnamese or English: for each report, who sends it to whom, the due day
 * as the document writes it and the last day on time it means, the occurrence asked about with the
 * days left, then the documents and what changed since them. Where the document gives no day it says
 * so, quotes how the report is to be sent, and shows the calendar's day as the bot's own.
 */
import type { DueRule, Schedule, Wording } from '../calendar/index.js';
import { dayOfWeek } from '../civil-time/index.js';
import { formatDate, formatDayShort } from '../format/dates.js';
import { labelPeriod, monthNameEn } from '../periods/label-period.js';
import type { Language } from '../types.js';
import type { DeadlineFacts } from './deadline-facts.js';
import { dueVerdict, namedDay, sentVerdict, WEEKDAYS } from './verdicts.js';
import type { ReportKind } from './vocabulary.js';

/** Everything one answer says. */
export interface DeadlineAnswer {
  readonly lang: Language;
  /** The place whose calendar was read (a province, or a unit with its province); null for the common calendar. */
  readonly place: string | null;
  /** One per report, in the order shown. */
  readonly deadlines: readonly DeadlineFacts[];
  /** Reports named that the calendar holds none of. */
  readonly missing: readonly ReportKind[];
  /** The names of the reports the calendar does hold, for an answer that found none of those named. */
  readonly known: readonly string[];
  /** The day a report is sent, when asked whether that is on time (ISO date). */
  readonly sentOn?: string;
  /** The day asked whether it is the deadline (ISO date). */
  readonly dueOn?: string;
  /** What happens to a deadline on a day off was asked: the rule comes first. */
  readonly dayOffRule?: boolean;
  /** The day the question counts from instead of today (ISO date), said first. */
  readonly asOf?: string;
}

const KIND_NAMES: Readonly<Record<Language, Readonly<Record<ReportKind, string>>>> = {
  vi: {
    'six-months': 'báo cáo 6 tháng',
    'nine-months': 'báo cáo 9 tháng',
    year: 'báo cáo năm',
    month: 'báo cáo tháng',
    quarter: 'báo cáo quý',
    statistics: 'số liệu thống kê',
  },
  en: {
    'six-months': 'six-month report',
    'nine-months': 'nine-month report',
    year: 'annual report',
    month: 'monthly report',
    quarter: 'quarterly report',
    statistics: 'statistics',
  },
};

const pick = (w: Wording, lang: Language) => (lang === 'vi' ? w.vi : w.en);
/** A province's own schedule (the database's, with a province); the core's defaults are every province's. */
const isOwn = (s: Schedule) => 'provinceId' in s && typeof s.provinceId === 'number';
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "4/7" / "4 July": a day of the year as the documents write it, without the year. */
function dayOfYear(iso: string, lang: Language): string {
  const [, month, day] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `${day}/${month}` : `${day} ${monthNameEn(month)}`;
}

/** The calendar's rule in words: "ngày 20 hằng tháng" / "the 20th of each month". */
function ruleWords(rule: DueRule, schedule: Schedule, lang: Language): string {
  const vi = lang === 'vi';
  const nth = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
  switch (rule.kind) {
    case 'fixed': {
      const next = rule.nextYear ? (vi ? ' năm sau' : ' of the following year') : '';
      return vi ? `ngày ${rule.day}/${rule.month}${next}` : `${rule.day} ${monthNameEn(rule.month)}${next}`;
    }
    case 'in-last-month':
      if (schedule.periodKind === 'month') return vi ? `ngày ${rule.day} hằng tháng` : `the ${nth(rule.day)} of each month`;
      return vi ? `ngày ${rule.day} của tháng cuối kỳ` : `the ${nth(rule.day)} of the period's last month`;
    case 'in-next-month':
      return vi ? `ngày ${rule.day} của tháng sau kỳ` : `the ${nth(rule.day)} of the month after the period`;
    case 'none':
      return vi ? 'chưa đặt ngày' : 'no day set';
  }
}

/** "còn 210 ngày" / "210 days left", "hôm nay là ngày cuối", "đã quá 3 ngày". */
function countdown(days: number, lang: Language): string {
  if (lang === 'vi') return days > 0 ? `còn ${days} ngày` : days === 0 ? 'hôm nay là ngày cuối' : `đã qua ${-days} ngày`;
  return days > 0 ? `${plural(days, 'day')} left` : days === 0 ? 'today is the last day' : `${plural(-days, 'day')} ago`;
}

/** Who sends it to whom and the due day as written, or how it is sent where the document gives no day. */
function dutyLine(facts: DeadlineFacts, lang: Language): string {
  const vi = lang === 'vi';
  const { schedule } = facts;
  const own = isOwn(schedule) ? (vi ? ' (riêng của tỉnh)' : " (the province's own)") : '';
  const name = `${vi ? schedule.nameVi : schedule.nameEn}${own}`;
  const source = schedule.source;
  if (!source) {
    return vi ? `${name}: lịch chưa ghi văn bản quy định báo cáo này.` : `${name}: the calendar records no document for this report.`;
  }
  const sender = pick(source.sender, lang);
  const recipient = source.recipient && pick(source.recipient, lang);
  // "A gửi B “…”" reads on in Vietnamese; English puts the quote after "from A to B,".
  const who = vi ? (recipient ? `${sender} gửi ${recipient}` : sender) : recipient ? `from ${sender} to ${recipient},` : sender;
  if (source.due && facts.documentDay) {
    const written = pick(source.due.wording, lang);
    const last = dayOfYear(facts.documentDay, lang);
    return vi ? `${name}: ${who} “${written}”, tức chậm nhất ngày ${last}.` : `${name}: ${who} “${written}”, so the last day on time is ${last}.`;
  }
  const how = source.delivery ? ` “${pick(source.delivery, lang)}”` : '';
  const joined = vi && recipient && how ? `${who},${how}` : `${who}${how}`;
  return `${name}: ${joined.replace(/,$/, '')}; ${vi ? 'văn bản không quy định ngày nộp' : 'the document sets no day'}.`;
}

/**
 * Where the last day on time is a day off: "; 4/7/2026 là thứ Bảy, nên hạn kéo đến hết thứ Hai
 * 6/7/2026 (Bộ luật Dân sự 2015, Điều 148)". Empty when it is a working day.
 */
function movedLine(facts: DeadlineFacts, lang: Language): string {
  const { lastOnTime, endsOn, dayOff } = facts;
  if (!lastOnTime || !endsOn || !dayOff || endsOn === lastOnTime) return '';
  const vi = lang === 'vi';
  const why =
    'holiday' in dayOff
      ? vi
        ? `ngày nghỉ lễ (${dayOff.holiday})`
        : 'a public holiday'
      : vi
        ? WEEKDAYS.vi[dayOff.weekday]
        : `a ${WEEKDAYS.en[dayOff.weekday]}`;
  const end = namedDay(endsOn, lang);
  return vi
    ? `; ${formatDayShort(lastOnTime, lang)} là ${why}, nên hạn kéo đến hết ${end} (Bộ luật Dân sự 2015, Điều 148)`
    : `; ${formatDayShort(lastOnTime, lang)} is ${why}, so the deadline runs to the end of ${end} (Civil Code 2015, Article 148)`;
}

/** The occurrence: "Kỳ tới: 6 tháng đầu năm 2030, chậm nhất thứ Năm 04/07/2030 — còn 1.305 ngày." */
function occurrenceLine(facts: DeadlineFacts, lang: Language): string {
  const vi = lang === 'vi';
  const { schedule } = facts;
  const period = vi ? lowerFirst(labelPeriod(facts.period, 'vi')) : labelPeriod(facts.period, 'en');
  const which = facts.asked ? (vi ? `Kỳ ${period}` : `For ${period}`) : vi ? `Kỳ tới: ${period}` : `Next: ${period}`;
  const off = 'active' in schedule && schedule.active === false ? (vi ? ' Bot đang tắt nhắc hạn này.' : " The bot's reminders for it are off.") : '';
  if (facts.lastOnTime === null || facts.daysLeft === null) {
    return vi
      ? `${which}: chưa có ngày nộp (văn bản không quy định, tỉnh chưa đặt), nên bot không nhắc hạn này.`
      : `${which}: no day is set (the document gives none and the province has not set one), so the bot sends no reminders for it.`;
  }
  // The weekday of a day on time ("thứ mấy"); a day moved past a day off says both days' own.
  const shifted = movedLine(facts, lang);
  const last =
    shifted === '' ? `${WEEKDAYS[lang][dayOfWeek(facts.lastOnTime)]} ${formatDate(facts.lastOnTime, lang)}` : `${formatDate(facts.lastOnTime, lang)}${shifted}`;
  const left = countdown(facts.daysLeft, lang);
  const line = vi ? `${which}, chậm nhất ${last} — ${left}.` : `${which}, by ${last} — ${left}.`;
  if (!schedule.source?.due) {
    const rule = ruleWords(schedule.due, schedule, lang);
    return vi ? `Ngày do tỉnh đặt (không phải văn bản): ${rule}. ${line}${off}` : `A day the province set (not the document's): ${rule}. ${line}${off}`;
  }
  const moved =
    facts.calendarMoved && facts.documentDay
      ? vi
        ? ` Theo văn bản là ${formatDate(facts.documentDay, lang)}; lịch đã được đổi.`
        : ` The document's day is ${formatDate(facts.documentDay, lang)}; the calendar was changed.`
      : '';
  return `${line}${moved}${off}`;
}

/** The place line: whose calendar this is. */
function placeLine(answer: DeadlineAnswer): string | null {
  if (answer.place === null) return null;
  const vi = answer.lang === 'vi';
  const own = answer.deadlines.some((d) => isOwn(d.schedule));
  if (own) return vi ? `${answer.place}: lịch riêng của tỉnh và lịch chung.` : `${answer.place}: the province's own calendar and the common one.`;
  return vi ? `${answer.place}: chưa có lịch riêng, áp dụng lịch chung.` : `${answer.place}: no calendar of its own; the common calendar applies.`;
}

/** The whole answer. */
export function composeDeadlines(answer: DeadlineAnswer): string {
  const { lang } = answer;
  const vi = lang === 'vi';
  const lines: string[] = [];
  const { dueOn, sentOn, asOf } = answer;
  if (asOf)
    lines.push(
      vi ? `Tính từ ngày ${formatDayShort(asOf, lang)} (ngày trong câu hỏi):` : `Counting from ${formatDayShort(asOf, lang)}, the day in the question:`,
    );
  if (answer.dayOffRule) {
    lines.push(
      vi
        ? 'Hạn nộp rơi vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ thì kéo đến hết ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).'
        : 'A deadline that falls on a Saturday, a Sunday or a public holiday runs to the end of the next working day (Civil Code 2015, Article 148).',
    );
  }
  // A yes/no question (on time? the deadline?) is answered first, then the deadlines it was judged by.
  if (sentOn) lines.push(...answer.deadlines.flatMap((facts) => (facts.endsOn ? [sentVerdict(sentOn, facts.endsOn, lang)] : [])));
  if (dueOn) lines.push(...answer.deadlines.flatMap((facts) => dueVerdict(dueOn, facts, lang) ?? []));
  const place = placeLine(answer);
  if (place) lines.push(place);
  for (const facts of answer.deadlines) lines.push(dutyLine(facts, lang), occurrenceLine(facts, lang));
  if (sentOn && answer.deadlines.some((d) => d.endsOn !== null && d.endsOn < sentOn)) {
    // DESIGN 2.3: lateness is recorded, never a reason to refuse.
    lines.push(vi ? 'Báo cáo nộp trễ vẫn được nhận và ghi là nộp trễ.' : 'A late report is still accepted; it is recorded as late.');
  }
  if (answer.missing.length > 0) {
    const names = answer.missing.map((k) => KIND_NAMES[lang][k]).join(vi ? ', ' : ', ');
    lines.push(vi ? `Lịch báo cáo không có ${names}.` : `The reporting calendar has no ${names}.`);
    if (answer.deadlines.length === 0 && answer.known.length > 0) {
      lines.push(vi ? `Các báo cáo trong lịch: ${answer.known.join(', ')}.` : `Reports in the calendar: ${answer.known.join(', ')}.`);
    }
  }
  if (answer.deadlines.length === 0 && answer.missing.length === 0) {
    lines.push(vi ? 'Lịch báo cáo không có hạn nộp nào đang bật.' : 'The reporting calendar has no deadline switched on.');
  }
  const sources = unique(answer.deadlines.flatMap((d) => (d.schedule.source ? [pick(d.schedule.source.document, lang)] : [])));
  if (sources.length > 0) lines.push(`${vi ? 'Nguồn' : sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}.`);
  const notes = unique(answer.deadlines.flatMap((d) => (d.schedule.source?.notes ?? []).map((n) => pick(n, lang))));
  if (notes.length > 0) lines.push(`${vi ? 'Lưu ý' : 'Note'}: ${notes.join(' ')}`);
  return lines.join('\n');
}

const unique = (items: readonly string[]) => [...new Set(items)];

/**
 * A place name shared by units of provinces whose calendars differ: the deadline depends on the
 * province, so the answer asks for it rather than guessing.
 */
export function composeProvinceAsked(lang: Language, typed: string, places: readonly string[]): string {
  const list = places.map((p) => `- ${p}`).join('\n');
  return lang === 'vi'
    ? `“${typed}” là tên của nhiều nơi, ở những tỉnh có lịch báo cáo khác nhau:\n${list}\nHãy hỏi lại kèm tên tỉnh, ví dụ: hạn nộp báo cáo 6 tháng ${typed}, <tỉnh>.`
    : `“${typed}” names several places, in provinces with different reporting calendars:\n${list}\nPlease ask again with the province, e.g. six-month report deadline ${typed}, <province>.`;
}
