/**
 * The day a question asks about: whether a report sent that day is on time ("nộp ngày 21/12 thì có
 * trễ hạn không", "nop bc nam vao chu nhat 20/12 co kip khong", "If we send it on 22 December, is that
 * late?", "nộp hôm nay có kịp không"), or whether that day is the deadline ("thứ 6 tuần này là hạn nộp
 * hả", "ngày 19/12 có phải hạn nộp báo cáo năm không", "is the annual report due on Friday?"). Read only
 * beside a word of lateness or a yes/no question; a day written without its year, or by its weekday,
 * is resolved against today (the caller's, see sentOnDay).
 */
import { addDays, dayOfWeek, daysBetween } from '../civil-time/index.js';
import { type TextCutter, wordRe } from '../text/text-cutter.js';

/**
 * A day as written: its year may be missing; days from today ("hôm nay" 0, "ngày mai" 1); or a weekday
 * (0 Sunday … 6 Saturday) of this week, of next week, or, with no week said, the next one from today.
 */
export type SentOn =
  | { readonly day: number; readonly month: number; readonly year: number | null; readonly before?: true }
  | { readonly daysFromToday: number }
  | { readonly weekday: number; readonly week: 'this' | 'next' | null };

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
  { re: /(?<![\p{L}\p{N}])(?:hom\s+nay|today)(?![\p{L}\p{N}])/gu, read: () => ({ daysFromToday: 0 }) },
  // "mai" alone is also a name (Phương Mai): only "ngày mai", or "mai" opening the message before a verb.
  {
    re: /(?<![\p{L}\p{N}])(?:ngay\s+mai|tomorrow)(?![\p{L}\p{N}])|^\s*mai(?=\s+(?:la|co|nop|gui|thi|da|han)(?![\p{L}\p{N}]))/gu,
    read: () => ({ daysFromToday: 1 }),
  },
  {
    // "thứ 6 tuần này", "thu sau", "chủ nhật tuần sau", "this Friday", "next monday": not "t6" (tháng 6).
    re: /(?<![\p{L}\p{N}])(?:(?:vao\s+)?(?:thu\s+(hai|ba|tu|nam|sau|bay|[2-7])|(chu\s+nhat))(?:\s+tuan\s+(nay|sau|toi))?|(?:(this|next)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day)(?![\p{L}\p{N}])/gu,
    read: (m) => ({ weekday: weekdayOf(m), week: weekOf(m[3] ?? m[4]) }),
  },
];

const VI_WEEKDAYS = ['', '', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay'];
const EN_WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** 0 Sunday … 6 Saturday: "thứ 2" (thứ hai) is Monday, "thứ 7" Saturday. */
function weekdayOf(m: RegExpExecArray): number {
  if (m[2]) return 0;
  if (m[5]) return EN_WEEKDAYS.indexOf(m[5]);
  const n = /^\d$/.test(m[1] ?? '') ? Number(m[1]) : VI_WEEKDAYS.indexOf(m[1] ?? '');
  return n - 1;
}

function weekOf(word: string | undefined): 'this' | 'next' | null {
  return word === 'nay' || word === 'this' ? 'this' : word ? 'next' : null;
}

function monthOf(word: string | undefined): number {
  return MONTHS_EN.indexOf((word ?? '').slice(0, 3)) + 1;
}

/** Asking whether a day is the deadline: "có phải (là) hạn", "phải không", "đúng không"; "is it / is the … due", "due on". */
export const DUE_ASKED = wordRe('co\\s+phai|(?:phai|dung)\\s+(?:khong|ko|k|kg|hong|hem)|is\\s+(?:it|that|this)|due\\s+on');
/**
 * A yes/no question's form: a closing particle ("… là hạn nộp à/hả/hở/nhỉ", "… à ad", "… hả anh?"; "ạ",
 * and "a" after "nhé", is politeness: "mai e gửi tiếp nhé a"), or "Is …" opening it.
 */
const YES_NO_FORM = /(?<![\p{L}\p{N}])(?<!(?:nhe|nha|nhen)\s+)(?:a|ha|ho|nhi)(?:\s+(?:ad|admin|anh|chi|em|ban|bot|oi|a))*\s*[?!.]*\s*$|^\s*is\s/gu;
/** A choice between days ("4/7 hay 5/7") asks which, not whether. */
const EITHER = wordRe('hay|or');
/** Words that lead into the day ("là thứ 6", "vào ngày mai", "trước ngày 5/7", "mùng 5/7"), cut with it. */
const LEAD_IN = /(?:^|\s)(?:la|vao|ngay|mung|(truoc)(?:\s+(?:ngay|mung))?)\s*$/u;

/**
 * Words that set the day a question counts from ("hôm nay là 1/7/2031, còn mấy ngày", "giả sử hôm nay
 * là …", "tính từ ngày 10/12", "today is 18 Dec 2031", "as of 30 June 2033"): only right before a day
 * written as a date.
 */
const REFERENCE =
  /(?<![\p{L}\p{N}])(?:(?:gia\s+su\s+|neu\s+|coi\s+nhu\s+)?hom\s+nay(?:\s+la)?|(?:tinh|ke)\s+tu(?:\s+ngay)?|(?:if\s+|suppose\s+|assuming\s+)?today(?:\s+is|'s\s+date\s+is)?|as\s+(?:of|at)|counting\s+from)\s*[:,]?\s*$/u;

/**
 * The day the question counts from instead of today, cut from `work` with its words; null when none
 * is written. Taken before any other day, which is then the one asked about.
 */
export function takeReferenceDay(work: TextCutter): SentOn | null {
  for (const form of FORMS.slice(0, 3)) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(work.folded); m; m = form.re.exec(work.folded)) {
      const lead = REFERENCE.exec(work.folded.slice(0, m.index));
      const read = form.read(m);
      if (!lead || !('month' in read) || read.month === 0) continue;
      work.cut({ from: m.index - lead[0].trimStart().length, to: m.index + m[0].length });
      work.cutAll(WEEKDAY);
      return read;
    }
  }
  return null;
}

/**
 * The day a report is sent, when the text asks whether it is on time; the day's words are cut from
 * `work` so that no period or place is read from them. Null without a word of lateness or a day.
 */
export function takeSentOn(work: TextCutter): SentOn | null {
  return work.find(LATENESS).length === 0 ? null : takeDay(work);
}

/** The day the text asks whether it is the deadline, cut from `work`; null without a yes/no question or a day. */
export function takeDueOn(work: TextCutter): SentOn | null {
  const asked = work.find(DUE_ASKED).length > 0 || work.find(YES_NO_FORM).some((hit) => !/^\s*ạ/iu.test(work.originalOf(hit.from, hit.to)));
  if (!asked || work.find(EITHER).length > 0) return null;
  const day = takeDay(work);
  if (day) {
    work.cutAll(DUE_ASKED);
    work.cutAll(YES_NO_FORM);
  }
  return day;
}

function takeDay(work: TextCutter): SentOn | null {
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    const m = form.re.exec(work.folded);
    if (!m) continue;
    const read = form.read(m);
    if ('month' in read && read.month === 0) continue;
    const lead = LEAD_IN.exec(work.folded.slice(0, m.index));
    work.cut({ from: lead ? m.index - lead[0].trimStart().length : m.index, to: m.index + m[0].length });
    work.cutAll(WEEKDAY);
    // "trước ngày 5/7": the day before is the last one.
    return lead?.[1] && 'month' in read ? { ...read, before: true } : read;
  }
  return null;
}

/**
 * The ISO date of a day read; null when no such date. A missing year is the one that puts the day
 * nearest to `today`, or with `ahead` the first from today on (whether the deadline is "5/7" asks
 * about the next one). A week runs Monday to Sunday, as in Viet Nam.
 */
export function sentOnDay(sent: SentOn, today: string, ahead = false): string | null {
  if ('daysFromToday' in sent) return addDays(today, sent.daysFromToday);
  if ('weekday' in sent) {
    const mondayFirst = (weekday: number) => (weekday + 6) % 7;
    const offset = sent.week === null ? (sent.weekday - dayOfWeek(today) + 7) % 7 : mondayFirst(sent.weekday) - mondayFirst(dayOfWeek(today));
    return addDays(today, offset + (sent.week === 'next' ? 7 : 0));
  }
  const iso = (year: number) => {
    const text = `${year}-${String(sent.month).padStart(2, '0')}-${String(sent.day).padStart(2, '0')}`;
    // 31/2 is no day: it would come back as another after a round trip.
    return addDays(text, 0) === text ? text : null;
  };
  const year = Number(today.slice(0, 4));
  const days = (sent.year !== null ? [sent.year] : [year - 1, year, year + 1]).map(iso).filter((d): d is string => d !== null);
  const day =
    ahead && sent.year === null ? days.find((d) => d >= today) : days.sort((a, b) => Math.abs(daysBetween(today, a)) - Math.abs(daysBetween(today, b)))[0];
  return day === undefined ? null : sent.before ? addDays(day, -1) : day;
}
