/**
 * The day a report is (to be) sent, in a question of whether that is on time: "nộp ngày 21/12 thì có
 * trễ hạn không", "nop bc nam vao chu nhat 20/12 co kip khong", "If we send it on 22 December, is that
 * late?", "nộp hôm nay có kịp không". Read only beside a word of lateness; the year, when not written,
 * is the one that puts the day nearest to today (the caller's, see sentOnDay).
 */
import { addDays, daysBetween } from '../civil-time/index.js';
import { type TextCutter, wordRe } from '../text/text-cutter.js';

/** A day as written: its year may be missing; `today` for "hôm nay" / "today". */
export type SentOn = { readonly day: number; readonly month: number; readonly year: number | null } | { readonly today: true };

/** Asking whether a day is on time: "trễ", "muộn", "quá hạn", "kịp", "đúng hạn", "được không", "late", "on time". */
export const LATENESS = wordRe(
  '(?:bi\\s+)?(?:tre|muon|qua\\s+han)(?:\\s+han)?|(?:co\\s+)?kip(?:\\s+(?:han|khong|ko|k))?|dung\\s+han|(?:duoc|dc)\\s+(?:khong|ko|k|hong|chu)|late|overdue|on\\s+time|in\\s+time|too\\s+late',
);

/** A day of the week written beside the day ("vào chủ nhật 20/12"): cut with it, never a place (Thị xã Chũ). */
const WEEKDAY = wordRe('(?:vao\\s+)?(?:chu\\s+nhat|thu\\s+(?:hai|ba|tu|nam|sau|bay|[2-7]))|(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day');

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_EN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
const YEAR = '((?:19|20)\\d{2})';
const AFTER = '(?![\\p{L}\\p{N}])';

/** The forms of a day, each with how to read its groups. */
const FORMS: readonly { readonly re: RegExp; readonly read: (m: RegExpExecArray) => SentOn }[] = [
  {
    // "21/12", "5/7/2026", "22-12-2026", "ngày 21 tháng 12 (năm 2026)": not "6/2026" (a month) nor "Q3/2021".
    re: new RegExp(
      `(?<![\\p{L}\\p{N}/.-])${DAY}\\s*(?:([/.-])\\s*(0?[1-9]|1[0-2])(?:\\s*\\2\\s*${YEAR})?|\\s+thang\\s+(0?[1-9]|1[0-2])(?:\\s+nam\\s+${YEAR})?)${AFTER}(?!\\s*[/.-]\\s*\\d)`,
      'gu',
    ),
    read: (m) => ({ day: Number(m[1]), month: Number(m[3] ?? m[5]), year: (m[4] ?? m[6]) ? Number(m[4] ?? m[6]) : null }),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_EN}(?:,?\\s+${YEAR})?${AFTER}`, 'gu'),
    read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]), year: m[3] ? Number(m[3]) : null }),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])${MONTH_EN}\\s+${DAY}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${AFTER}`, 'gu'),
    read: (m) => ({ day: Number(m[2]), month: monthOf(m[1]), year: m[3] ? Number(m[3]) : null }),
  },
  { re: /(?<![\p{L}\p{N}])(?:hom\s+nay|today)(?![\p{L}\p{N}])/gu, read: () => ({ today: true }) },
];

function monthOf(word: string | undefined): number {
  return MONTHS_EN.indexOf((word ?? '').slice(0, 3)) + 1;
}

/**
 * The day a report is sent, when the text asks whether it is on time; the day's words are cut from
 * `work` so that no period or place is read from them. Null without a word of lateness or a day.
 */
export function takeSentOn(work: TextCutter): SentOn | null {
  if (work.find(LATENESS).length === 0) return null;
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    const m = form.re.exec(work.folded);
    if (!m) continue;
    const read = form.read(m);
    if ('month' in read && read.month === 0) continue;
    work.cut({ from: m.index, to: m.index + m[0].length });
    work.cutAll(WEEKDAY);
    return read;
  }
  return null;
}

/** The ISO date of a day read, its missing year the one that puts it nearest to `today`; null when no such date. */
export function sentOnDay(sent: SentOn, today: string): string | null {
  if ('today' in sent) return today;
  const iso = (year: number) => {
    const text = `${year}-${String(sent.month).padStart(2, '0')}-${String(sent.day).padStart(2, '0')}`;
    // 31/2 is no day: it would come back as another after a round trip.
    return addDays(text, 0) === text ? text : null;
  };
  if (sent.year !== null) return iso(sent.year);
  const year = Number(today.slice(0, 4));
  const days = [year - 1, year, year + 1].map(iso).filter((d): d is string => d !== null);
  return days.sort((a, b) => Math.abs(daysBetween(today, a)) - Math.abs(daysBetween(today, b)))[0] ?? null;
}
