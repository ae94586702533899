/**
 * The answers to a deadline question about one day: whether a report sent that day is on time, and
 * whether that day is the deadline ("thứ 6 tuần này là hạn nộp hả"), each against the deadline
 * nearest the day. Shown with the deadline's own lines; the second leads the answer, as a yes or a no.
 */
import { dayOfWeek, daysBetween } from '../civil-time/index.js';
import { formatDayShort } from '../format/dates.js';
import type { Language } from '../types.js';
import type { DeadlineFacts } from './deadline-facts.js';

export const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "thứ Hai 21/12/2026" / "Monday 21 December 2026". */
export function namedDay(iso: string, lang: Language): string {
  return `${WEEKDAYS[lang][dayOfWeek(iso)]} ${formatDayShort(iso, lang)}`;
}

/** "Nộp ngày 22/12/2026: trễ 1 ngày (hạn đến hết thứ Hai 21/12/2026)." / "… đúng hạn …". */
export function sentVerdict(sentOn: string, endsOn: string, lang: Language): string {
  const late = daysBetween(endsOn, sentOn);
  const end = namedDay(endsOn, lang);
  // On time before the last day: how many days are left then ("còn kịp không" asks that too).
  const early = -late;
  if (lang === 'vi') {
    const verdict = late > 0 ? `trễ ${late} ngày` : early > 0 ? `đúng hạn, trước hạn chót ${early} ngày` : 'đúng hạn';
    return `Nộp ngày ${formatDayShort(sentOn, lang)}: ${verdict} (hạn đến hết ${end}).`;
  }
  const verdict = late > 0 ? `${plural(late, 'day')} late` : early > 0 ? `on time, ${plural(early, 'day')} before the deadline ends` : 'on time';
  return `Sent on ${formatDayShort(sentOn, lang)}: ${verdict} (the deadline runs to the end of ${end}).`;
}

/**
 * "Đúng: …" when the day is the one the deadline ends on, or the calendar's last day (then saying the
 * deadline runs on past the day off); "Gần đúng: …" for a day off between the two; "Không: …" with
 * the days between otherwise. Null for a report with no day set.
 */
export function dueVerdict(dueOn: string, facts: DeadlineFacts, lang: Language): string | null {
  const { endsOn, lastOnTime } = facts;
  if (!endsOn) return null;
  const vi = lang === 'vi';
  const report = (vi ? facts.schedule.nameVi : facts.schedule.nameEn).toLowerCase();
  const end = namedDay(endsOn, lang);
  const asked = namedDay(dueOn, lang);
  const after = daysBetween(dueOn, endsOn);
  if (after === 0) return vi ? `Đúng: ${asked} là hạn cuối nộp ${report} (đến hết ngày).` : `Yes: ${asked} is the last day for the ${report}.`;
  if (after > 0 && lastOnTime && dueOn >= lastOnTime) {
    const last = namedDay(lastOnTime, lang);
    if (dueOn === lastOnTime) {
      return vi
        ? `Đúng theo lịch: chậm nhất ${last}; đó là ngày nghỉ nên hạn nộp ${report} kéo đến hết ${end}.`
        : `Yes by the calendar: ${last} at the latest; that is a day off, so the ${report} is due by the end of ${end}.`;
    }
    return vi
      ? `Gần đúng: hạn ${report} theo lịch là ${last}, nhưng rơi vào ngày nghỉ nên kéo đến hết ${end}.`
      : `Nearly: the calendar's last day for the ${report} is ${last}, a day off, so the deadline runs to the end of ${end}.`;
  }
  if (after > 0) {
    return vi
      ? `Không: hạn nộp ${report} là hết ${end}, sau ${asked} ${after} ngày.`
      : `No: the ${report} is due by the end of ${end}, ${plural(after, 'day')} after ${asked}.`;
  }
  return vi
    ? `Không: hạn nộp ${report} gần nhất là hết ${end}, trước ${asked} ${-after} ngày.`
    : `No: the nearest deadline for the ${report} is the end of ${end}, ${plural(-after, 'day')} before ${asked}.`;
}
