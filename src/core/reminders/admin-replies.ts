/**
 * Replies of the reminder administration in chat, Vietnamese and English: the calendar
 * listing and its edits (/lichnhac), linking a group chat to a unit (/nhom) and wrong arguments.
 */
import type { Language } from '../types.js';

/** What was wrong with an edit: the field's value, or the field itself. */
export type ScheduleProblem =
  | 'offsets'
  | 'hour'
  | 'due'
  | 'active'
  | 'reporter'
  | 'field'
  | 'usage'
  | 'unknown-key'
  | 'not-yours'
  | 'other-province'
  | 'no-day';

const PROBLEMS: Readonly<Record<ScheduleProblem, Readonly<Record<Language, string>>>> = {
  offsets: {
    vi: 'Số ngày nhắc phải là 1 đến 10 số nguyên từ 0 đến 60, ví dụ: 7,3,1,0 (0 là ngày hạn cuối).',
    en: 'Reminder offsets must be 1 to 10 whole numbers of days from 0 to 60, e.g. 7,3,1,0 (0 is the due date).',
  },
  hour: { vi: 'Giờ gửi phải là số nguyên từ 0 đến 23.', en: 'The send hour must be a whole number from 0 to 23.' },
  due: {
    vi: 'Ngày cuối cùng còn đúng hạn viết là fixed:MM-DD (ví dụ fixed:07-04), in-last-month:DD, in-next-month:DD, fixed-next-year:MM-DD, hoặc none (chưa đặt ngày).',
    en: 'Write the last day on time as fixed:MM-DD (e.g. fixed:07-04), in-last-month:DD, in-next-month:DD, fixed-next-year:MM-DD, or none (no day set).',
  },
  active: { vi: 'Bật hoặc tắt: on hoặc off.', en: 'Switch it with on or off.' },
  reporter: {
    vi: 'Người báo cáo: focal_point (đầu mối các đơn vị) hoặc statistics (cán bộ thống kê).',
    en: 'Who reports: focal_point (the units’ focal points) or statistics (the statistics officers).',
  },
  field: { vi: 'Chỉ sửa được: offsets, hour, due, active, reporter.', en: 'Only these can be changed: offsets, hour, due, active, reporter.' },
  usage: {
    vi: 'Cách dùng: /lichnhac (xem lịch) hoặc /lichnhac <mã> [tỉnh] <offsets|hour|due|active|reporter> <giá trị>, ví dụ /lichnhac six_month offsets 7,3,1,0 hoặc /lichnhac monthly Nghệ An due in-next-month:05',
    en: 'Usage: /lichnhac (list) or /lichnhac <key> [province] <offsets|hour|due|active|reporter> <value>, e.g. /lichnhac six_month offsets 7,3,1,0 or /lichnhac monthly Nghe An due in-next-month:05',
  },
  'unknown-key': { vi: 'Không có lịch báo cáo mang mã này. Gõ /lichnhac để xem các mã.', en: 'No schedule has that key. Send /lichnhac to see the keys.' },
  'not-yours': {
    vi: 'Lịch này áp dụng cho nhiều tỉnh: chỉ quản trị hệ thống mới sửa được. Để đặt lịch riêng cho tỉnh của bạn, ghi tên tỉnh sau mã, ví dụ: /lichnhac annual Nghệ An offsets 7,3,1,0',
    en: 'This schedule covers more than your province: only a system administrator can change it. To give your province its own, put the province after the key, e.g. /lichnhac annual Nghe An offsets 7,3,1,0',
  },
  'no-day': {
    vi: 'Lịch này chưa có ngày nộp (văn bản không quy định): đặt ngày trước bằng due, lịch sẽ tự bật.',
    en: 'This schedule has no day yet (the document sets none): set one with due, and it switches on.',
  },
  'other-province': {
    vi: 'Lịch này là của một tỉnh khác: chỉ quản trị viên của tỉnh đó hoặc quản trị hệ thống mới sửa được.',
    en: "This schedule is another province's: only that province's administrators or a system administrator can change it.",
  },
};

/** To someone who administers nothing, for /nhacnho, /lichnhac and /nhom. */
export function composeAdminOnly(lang: Language): string {
  return lang === 'vi'
    ? 'Chỉ quản trị viên mới dùng được lệnh này (chạy thử lời nhắc, sửa lịch báo cáo, liên kết nhóm). Gõ /lich để xem hạn nộp của bạn.'
    : 'Only administrators can use this command (reminder dry runs, the reporting calendar, group links). Send /deadlines to see your own deadlines.';
}

export function composeScheduleProblem(lang: Language, problem: ScheduleProblem): string {
  return PROBLEMS[problem][lang];
}

export function composeScheduleList(lang: Language, lines: readonly string[]): string {
  const head =
    lang === 'vi'
      ? 'Lịch báo cáo và lời nhắc (sửa: /lichnhac <mã> [tỉnh] <offsets|hour|due|active|reporter> <giá trị>):'
      : 'Reporting calendar and reminders (edit: /lichnhac <key> [province] <offsets|hour|due|active|reporter> <value>):';
  return [head, ...lines.map((l) => `- ${l}`)].join('\n');
}

export function composeScheduleChanged(lang: Language, line: string): string {
  return lang === 'vi' ? `Đã sửa lịch: ${line}` : `Schedule changed: ${line}`;
}

export function composeGroupLinked(lang: Language, unitLabel: string): string {
  return lang === 'vi'
    ? `Đã liên kết nhóm này với ${unitLabel}: trước mỗi hạn nộp, nhóm sẽ nhận một tin tổng hợp các đơn vị chưa nộp.`
    : `This group is now linked to ${unitLabel}: before each deadline it gets one digest of the units that have not reported.`;
}

export function composeGroupUnlinked(lang: Language, wasLinked: boolean): string {
  if (!wasLinked) return lang === 'vi' ? 'Nhóm này chưa liên kết với đơn vị nào.' : 'This group is not linked to any unit.';
  return lang === 'vi' ? 'Đã bỏ liên kết: nhóm sẽ không nhận tin tổng hợp nữa.' : 'Unlinked: the group will get no more digests.';
}

export function composeGroupOnly(lang: Language): string {
  return lang === 'vi'
    ? 'Lệnh /nhom dùng trong nhóm chat: /nhom <đơn vị> để liên kết nhóm, /nhom off để bỏ liên kết.'
    : 'Use /nhom in a group chat: /nhom <unit> links the group, /nhom off unlinks it.';
}

export function composeBadDate(lang: Language, text: string): string {
  return lang === 'vi'
    ? `"${text}" không phải là ngày. Viết ví dụ: /nhacnho 2026-07-04 hoặc /nhacnho 04/07/2026`
    : `"${text}" is not a date. Write for example: /nhacnho 2026-07-04 or /nhacnho 04/07/2026`;
}
