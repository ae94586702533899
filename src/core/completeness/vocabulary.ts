/**
 * The words of a completeness question ("ai chưa nộp báo cáo 6 tháng?", "who has not reported"):
 * what marks the question, which report it names, and the filler around the place, as
 * regular-expression bodies over folded text (lower case, no diacritics, đ → d, punctuation kept).
 */

const APOS = "['’]";
const NOT = `(?:not|n${APOS}?t)`;
const VERB_EN = '(?:reported|submitted|sent\\s+(?:in\\s+)?(?:(?:their|the|a|its)\\s+)?(?:reports?|figures?|data))';
const WHO_VI =
  '(?:nhung\\s+ai|ai|(?:nhung\\s+|cac\\s+)?(?:don\\s+vi|xa\\s*,?\\s*phuong|xa|phuong|noi|dau\\s+moi)\\s+nao|bao\\s+nhieu\\s+(?:don\\s+vi|xa|phuong)|may\\s+(?:don\\s+vi|xa|phuong))';
const REPORT_VI = '(?:bao\\s+cao|bc|so\\s+lieu)';

/**
 * Phrases that make a message a Vietnamese completeness question. None of them can be part of a
 * coverage question ("tỷ lệ bao phủ …") or of a submission ("nop 6T/2025 bb …").
 */
export const INTENT_VI: readonly string[] = [
  // "ai chưa nộp", "đơn vị nào chưa báo cáo", "xã nào đã gửi", "chưa nộp báo cáo"
  `(?:${WHO_VI}\\s+)?(?:van\\s+|con\\s+)?(?:da|chua)\\s+(?:nop|gui|bao\\s+cao)`,
  // "ai nộp muộn", "đơn vị nào nộp rồi"
  `${WHO_VI}\\s+(?:nop|gui\\s+${REPORT_VI}|bao\\s+cao)`,
  // "tình hình nộp báo cáo", "tiến độ nộp", "tỷ lệ nộp báo cáo", "tình hình báo cáo"
  `(?:tinh\\s+hinh|tien\\s+do|(?:ty|ti)\\s+le|muc\\s+do)\\s+(?:(?:nop|gui)(?:\\s+${REPORT_VI})?|bao\\s+cao|bc)`,
  // "nộp muộn", "báo cáo còn thiếu", "thiếu báo cáo"
  // ("nộp muộn nhất ngày nào" asks the last day: a deadline question)
  `(?:nop|bao\\s+cao|bc)\\s+(?:(?:muon|tre)(?!\\s+nhat)|dung\\s+han|con\\s+thieu)`,
  `(?:con\\s+)?thieu\\s+${REPORT_VI}`,
];

/**
 * The writer saying they have sent their own report ("em đã nộp báo cáo rồi", "bên em gửi bc xong"): a
 * statement, not a question about who has reported. Cut before the question is looked for.
 */
export const OWN_REPORT_SENT_VI = `(?:em|e|toi|minh|chung\\s+(?:em|toi)|ben\\s+(?:em|minh|toi))\\s+(?:da\\s+|vua\\s+|moi\\s+|cung\\s+)*(?:nop|gui)(?:\\s+${REPORT_VI})?[^,.;!?]{0,30}?\\s(?:roi|xong)(?![\\p{L}\\p{N}])`;

/**
 * Sending a paper that is no report ("Sở mình đã gửi công văn cho UBND các xã chưa", "đã nộp tờ
 * trình chưa"): office work, not a question about who has reported. Cut before the question is looked for.
 */
export const OTHER_PAPER_SENT_VI =
  '(?:(?:da|chua)\\s+)?(?:nop|gui|chuyen|ban\\s+hanh)\\s+(?:(?:cac|nhung|cai)\\s+)?(?:cong\\s+van|cv|van\\s+ban|giay\\s+moi|quyet\\s+dinh|thong\\s+bao|to\\s+trinh|ke\\s+hoach|huong\\s+dan|chi\\s+thi|giay\\s+to)(?![\\p{L}\\p{N}])';

/** Phrases that make a message an English completeness question. */
export const INTENT_EN: readonly string[] = [
  // "who has not reported", "who hasn't submitted", "units that have not yet reported"
  `(?:(?:who|which\\s+(?:units?|communes?|wards?)|units?|communes?|wards?)\\s+)?(?:(?:that|have|has|did|does|still)(?:\\s+|(?=n)))*${NOT}\\s+(?:yet\\s+)?(?:${VERB_EN}|report|submit)`,
  // "who reported", "who is late", "who is missing"
  `(?:who|which\\s+(?:units?|communes?|wards?))\\s+(?:(?:has|have|is|are|still)\\s+)?(?:${VERB_EN}|late|missing|behind)`,
  `(?:reporting|submissions?)\\s+(?:status|rates?|completeness|progress|compliance)`,
  `(?:missing|late|outstanding|overdue)\\s+(?:(?:monthly|annual|yearly|(?:six|6)[\\s-]*months?|half[\\s-]*year(?:ly)?)\\s+)?(?:reports?|submissions?)`,
  'completeness',
];

/** One report, named by its words; the key is the schedule key of the default calendar. */
export interface ScheduleWords {
  readonly key: string;
  readonly body: string;
}

/**
 * Words naming a report. "năm" and "tháng" alone also name years, months and places ("Quảng Nam"),
 * so they count only right after "báo cáo"/"số liệu" or as "hàng năm"/"hàng tháng".
 */
export const SCHEDULE_WORDS: readonly ScheduleWords[] = [
  {
    key: 'six_month',
    body: '(?:6|sau)\\s*(?:t|th|thang)(?:\\s+dau\\s+nam)?|nua\\s+(?:dau\\s+)?nam|so\\s+ket|(?:six|6)[\\s-]*months?|half[\\s-]*(?:year(?:ly)?|annual)|semi[\\s-]*annual|mid[\\s-]*year|h1',
  },
  {
    key: 'annual',
    body: `${REPORT_VI}\\s+(?:ca\\s+|hang\\s+)?nam|hang\\s+nam|ca\\s+nam|tong\\s+ket\\s+nam|annual|yearly|year[\\s-]*end`,
  },
  {
    key: 'monthly',
    body: `${REPORT_VI}\\s+(?:hang\\s+)?thang|hang\\s+thang|monthly|month[\\s-]*end`,
  },
];

/** Vietnamese filler that is no syllable of a place name, removed wherever it stands. */
export const FILLER_VI_SAFE = [
  REPORT_VI,
  'ky\\s+nay',
  'ky\\s+bao\\s+cao',
  'hien\\s+nay',
  'hien\\s+tai',
  'den\\s+nay',
  'hom\\s+nay',
  'bay\\s+gio',
  'tren\\s+dia\\s+ban',
  'dia\\s+ban',
  'cho\\s+(?:toi|minh|em|hoi)',
  '(?:cac\\s+)?(?:don\\s+vi|xa\\s*,\\s*phuong)',
  'dau\\s+moi',
  'dung\\s+han',
  'bao\\s+nhieu',
  'nop',
  'gui',
  'nhung',
  'cac',
  'nao',
  'ai',
  'chua',
  'roi',
  'khong',
  'ko',
  'giup',
  'xem',
  'duoc',
  'vay',
  'nhi',
  'nhe',
  'oi',
  'theo\\s+doi',
  'kiem\\s+tra',
  'danh\\s+sach',
  'liet\\s+ke',
].join('|');

/** Short Vietnamese words that are also syllables of place names: removed only when spelled with their marks. */
export const FILLER_VI_MARKED: readonly string[] = [
  'của',
  'tại',
  'ở',
  'là',
  'có',
  'à',
  'ạ',
  'với',
  'hết',
  'hạn',
  'muộn',
  'trễ',
  'thuộc',
  'trong',
  'thế',
  'đã',
  'đi',
];

/** English filler, removed only where the original is plain ASCII. */
export const FILLER_EN = [
  'show\\s+me',
  'tell\\s+me',
  'give\\s+me',
  'so\\s+far',
  'on\\s+time',
  'focal\\s+points?',
  'who',
  'which',
  'has',
  'have',
  'had',
  'not',
  'yet',
  'still',
  'did',
  'is',
  'are',
  'the',
  'for',
  'in',
  'of',
  'at',
  'units?',
  'communes?',
  'wards?',
  'reports?',
  'reported',
  'reporting',
  'submitted',
  'submit',
  'submissions?',
  'sent',
  'status',
  'rates?',
  'progress',
  'please',
  'pls',
  'list',
  'what',
  'whats',
  'this',
  'current',
  'their',
  'figures',
  'data',
  'missing',
  'late',
  'how',
  'many',
  'everyone',
  'all',
  'and',
  'period',
  'deadline',
  'by',
  'with',
  'there',
  'any',
  'check',
].join('|');

/** Counts of a quick submission ("bb 41.200"): such a message is never a question. */
export const SUBMISSION_COUNT = '(?:bb|tn|ld|ds|bhtn|bhyt|huu|sth)\\s*[=:]?\\s*\\d';
