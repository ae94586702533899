/**
 * The words of a deadline question ("hạn nộp báo cáo 6 tháng là ngày nào", "when is the annual report
 * due", "báo cáo năm gửi về cơ quan nào"), as regular-expression bodies over folded text (lower case,
 * no diacritics, đ → d, punctuation kept).
 *
 * A message is a deadline question when it names a deadline outright ("hạn nộp", "thời hạn",
 * "deadline"), or when it speaks of a report and asks when, to whom or how it goes.
 */

const REPORT_VI = '(?:bao\\s+cao|bc)';

/** Words that name a reporting deadline by themselves. */
export const DEADLINE_VI = [
  `(?:thoi\\s+)?han\\s+(?:chot|cuoi(?:\\s+cung)?|nop|gui|${REPORT_VI})`,
  'thoi\\s+han',
  '(?:ngay|han)\\s+(?:co\\s+dinh|cu\\s+the)',
  // "nộp hạn nào", "hạn ngày nào", "hạn bao giờ": the deadline asked outright.
  'han\\s+(?:nao|ngay\\s+(?:nao|may)|bao\\s+gio|khi\\s+nao|la\\s+(?:ngay\\s+)?(?:nao|bao\\s+gio))',
  `lich\\s+(?:nop|gui|${REPORT_VI})`,
  // The period open now: "kỳ báo cáo nào đang mở", "đang mở kỳ báo cáo nào", "kỳ báo cáo tới".
  `ky\\s+${REPORT_VI}(?:\\s+(?:nao|hien\\s+(?:nay|tai)|dang\\s+mo|sap\\s+toi|tiep\\s+theo|ke\\s+tiep|toi))+`,
  `(?:dang\\s+)?mo\\s+ky\\s+${REPORT_VI}`,
  'ky\\s+nao\\s+dang\\s+mo',
].join('|');

/** Words of a deadline that ask nothing by themselves ("đến hạn"), counted with a question word. */
export const DEADLINE_HINT_VI = '(?:den|toi|sat|qua|co|het)\\s+han';

export const DEADLINE_EN = [
  'deadlines?',
  'due\\s+(?:dates?|days?)',
  'cut[\\s-]?off(?:\\s+dates?)?',
  'reporting\\s+(?:calendar|schedule|dates?)',
  'submission\\s+dates?',
  '(?:last|final)\\s+(?:on[\\s-]?time\\s+)?(?:day|date)',
  // "is there a fixed day for sending …".
  '(?:fixed|set|specific)\\s+(?:days?|dates?)',
  // The period open now: "which reporting period is open", "the current reporting period".
  '(?:which|what|current|open|next)\\s+(?:reporting\\s+)?periods?(?=\\s+(?:is|are)\\s+open|\\s+now|\\s*\\?|$)',
  '(?:reporting\\s+)?periods?\\s+(?:is\\s+|are\\s+)?open',
].join('|');

/** "is due", "due by": a deadline word once a report is named. */
export const DEADLINE_HINT_EN = '(?:is|are|be|falls?|come|comes)\\s+due|due\\s+(?:by|on|before|in|at)|due|overdue|past\\s+due';

/** A day off: "T7", "CN", "thứ 7", "chủ nhật", "cuối tuần", "ngày nghỉ", "ngày lễ", "weekend", "holiday". */
export const DAY_OFF = 't7|cn|thu\\s+(?:7|bay)|chu\\s+nhat|cuoi\\s+tuan|ngay\\s+(?:nghi|le)|nghi\\s+le|weekends?|(?:public\\s+)?holidays?';
/** A deadline moved or counted: "lùi", "kéo", "dời", "có tính (vào hạn)", "move", "count", "roll over", "extended". */
export const MOVED =
  '(?:duoc\\s+)?(?:lui|keo|doi|hoan)(?:\\s+(?:sang|den|toi))?|(?:co\\s+)?tinh\\s+(?:vao|la)|moved?|counts?|roll(?:ed|s)?\\s+over|extended|shift(?:ed|s)?';

/** A report, and sending one. */
export const REPORT_WORDS_VI = REPORT_VI;
export const SEND_WORDS_VI = 'nop|gui';
export const REPORT_WORDS_EN = 'reports?|reporting|submissions?';
/** Sending, without a report named: a deadline question only when it asks when ("when do we submit?"), not how. */
export const SEND_WORDS_EN = 'submit(?:s|ted|ting)?|send|sent|file|filed';

/** When: the day, the month, how many days are left. */
export const WHEN_VI = [
  '(?:truoc\\s+)?ngay\\s+(?:nao|may|bao\\s+nhieu)',
  'truoc\\s+(?:ngay|mung)',
  'thang\\s+(?:nao|may)',
  'khi\\s+nao',
  'bao\\s+gio',
  'luc\\s+nao',
  'hom\\s+nao',
  'thoi\\s+gian\\s+nao',
  '(?:con\\s+)?(?:may|bao\\s+nhieu|bnh?)\\s+(?:ngay|hom)(?:\\s+nua)?(?:\\s+(?:den|toi))?',
  // "còn kịp không": whether there is still time, answered with the days left.
  'con\\s+kip(?:\\s+(?:khong|ko|k|hong))?',
  // "muộn nhất", "chậm nhất": the last day.
  '(?:muon|cham|tre)\\s+nhat',
  // How often: "bao lâu (thì phải gửi …) một lần".
  'bao\\s+lau',
].join('|');

/** To whom, where. */
export const WHOM_VI = [
  '(?:co\\s+quan|don\\s+vi|noi|cho|so|cap|ben|phong)\\s+nao',
  '(?:ve|o|len|toi|den|di)\\s+dau',
  'cho\\s+ai',
  'ai\\s+nhan',
  '(?:gui|nop|chuyen)\\s+(?:ve\\s+|cho\\s+|len\\s+|toi\\s+|den\\s+)?ai',
  // Which office: "gửi về Sở Nội vụ hay Sở Lao động - Thương binh và Xã hội", "gửi Sở LĐTBXH hay Sở Nội vụ".
  '(?:gui|nop)\\s+(?:(?:ve|cho|len|toi|den)\\s+)?so\\s+\\S+(?:\\s+\\S+){0,8}?\\s+hay',
  // Which way: "gửi thẳng lên tỉnh hay phải qua huyện".
  '(?:gui|nop|bao\\s+cao)\\s+thang(?:\\s+(?:len|ve|cho))?',
  '(?:phai\\s+)?(?:thong\\s+)?qua\\s+(?:cap\\s+)?huyen',
].join('|');

/** How it is sent. */
export const HOW_VI = ['(?:nhu\\s+)?the\\s+nao', 'ra\\s+sao', 'bang\\s+cach\\s+nao', 'cach\\s+(?:nop|gui)', 'quy\\s+dinh'].join('|');

/** When, in English. */
export const WHEN_EN = [
  'when',
  'by\\s+when',
  'what\\s+(?:day|date|month)',
  'which\\s+(?:day|date|month)',
  'how\\s+(?:many|much)\\s+(?:days?|time)',
  'how\\s+long',
  '(?:days?|time)\\s+(?:left|remaining|until|till|to\\s+go)',
].join('|');

/** When, to whom, where, how, in English. */
export const ASK_EN = [
  WHEN_EN,
  'to\\s+whom',
  'whom',
  'where',
  '(?:sent|send|submit(?:ted)?|addressed|goes|go)\\s+to',
  'which\\s+(?:office|agency|department|body|authority|organi[sz]ation)',
  'who\\s+(?:receives|gets|collects|takes)',
  'how\\s+(?:do|does|should|must|can|to|is|are)',
].join('|');

/** Words of an achievement question ("khi nào đạt chỉ tiêu"): with them, only an outright deadline word counts. */
export const TARGET_WORDS = '(?:chi|muc)\\s+tieu|targets?|goals?';

/** The kinds of report a question can name; each selects the schedules of that period kind. */
export type ReportKind = 'six-months' | 'nine-months' | 'year' | 'month' | 'quarter' | 'statistics';

/**
 * Words naming a report. "năm" and "tháng" alone also name years, months and places ("Quảng Nam"),
 * so they count only right after "báo cáo" or as "hàng năm", "cả năm", "hàng tháng".
 */
export const REPORT_KIND_WORDS: readonly { readonly kind: ReportKind; readonly body: string }[] = [
  {
    kind: 'six-months',
    body:
      '(?:6|sau)\\s*(?:t|th|thang)(?:\\s+dau\\s+nam)?|nua\\s+(?:dau\\s+)?nam|so\\s+ket|(?:six|6)[\\s-]*month(?:s|ly)?' +
      '|half[\\s-]*(?:a[\\s-]*)?(?:year(?:ly)?|annual)|semi[\\s-]*annual(?:ly)?|mid[\\s-]*year|h1',
  },
  { kind: 'nine-months', body: '(?:9|chin)\\s*(?:t|th|thang)|nine[\\s-]*months?' },
  {
    kind: 'year',
    body:
      `${REPORT_VI}\\s+(?:ca\\s+|hang\\s+|cuoi\\s+)?nam|hang\\s+nam|ca\\s+nam|cuoi\\s+nam|tong\\s+ket\\s+nam` +
      '|(?<!(?:semi|half|bi)[\\s-]*)annual(?:ly)?|yearly|year[\\s-]*end|full[\\s-]*year',
  },
  {
    kind: 'month',
    body: `(?:${REPORT_VI}|so\\s+lieu)\\s+(?:hang\\s+|moi\\s+)?thang|hang\\s+thang|moi\\s+thang|(?<!(?:six|6)[\\s-]*)monthly|every\\s+month|month[\\s-]*end`,
  },
  {
    kind: 'quarter',
    body: `(?:${REPORT_VI}|so\\s+lieu)\\s+(?:hang\\s+|moi\\s+)?quy|hang\\s+quy|moi\\s+quy|quarterly|every\\s+quarter`,
  },
  {
    kind: 'statistics',
    body:
      '(?:cuc\\s+|chi\\s+cuc\\s+|co\\s+quan\\s+)?thong\\s+ke|dan\\s+so|luc\\s+luong\\s+lao\\s+dong' +
      '|statistics?(?:\\s+office)?|statistical|population|labou?r[\\s-]+force',
  },
];

/** Vietnamese filler that is no syllable of a place name, removed wherever it stands. */
export const FILLER_VI_SAFE = [
  'ket\\s+qua',
  'thuc\\s+hien',
  'trien\\s+khai',
  'ke\\s+hoach',
  'quyet\\s+dinh',
  'van\\s+ban',
  'so\\s+lieu',
  'hien\\s+tai',
  'hom\\s+nay',
  'bay\\s+gio',
  'sap\\s+toi',
  'cho\\s+(?:toi|minh|em|hoi)',
  'khong',
  'ko',
  'giup',
  'nhung',
  'phai',
  'duoc',
  'nop',
  'gui',
  'ngay',
  'nhieu',
  'co\\s+quan',
  'bao\\s+lau',
  'cung\\s+cap',
  'lao\\s+dong',
  'cuoi\\s+cung',
  'nghi\\s+quyet',
  'chuong\\s+trinh(?:\\s+hanh\\s+dong)?',
  'cai\\s+cach',
  'chinh\\s+sach',
].join('|');

/**
 * Short Vietnamese words that are also syllables of place names typed without marks ("Cửa Lò",
 * "Đầu Tiếng"): removed only when spelled with their marks. Words whose marked spelling is itself a
 * place syllable ("Cần Thơ", "Kỳ Anh", "Năm Căn", "Hàng Bạc", "Quan Hóa") are not filler at all.
 */
export const FILLER_VI_MARKED: readonly string[] = [
  'nào',
  'mấy',
  'nữa',
  'còn',
  'của',
  'về',
  'lên',
  'tới',
  'đến',
  'cho',
  'đâu',
  'là',
  'gì',
  'rồi',
  'chưa',
  'tiếp',
  'này',
  'hạn',
  'trước',
  'cả',
  'tháng',
  'ở',
  'tại',
  'với',
  'nhé',
  'ạ',
  'vậy',
  'nhỉ',
  'hỏi',
  'đi',
  'có',
  'riêng',
  'nơi',
  'và',
  'thì',
];

/**
 * English filler, removed only where the original is plain ASCII. Words that are also syllables of
 * place names typed without diacritics ("An", "A", "Do", "Can", "Me") are left out on purpose.
 */
export const FILLER_EN = [
  'what',
  'whats',
  'is',
  'are',
  'the',
  'for',
  'of',
  'in',
  'to',
  'does',
  'we',
  'our',
  'my',
  'it',
  'they',
  'them',
  'their',
  'have',
  'has',
  'must',
  'should',
  'need',
  'please',
  'pls',
  'next',
  'this',
  'that',
  'year',
  'reports?',
  'until',
  'left',
  'many',
  'much',
  'days?',
  'date',
  'by',
  'be',
  'before',
  'on',
  'there',
  'tell\\s+me',
  'show\\s+me',
  'how',
  'and',
  'or',
  'province',
  'us',
  'submitted',
  'sent',
  'due',
  'who',
  '(?:do|can|should|must|will|shall)\\s+(?:i|we|you|they)',
].join('|');
