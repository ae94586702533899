/**
 * The words a coverage question is made of besides the place: indicator names, target words and
 * filler, as regular-expression bodies over folded text (lower case, no diacritics).
 */
import type { IndicatorCode } from '../types.js';

/** An indicator phrase; `code` null marks generic words ("coverage", "bao phủ") that keep the default. */
export interface IndicatorPhrase {
  readonly code: IndicatorCode | null;
  readonly body: string;
}

const SI = '(?:bhxh|bh\\s*xh|bao\\s+hiem\\s+xa\\s+hoi|social\\s+(?:security|insurance))';

/**
 * The partners' two-letter abbreviations, UI (unemployment) and HI (health insurance), where they cannot
 * be a greeting ("Hi, …") or the Vietnamese "ui": before a word of the trade or after one that takes a
 * noun ("the UI target", "had HI in", "UI shortfall"), or after a name closing a message, before a colon or a year ("Hai Phong HI",
 * "Bac Kan HI: how many …", "HP HI 2023"), or in a
 * list ("(SI, VSI, UI, pension)"). SHI (social
 * health insurance) anywhere; VSI and CSI (voluntary and compulsory social insurance) anywhere.
 */
const ABBREVIATED = (letters: string) =>
  `(?<=[(,;/:]\\s*)${letters}(?=\\s*[,;)/]|\\s+(?:and|or|&)\\s)|(?<=[(,;/]\\s*(?:and|or|&)?\\s*)${letters}(?=\\s*[)?.!]|\\s*$)|` +
  `(?<=(?:had|have|has|with|without|the|their|its|of|on|for|and|vs|in|into|about|enrol\\w*)\\s)${letters}|${letters}(?=\\s+(?:coverage|covered|participants?|participation|targets?|rates?|plans?|figures?|enrol\\w*|members?|cards?|headcount|shortfall|short|gap|vs|and|or|which))|(?<=\\p{L}\\s)${letters}(?=\\s*(?:[,:]|[?.!]?\\s*$)|\\s+(?:19|20)\\d{2}(?![\\p{L}\\p{N}]))`;

/** "bb" or "tn" alone joined to another by "và", "&", "," or "+" ("bhxh tn và bb", "bb + tn"). */
const BESIDE = (letters: string) => `(?<=(?:^|\\s)(?:va|&|,|\\+)\\s*)${letters}|${letters}(?=\\s*(?:va|&|,|\\+)(?:\\s|$))`;

/**
 * Who is satisfied with or transacts with whom, after the satisfaction or e-transaction words: "mức độ
 * hài lòng của người tham gia BHXH", "giao dịch điện tử với cơ quan BHXH", "satisfaction with social
 * insurance". The agency named there is no second indicator (BHXH coverage).
 */
const OF_THE_AGENCY_VI = `(?:\\s+(?:cua|voi|doi\\s+voi|tai)?\\s*(?:(?:nguoi\\s+dan|nguoi\\s+tham\\s+gia|doanh\\s+nghiep|to\\s+chuc|ca\\s+nhan)(?:\\s+(?:va|,)\\s+(?:doanh\\s+nghiep|to\\s+chuc|ca\\s+nhan))?\\s+)?(?:(?:doi\\s+)?voi\\s+)?(?:(?:co\\s+quan|nganh)\\s+)?${SI})?`;
const OF_THE_AGENCY_EN = `(?:\\s+(?:with|of|at|in)\\s+(?:the\\s+)?${SI}(?:\\s+(?:agency|services?))?)?`;

/** Longest and most specific first. */
export const INDICATOR_PHRASES: readonly IndicatorPhrase[] = [
  // "voluntary SI"; "tn" or "bb" alone beside the other ("bhxh tn va bb", "bb + tn").
  {
    code: 'bhxh_tn',
    body: `${SI}\\s*(?:tu\\s+nguyen|tn)|bhxh_?tn|tu\\s+nguyen|voluntary(?:\\s+social)?(?:\\s+(?:insurance|security|si))?|vsi|${BESIDE('tn')}`,
  },
  {
    code: 'bhxh_bb',
    body: `${SI}\\s*(?:bat\\s+buoc|bb)|bhxh_?bb|bat\\s+buoc|(?:compulsory|mandatory)(?:\\s+social)?(?:\\s+(?:insurance|security|si))?|csi|${BESIDE('bb')}`,
  },
  // Common slips of the keys in the words of the trade ("that nghep", "unemploymnet", "helth") read as meant.
  {
    code: 'bhtn',
    body: `bhtn|bh\\s+tn|(?:bao\\s+hiem|bh)\\s+that\\s+ng(?:h?iep|hep)|that\\s+ng(?:h?iep|hep)|unemplo[a-z]{4,6}(?:\\s+insurance)?|${ABBREVIATED('ui')}`,
  },
  { code: 'bhyt', body: `bhyt|bh\\s+yt|(?:bao\\s+hiem|bh)\\s+y\\s+te|y\\s+te|(?:health|helth|heath|medical)(?:\\s+insurance)?|shi|${ABBREVIATED('hi')}` },
  { code: 'huu', body: '(?:huong\\s+)?luong\\s+huu|(?:tro\\s+cap\\s+)?huu\\s+tri|pensions?|retirement' },
  {
    code: 'hai_long',
    body: `(?:muc\\s+do\\s+|chi\\s+so\\s+)?hai\\s+long${OF_THE_AGENCY_VI}|(?:${SI}\\s+)?(?:satisfaction(?:\\s+index)?|satisfied)${OF_THE_AGENCY_EN}`,
  },
  {
    code: 'gd_dien_tu',
    // "giao dịch trực tuyến", "online transactions", "transactions with the agency … done online".
    body:
      `(?:(?:ty\\s+le\\s+)?giao\\s+dich\\s+(?:dien\\s+tu|truc\\s+tuyen|online|qua\\s+mang)|gd\\s*(?:dien\\s+tu|truc\\s+tuyen)|gddt)${OF_THE_AGENCY_VI}|` +
      `(?:(?:electronic|online|digital|paperless)\\s+transactions?|e-?transactions?)${OF_THE_AGENCY_EN}|transactions?${OF_THE_AGENCY_EN}(?=(?:\\s+\\S+){0,8}?\\s+(?:done|made|carried\\s+out|conducted)\\s+online)|(?:done|made|carried\\s+out|conducted)\\s+online`,
  },
  // "the SI coverage", "Bac Kan SI target" (not Huyện Si Ma Cai).
  { code: 'bhxh', body: `${SI}|${ABBREVIATED('si(?!\\s+ma(?![\\p{L}\\p{N}]))')}` },
  { code: null, body: '(?:ty|ti)\\s+le\\s+bao\\s+phu|bao\\s+phu|coverage|covered|insurance|bao\\s+hiem' },
];

/**
 * A target word after up to three modifiers, each after a space, to the end of a word: what follows
 * "so với", "vs" or "compared with" when a figure is set against its target, not against another
 * place ("vs the 2021 assigned target", "so với chỉ tiêu giao", "so với KH": after "so với" KH is
 * the plan, never "không"). Over folded text.
 */
export const TARGET_AFTER_BODY =
  '(?:\\s+(?:cac|so|the|its|their|a|an|this|year|s|assigned|planned|agreed|official|provincial|annual|\\d{4})){0,3}\\s+(?:chi\\s+tieu|ke\\s+hoach|kh|ct(?=\\s+(?:(?:duoc\\s+)?giao|\\d))|muc\\s+tieu|targets?|plans?|goals?)(?![\\p{L}\\p{N}])';

/**
 * What a rate is a share of, after "so với" or "compared to": the basis of the figure ("tỷ lệ BHTN so
 * với lao động có việc làm", "so với dân số"), not another place or period. Over folded text.
 */
export const BASIS_AFTER_BODY =
  '(?:\\s+(?:tong\\s+so|tong|so|the|total))?\\s+(?:luc\\s+luong\\s+lao\\s+dong|(?:nguoi\\s+)?lao\\s+dong|dan\\s+so|mau\\s+so|population|labou?r\\s+force|employed|workers|working[\\s-]+age)(?![\\p{L}\\p{N}])';

/**
 * The place of one unit in an order asked: "đứng thứ mấy", "xếp hạng thứ bao nhiêu", "hạng mấy",
 * "what rank", "ranks where". Read by the ranking of figures and by the ranking of provinces by
 * their count of units. Over folded text.
 */
export const PLACE_ASKED_BODY =
  '(?:xep|dung|o)\\s+(?:hang\\s+)?(?:thu|hang)\\s+(?:may|bao\\s+nhieu|bnh?)|hang\\s+may|(?:what|which)\\s+(?:rank|place|position)|rank(?:s|ed)?\\s+where';

/** Words asking for the target rather than (or besides) the figure; "phải đạt bao nhiêu" asks the level set. */
export const TARGET_BODY =
  '(?:so\\s+voi\\s+)?(?:chi\\s+tieu|ke\\s+hoach|muc\\s+tieu|ct(?=\\s+(?:duoc\\s+)?giao))|phan\\s+dau|(?:phai|can)\\s+dat(?=\\s+(?:duoc\\s+)?(?:bao\\s+nhieu|bnh?|may|muc))|targets?|goals?|plans?|objectives?';

/**
 * Words asking what became of a place or what it is made of ("sáp nhập vào đâu", "gồm những xã
 * nào", "merged into"): a question about places, so a typo in the name is worth correcting.
 */
export const PLACE_TALK_BODY = [
  'sap\\s+nhap',
  'hop\\s+nhat',
  'sap\\s+xep(?:\\s+lai)?',
  'giai\\s+the',
  'chia\\s+tach',
  'bao\\s+gom',
  'gom\\s+(?:nhung|cac)',
  'thanh\\s+nhung',
  'con\\s+khong',
  'vao\\s+dau',
  've\\s+dau',
  '(?:bay\\s+gio|gio|nay|hien\\s+nay)\\s+thuoc',
  'nhung\\s+(?:xa|phuong|huyen|tinh)\\s+nao',
  'merged?',
  'merger',
  'became',
  'successors?',
  'predecessors?',
  'dissolved',
  'abolished',
].join('|');

/**
 * English filler words that are also syllables of Vietnamese names ("Cô Tô", "Thế", "Ổn"): kept in a
 * Vietnamese message, where "huyen co to" is Huyện Cô Tô typed without marks.
 */
export const EN_FILLER_VI_SYLLABLES: ReadonlySet<string> = new Set(['to', 'the', 'on', 'in', 'at']);

/** Multi-word or unambiguous filler, removed wherever it stands. */
export const FILLER_VI_SAFE = [
  '(?:ty|ti)\\s*le',
  'la\\s+bao\\s+nhieu',
  'bao\\s+nhieu',
  'nhu\\s+the\\s+nao',
  'the\\s+nao',
  'ra\\s+sao',
  'so\\s+lieu',
  'ket\\s+qua',
  'thong\\s+tin',
  'tinh\\s+hinh',
  'thuc\\s+hien',
  'tham\\s+gia',
  'tren\\s+dia\\s+ban',
  'dia\\s+ban',
  'cho\\s+(?:toi|minh|em|hoi)',
  'xin\\s+chao',
  'tinh\\s+den(?:\\s+het)?',
  'den\\s+het',
  // The field officials work in, not Phường An Sinh ("em làm mảng an sinh xã hội").
  'an\\s+sinh\\s+xa\\s+hoi',
  // The offices reports go to: not Xã Thượng Bình, Xã Nội ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ").
  '(?:so\\s+)?lao\\s+dong\\s*-?\\s*thuong\\s+binh\\s+(?:va|&)\\s+xa\\s+hoi',
  'so\\s+(?:noi\\s+vu|ld\\s*-?\\s*tb\\s*(?:&|va)?\\s*xh|ldtbxh)',
  // The basis a rate is a share of ("so với lực lượng lao động trong độ tuổi"): not Xã Đông.
  'so\\s+voi\\s+(?:tong\\s+so\\s+)?(?:luc\\s+luong\\s+lao\\s+dong|(?:nguoi\\s+)?lao\\s+dong(?:\\s+co\\s+viec\\s+lam)?|dan\\s+so)(?:\\s+trong\\s+do\\s+tuoi(?:\\s+lao\\s+dong)?)?',
  // The trade's words that come near a name when left: not Xã Tiến Bộ, Xã Phan, Tỉnh Ninh Bình.
  'tien\\s+do',
  '(?:diem\\s+)?phan\\s+tram',
  'hoc\\s+sinh(?:\\s*,?\\s*sinh\\s+vien)?',
  'sinh\\s+vien',
  'ho\\s+gia\\s+dinh',
  // The figure as against the target ("giữa thực tế và chỉ tiêu"): not Xã Thu Tà.
  'thuc\\s+te',
  'bnh?',
  // "so với cùng kỳ (năm trước)": the same period a year earlier, not Xã Kỳ Bắc of "cùng kỳ, … Bắc Kạn".
  '(?:so\\s+voi\\s+)?cung\\s+ky(?:\\s+nam\\s+(?:truoc|ngoai))?',
  // "trung bình cả nước", "bình quân": an average, not Xã Trung Bình unless its type word says so.
  '(?<!(?:xa|phuong|thi\\s+tran)\\s)(?:trung\\s+binh|binh\\s+quan)',
  // A formal opening ("Báo cáo đồng chí, …"): not Xã Bàu Cạn, Xã Bảo Hoà.
  'bao\\s+cao',
  'dong\\s+chi',
  // Words of progress and of the reorganisation: not Xã Thanh, Xã Tổng Cọt.
  'hoan\\s+thanh',
  'tot\\s+hon',
  'giu\\s+nguyen',
  'trong\\s+dot',
  // A greeting inside a longer message ("Dạ em chào anh, …"): not Quận Lê Chân, Xã Cao An.
  'chao',
  // "34 tỉnh thành mới": the provinces, not Tỉnh Thanh Hóa misspelt.
  'tinh\\s*,?\\s*thanh\\s+(?:moi|cu)',
].join('|');

/**
 * Short Vietnamese filler that is also a syllable of place names ("Cửa Lò", "Chợ Đồn", "Ô Môn",
 * "La Gi", "Đất Đỏ"): removed only in the spellings listed, and not before the listed next words.
 */
export interface GuardedFiller {
  readonly folded: string;
  /** Accepted original spellings, lower case NFC. */
  readonly forms: readonly string[];
  /** Next folded words that make the filler part of a place name when written without diacritics. */
  readonly placeNext: readonly string[];
}

export const FILLER_VI_GUARDED: readonly GuardedFiller[] = [
  { folded: 'cua', forms: ['của', 'cua'], placeNext: ['lo', 'viet', 'tung', 'can', 'dai', 'ong', 'nhuong', 'hoi', 'khau'] },
  { folded: 'cho', forms: ['cho'], placeNext: ['don', 'moi', 'gao', 'lach', 'ben', 'ray', 'lau', 'chu', 'vang', 'ganh', 'dien'] },
  { folded: 'tai', forms: ['tại', 'tai'], placeNext: [] },
  { folded: 'o', forms: ['ở', 'o'], placeNext: ['mon'] },
  { folded: 'la', forms: ['là', 'la'], placeNext: ['gi'] },
  { folded: 'dat', forms: ['đạt', 'dat'], placeNext: ['do'] },
  { folded: 'duoc', forms: ['được', 'duoc'], placeNext: [] },
  { folded: 'hoi', forms: ['hỏi'], placeNext: [] },
  { folded: 'xem', forms: ['xem'], placeNext: [] },
  { folded: 'het', forms: ['hết'], placeNext: [] },
  { folded: 'voi', forms: ['với'], placeNext: [] },
  { folded: 'nhe', forms: ['nhé', 'nhe'], placeNext: [] },
  { folded: 'vay', forms: ['vậy'], placeNext: [] },
  { folded: 'oi', forms: ['ơi'], placeNext: [] },
  { folded: 'a', forms: ['ạ'], placeNext: [] },
  { folded: 'gi', forms: ['gì'], placeNext: [] },
  { folded: 'nao', forms: ['nào'], placeNext: [] },
  { folded: 'nhieu', forms: ['nhiêu'], placeNext: [] },
  { folded: 'hien', forms: ['hiện'], placeNext: [] },
  { folded: 'chua', forms: ['chưa'], placeNext: [] },
  { folded: 'co', forms: ['có'], placeNext: [] },
  // "đang dẫn đầu về BHYT": not Xã Đặng Lễ, Phường Đông Vệ.
  { folded: 'dang', forms: ['đang', 'dang'], placeNext: ['giang', 'ha', 'hai', 'hung', 'kang', 'lam', 'le', 'son', 'thuy', 'xa'] },
  { folded: 've', forms: ['về', 've'], placeNext: ['giang'] },
  // "còn thiếu", "dc bn %" (được): not Thị trấn Cồn, Xã Bồ Đề.
  { folded: 'con', forms: ['còn', 'con'], placeNext: ['co', 'cuong', 'dao', 'lon', 'minh', 'thoi', 'tien'] },
  { folded: 'dc', forms: ['dc', 'đc'], placeNext: [] },
];

/** The folded short filler words that extraction may read inside a longer name, never alone. */
export const SOFT_WORDS: ReadonlySet<string> = new Set(FILLER_VI_GUARDED.map((g) => g.folded));

/**
 * English filler, removed only where the original is plain ASCII. Words that are also Vietnamese
 * syllables of place names ("An", "A", "Do", "Can", "Me") are left out on purpose.
 */
export const FILLER_EN = [
  // Polite frames: "could you let me know", "I would like to know" (not Xã Lê Mỹ).
  '(?:could|can|would)\\s+you(?:\\s+please)?(?:\\s+(?:let\\s+(?:me|us)\\s+know|tell\\s+(?:me|us)|share|provide|send))?',
  'let\\s+(?:me|us)\\s+know',
  "i\\s+(?:would|'d)\\s+like\\s+to\\s+know",
  'kindly',
  'show\\s+me',
  'tell\\s+me',
  'give\\s+me',
  'what\\s+is',
  "what'?s",
  'how\\s+much',
  'how\\s+about',
  'please',
  'pls',
  'for',
  'of',
  'in',
  'what',
  'is',
  'are',
  'was',
  'the',
  'rate',
  'rates',
  'ratio',
  'share',
  'show',
  'level',
  'percentage',
  'percent',
  'figures?',
  'data',
  'stats',
  'statistics',
  'about',
  'at',
  'on',
  'get',
  'check',
  'how',
  'much',
  'and',
  'by',
  'participation',
  'current',
  'value',
  'number',
  'numbers',
  'with',
  'vs',
  'versus',
  'compared',
  'to',
  'there',
].join('|');
