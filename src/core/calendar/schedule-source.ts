/**
 * What the document behind a reporting schedule says (DESIGN 2.3): who sends the report to whom,
 * the due day as written and what it means, and how it is sent. The calendar's own due rule is what
 * reminders count from; an admin may move it, so the document's day is kept here beside it, and an
 * answer quotes the document, never a paraphrase of the rule.
 *
 * The wording of the documents the defaults come from is below: 1736/QĐ-UBND of Bắc Kạn (the plan
 * for Resolution 28-NQ/TW, its closing paragraph and section IV.2.m) and 7337/UBND-VX of Nghệ An.
 */
import type { DueRule } from './schedules.js';

/** A text in both reply languages: the Vietnamese as the document has it, the English a faithful rendering. */
export interface Wording {
  readonly vi: string;
  readonly en: string;
}

/** The due day a document sets. */
export interface SourceDue {
  /** As written: "trước ngày 05 tháng 7" ("before 5 July"). */
  readonly wording: Wording;
  /** The day the document names, in the calendar's terms (5 July: fixed 07-05). */
  readonly rule: DueRule;
  /**
   * The document says "before" ("trước ngày"): the day named is already late and the last day on
   * time is the day before it. False where it says "by" or "no later than" ("chậm nhất ngày").
   */
  readonly before: boolean;
}

/** The document behind a schedule. */
export interface ScheduleSource {
  /** The document, as the answers name it ("Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND …"). */
  readonly document: Wording;
  /** Who reports, as the document names them. */
  readonly sender: Wording;
  /** To whom, as the document names them; null where it names no one. */
  readonly recipient: Wording | null;
  /** The due day; null where the document gives none (the calendar's day is then the bot's own). */
  readonly due: SourceDue | null;
  /** How the report is sent, quoted, where the document says ("trong báo cáo kinh tế - xã hội"). */
  readonly delivery: Wording | null;
  /** What changed since the document (a body's tasks moved, a level abolished), one sentence each, for the answer's last line. */
  readonly notes: readonly Wording[];
}

const PLAN_1736: Wording = {
  vi: 'Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND ngày 16/10/2018 của UBND tỉnh Bắc Kạn',
  en: "Plan issued with Decision 1736/QĐ-UBND of the Bắc Kạn People's Committee, 16 Oct 2018",
};

const LETTER_7337: Wording = {
  vi: 'Văn bản 7337/UBND-VX ngày 26/9/2022 của UBND tỉnh Nghệ An',
  en: "Letter 7337/UBND-VX of the Nghệ An People's Committee, 26 Sep 2022",
};

const DOLISA: Wording = {
  vi: 'Sở Lao động - Thương binh và Xã hội tỉnh',
  en: 'the provincial Department of Labour, Invalids and Social Affairs (DOLISA)',
};

/** The department's labour and social-insurance tasks moved to the Department of Home Affairs on 1 March 2025. */
const DOLISA_NOTE: Wording = {
  vi: 'Từ 01/3/2025 nhiệm vụ về lao động, bảo hiểm xã hội của Sở Lao động - Thương binh và Xã hội chuyển sang Sở Nội vụ.',
  en: "Since 1 March 2025 DOLISA's labour and social-insurance tasks belong to the provincial Department of Home Affairs.",
};

/** The districts ended on 1 July 2025. */
const DISTRICTS_NOTE: Wording = {
  vi: 'Từ 01/7/2025 không còn cấp huyện: các xã, phường báo cáo thẳng lên tỉnh.',
  en: 'Since 1 July 2025 there are no districts: communes and wards report straight to the province.',
};

/** 1736/QĐ-UBND, closing paragraph: the departments and districts report to DOLISA. */
const REPORTS_TO_DOLISA = {
  document: PLAN_1736,
  sender: {
    vi: 'các sở, ban, ngành có liên quan và UBND các huyện, thành phố',
    en: "the provincial departments concerned and the district and city People's Committees",
  },
  recipient: DOLISA,
  delivery: null,
  notes: [DOLISA_NOTE, DISTRICTS_NOTE],
} as const;

/** "định kỳ báo cáo kết quả thực hiện 6 tháng (trước ngày 05 tháng 7) … về Sở Lao động - Thương binh và Xã hội tỉnh". */
export const SIX_MONTH_SOURCE: ScheduleSource = {
  ...REPORTS_TO_DOLISA,
  due: { wording: { vi: 'trước ngày 05 tháng 7', en: 'before 5 July' }, rule: { kind: 'fixed', month: 7, day: 5 }, before: true },
};

/** "… cả năm (trước ngày 20 tháng 12) về Sở Lao động - Thương binh và Xã hội tỉnh". */
export const ANNUAL_SOURCE: ScheduleSource = {
  ...REPORTS_TO_DOLISA,
  due: { wording: { vi: 'trước ngày 20 tháng 12', en: 'before 20 December' }, rule: { kind: 'fixed', month: 12, day: 20 }, before: true },
};

/** 1736/QĐ-UBND IV.2.m: the districts report monthly inside their socio-economic report, on no day named. */
export const MONTHLY_SOURCE: ScheduleSource = {
  document: PLAN_1736,
  sender: { vi: 'UBND các huyện, thành phố', en: "the district and city People's Committees" },
  recipient: null,
  due: null,
  delivery: {
    vi: 'hàng tháng báo cáo kết quả triển khai trong báo cáo kinh tế - xã hội',
    en: 'report the results every month within the monthly socio-economic report',
  },
  notes: [DISTRICTS_NOTE],
};

/** 7337/UBND-VX: the statistics office supplies population and labour figures, on no day named. */
export const STATISTICS_SOURCE: ScheduleSource = {
  document: LETTER_7337,
  sender: { vi: 'Cục Thống kê tỉnh', en: 'the provincial statistics office' },
  recipient: {
    vi: 'Bảo hiểm xã hội tỉnh và Sở Lao động - Thương binh và Xã hội',
    en: 'the provincial social insurance office and DOLISA',
  },
  due: null,
  delivery: {
    vi: 'định kỳ hàng quý, 6 tháng, năm … tổng hợp số liệu về dân số trung bình, lực lượng lao động',
    en: 'every quarter, six months and year, compile the average population and labour-force figures',
  },
  notes: [DOLISA_NOTE],
};
