/**
 * The words of the people questions, as regular expressions over the text folded with "%" kept
 * (read-question.ts: lower case, no diacritics, đ → d, a decimal mark between digits written "·",
 * one space between words and one around the whole).
 */

import { TARGET_AFTER_BODY } from '../query/vocabulary.js';

/** A whole-word pattern: not inside a longer word, a number or a percent. */
function words(body: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}%·])(?:${body})(?![\\p{L}\\p{N}%·])`, 'u');
}

/** "lđ", "nlđ", "đt", "ng": lao động, người lao động, đối tượng, người, as officials shorten them. */
const PEOPLE_NOUN_VI = 'nguoi(?: lao dong)?|ng|n?ld|lao dong|doi tuong|dt|ca nhan|thanh vien|dan';
const PEOPLE_NOUN_EN =
  'people|ppl|persons?|workers?|employees?|participants?|members?|residents?|enrollees?|contributors?|insured|beneficiaries|pensioners?|retirees?|inhabitants?';
/** A few words between a counting word and its noun ("how many insured people"). */
const GAP = '(?:\\S+ ){0,4}?';

/** A target word: "chỉ tiêu", "mục tiêu", "target", "goal". */
export const TARGET = words('chi tieu|muc tieu|targets?|goals?|objectives?');

/**
 * A plan word, unless it names a document ("theo kế hoạch 1736", "Kế hoạch số 156"); "KH" only before
 * "giao" or "năm" ("KH giao", "KH năm 2021"), or after a percent ("đạt bao nhiêu % KH"), since texted
 * alone it is also "không".
 */
export const PLAN = words('ke hoach(?! (?:so )?\\d)|kh(?= (?:duoc )?giao| nam)|(?<=(?:%|phan tram) (?:cua )?)kh|plans?(?! \\d)|planned');

/** How far a count went towards its plan: "bao nhiêu % kế hoạch", "tiến độ", "percent of plan". */
export const PLAN_MEASURE = words(
  [
    '(?:bao nhieu|bnh?|may) (?:%|phan tram)',
    '% (?:cua )?ke hoach',
    'phan tram (?:cua )?ke hoach',
    'tien do',
    '(?:ty|ti) le hoan thanh',
    'hoan thanh (?:duoc )?(?:bao nhieu|bnh?|may)',
    'thuc hien (?:duoc )?(?:bao nhieu|bnh?|may)',
    'dat (?:duoc )?(?:bao nhieu|bnh?|may)',
    'muc do hoan thanh',
    // Which did better against its plan ("hoàn thành kế hoạch BHXH bắt buộc hay BHTN tốt hơn").
    '(?:hoan thanh|thuc hien) (?:ke hoach|kh)(?= .*(?:tot|cao|nhanh|kem|thap) hon)',
    'den dau',
    'percent(?:age)?',
    '%',
    'share',
    'proportion',
    'progress',
    'how much',
    'fulfil+ment',
    'completion',
  ].join('|'),
);

/**
 * The plan asked for itself: "kế hoạch giao … là bao nhiêu %" (what the plan is), not how far a count
 * went towards it ("đạt bao nhiêu % kế hoạch"); read-question.ts takes it only without a reaching word.
 */
export const PLAN_IS = words('(?:ke hoach|kh)(?: \\S+){0,8}? (?:la|bang) (?:bao nhieu|bnh?|may)');

/**
 * What is to be reached, asked: "theo kế hoạch … phải đạt bao nhiêu %", "cần đạt mức bao nhiêu",
 * "được giao đạt bao nhiêu": the plan's own level, not how far a count went towards it.
 */
export const PLAN_DUE = words('(?:phai|can|duoc giao|giao|must|should|supposed to) (?:dat|reach|achieve|be at)(?: \\S+){0,3}? (?:bao nhieu|bnh?|may|what)');

/** Lacking or adding people: "còn thiếu", "cần thêm", "tăng thêm", "how many more", "short of". */
export const SHORT = words(
  [
    'thieu',
    'chenh lech',
    '(?:can|phai|con phai) (?:them|tang|phat trien|van dong|bo sung|thu hut|ket nap|mo rong)',
    '(?:tang|phat trien|van dong|bo sung|thu hut|ket nap|mo rong) them',
    'them (?:bao nhieu|bnh?|may)',
    'how many more',
    'short(?:fall)?',
    'shortage',
    '(?:more|extra|additional) (?:people|participants|workers|persons|enrollees|members)',
    'still needs?',
    'needs? to (?:enrol+|add|sign up|recruit|insure|cover|bring in)',
    '(?:needed|required|necessary) to (?:reach|meet|hit|achieve)',
    'close the gap',
    'remaining',
    'left to',
  ].join('|'),
);

/**
 * "gap", the English word: read-question.ts takes it only when typed so, in a message not Vietnamese,
 * since "gấp" (urgent) and "gặp" (meet) fold to it ("đang cần gấp", "dang can gap").
 */
export const GAP_WORD = words('gap');

/** "nữa" (more): "bao nhiêu người nữa"; read-question.ts tells it from "nửa" (half) by its marks. */
export const MORE = words('nua(?! dau| cuoi| nam)');

/** People nouns, anywhere in the question. */
export const PEOPLE = words(`${PEOPLE_NOUN_VI}|${PEOPLE_NOUN_EN}`);

/** A count asked outright: "bao nhiêu người", "mấy lao động", "how many people", the counts of a rate ("mẫu số"). */
export const COUNT_STRONG = words(
  `(?:bao nhieu|bnh?|may) (?:${PEOPLE_NOUN_VI})|how many ${GAP}(?:${PEOPLE_NOUN_EN})|headcount|tu so|mau so|numerators?|denominators?|` +
    // "how many still not covered", "how many are uninsured": the people left out, named by their state.
    'how many (?:(?:are|were|is|still|remain|remained) )*(?:not (?:yet )?(?:covered|insured|enrol+ed)|uncovered|uninsured)|how many (?:had|have|has) no',
);

/** A count named: "số người", "số lao động", "dân số … bao nhiêu", "number of participants". */
export const COUNT_WEAK = words(
  [
    '(?:so|tong so|so luong|con so) (?:nguoi|ng|n?ld|lao dong|doi tuong)',
    `dan so ${GAP}(?:bao nhieu|bnh?)`,
    '(?:bao nhieu|bnh?) dan so',
    `(?:number|numbers|total|count) of ${GAP}(?:${PEOPLE_NOUN_EN})`,
    `(?:${PEOPLE_NOUN_EN}) (?:count|counts|number|numbers|total)`,
    'population (?:of|in)',
    `(?:what|how big|how large) ${GAP}population`,
  ].join('|'),
);

/** A share asked: the question is about a rate, not a count. */
export const RATE = words('(?:ty|ti) le|bao phu|%|phan tram|rate|percent(?:age)?|share|proportion');

/** A share asked for, not a count: "còn thiếu bn % nữa", "bao nhiêu phần trăm", "mấy điểm". */
export const SHARE_ASKED = words('(?:bao nhieu|bnh?|may) (?:%|phan tram|diem)');

/** A share asked in English: "what share", "what percentage", "what proportion". */
export const SHARE_OF_THEM = words('what (?:share|percent(?:age)?|proportion|fraction)');

/** A gap asked as a share: "tỷ lệ", "bao phủ", "%", "điểm", "coverage", "rate". */
export const RATE_GAP = words('(?:ty|ti) le|bao phu|%|phan tram|diem|coverage|rate|percent(?:age)?(?: points?)?|points?');

/** Reaching, besides "đạt" (read from the marks, read-question.ts). */
export const REACH_OTHER = words(
  [
    'hoan thanh',
    'vuot',
    'cham',
    'meets?|met|meeting',
    'reach(?:es|ed|ing)?',
    'achiev(?:e|es|ed|ing)',
    'attain(?:s|ed)?',
    'hits?',
    'fulfil+(?:s|ed)?',
    'exceed(?:s|ed)?',
    'on track',
    'made it',
    'make it',
    'below',
    'behind',
    'above',
    'ahead of',
    'short of',
  ].join('|'),
);

/** "đạt" (reach) and "dat" typed without marks; not "đặt" (set). */
export const REACH_DAT = /(?<![\p{L}\p{N}])(?:đạt|dat)(?![\p{L}\p{N}])/u;

/** Asked as a question of yes or no: "chưa", "không", "có đạt", "đã hoàn thành", "Has … met", "yet". */
export const ASKING = words(
  [
    'chua',
    'khong',
    'ko',
    'k',
    'hong',
    'hay chua',
    'hay khong',
    'lieu',
    'co (?:dat|hoan thanh|vuot)',
    'da (?:dat|hoan thanh|vuot)',
    'has',
    'have',
    'did',
    'does',
    'do',
    'is',
    'are',
    'was',
    'were',
    'will',
    'whether',
    'if',
    'yet',
    'or not',
    'on track',
    'met',
    'reached',
    'achieved',
    'attained',
    'fulfil+ed',
    'exceeded',
  ].join('|'),
);

/** A yes-or-no question closed by its particle: "… đạt chưa", "… hoàn thành không". */
export const CLOSING = /(?<![\p{L}\p{N}%·])(?:chua|khong|ko|hay chua|hay khong|chua nhi|chua a|khong a)\s*$/u;

/** How much of a target was reached: "đạt bao nhiêu % chỉ tiêu", "what percent of its target". */
export const SHARE_OF_TARGET = words(
  [
    '(?:dat|hoan thanh) (?:duoc )?(?:bao nhieu|bnh?|may) (?:%|phan tram) (?:cua )?(?:chi tieu|muc tieu)',
    `(?:percent(?:age)?|%|share|how much) of ${GAP}(?:targets?|goals?)`,
  ].join('|'),
);

/** A target level named: a percent within a few words after a target or reaching word. */
export const NAMED_PERCENT =
  /(?<![\p{L}\p{N}])(?:dat|chi tieu|muc tieu|targets?|goals?|reach(?:ing)?|meet|hit|achieve|attain|on track for|len|toi|muc)(?: \S+){0,4}? (\d{1,3}(?:·\d{1,2})?) (?:%|phan tram|percent)(?![\p{L}\p{N}])/gu;

/** Taking part: the count asked is of participants. */
export const PARTICIPATING = words(
  'tham gia|participants?|participating|participation|enrol+(?:ed|ment)?|insured|covered|contributors?|huong|receiving|receive|dong (?:bhxh|bhyt|bhtn|bao hiem)|co (?:bhxh|bhyt|bhtn|bao hiem|the bhyt)',
);

/** Not taking part: "chưa tham gia", "chưa có BHYT", "not covered", "uninsured", "had no social insurance". */
export const NOT_PARTICIPATING = words(
  [
    '(?:chua|khong|ko|k) (?:duoc )?(?:tham gia|bao phu|dong|co (?:bhxh|bhyt|bhtn|bao hiem|the bhyt))',
    'ngoai (?:he thong|dien bao phu)',
    'not (?:yet )?(?:covered|insured|enrol+ed|participating|taking part|in)',
    '(?:still )?lack(?:s|ing)? (?:any )?(?:social|health|unemployment|si|hi|ui)',
    // "phần còn lại 84,46% là bao nhiêu người": the rest, besides those taking part.
    '(?:phan|so) con lai',
    'uncovered',
    'uninsured',
    '(?:without|no|lack(?:ing)?) (?:any )?(?:social |health |unemployment )?insurance',
  ].join('|'),
);

/** The population, the denominator of health insurance. */
export const POPULATION = words('dan so|dan|population|residents?|inhabitants?');

/** The workers, the denominator of social and unemployment insurance. */
export const LABOUR = words('lao dong|workers?|employees?|labou?r force|employed|mau so|denominators?');

/** Comparing or ranking places is another kind of question; a figure set against its target is not. */
export const OTHER_KIND = words(
  [
    'so sanh',
    `compare[sd]?(?! (?:with|to|against)${TARGET_AFTER_BODY})`,
    'comparison',
    `(?:versus|vs)(?!${TARGET_AFTER_BODY})`,
    'xep hang',
    'rank(?:ing|ed|s)?',
    'cao nhat',
    'thap nhat',
    'highest',
    'lowest',
    '(?:tinh|huyen|xa|phuong|dia phuong|don vi|noi|thanh pho|quan) nao',
    'which',
  ].join('|'),
);

/**
 * The words of these questions that are left among the place words after the coverage parser
 * ("người", "lao động", "còn thiếu", "cần thêm", "để đạt", "people", "short"), cut before the place
 * is looked for: none is part of a unit name, but alone some come near one ("lao động" is not Xã
 * Đông, "còn thiếu" not Côn). Over text folded by the text cutter (core/text/text-cutter.ts).
 */
export const PLACE_NOISE_BODY = [
  'nguoi lao dong',
  '(?:co )?viec lam',
  'lao dong',
  'con thieu',
  'con phai',
  '(?:can|phai) (?:them|tang|phat trien|van dong|bo sung|thu hut)',
  '(?:tang|phat trien|van dong|bo sung|thu hut|ket nap|mo rong) them',
  'phat trien',
  'van dong',
  '(?:de|thi|moi|da|co) dat(?: duoc)?',
  'dan so',
  'hoan thanh',
  'doi tuong',
  'dt',
  // "số ng đóng BHXH": the people paying in.
  '(?:(?:so|tong so|so luong) )?(?:nguoi|ng) (?:dong|tham gia)',
  '(?:so|tong so|so luong) (?:nguoi|ng)',
  'nguoi',
  'them',
  'tuong ung',
].join('|');

/** Single words cut only in the spelling of these questions ("thiếu", not Thiệu; "nữa", not Nưa). */
export const PLACE_NOISE_MARKED: Readonly<Record<string, readonly string[]>> = { thieu: ['thiếu'], nua: ['nữa', 'nua'] };

/** English words of these questions, cut where typed in plain ASCII. */
export const PLACE_NOISE_EN = [
  'people',
  'persons?',
  'participants?',
  'workers?',
  'employees?',
  'residents?',
  'enrol+(?:ed|ment)?',
  'insured',
  'covered',
  'more',
  'needs?',
  'needed',
  'short(?:fall)?',
  'reach(?:ed)?',
  'met',
  'meet',
  'achieved?',
  'many',
  'does',
  'did',
  'has',
  'have',
  'its',
  'their',
  'assigned',
  'yet',
  'track',
  'additional',
  'must',
  'still',
].join('|');

/**
 * Short words typed with their marks that are left at either end of the place words ("Bắc Kạn có",
 * "Có … ở"): dropped there, one at each end, when typed in lower case or capitalised before a word
 * in lower case ("Có ở Bắc Kạn"), never inside a name ("Nậm Có", "Cần Thơ").
 */
export const EDGE_WORDS: ReadonlySet<string> = new Set([
  'có',
  'đã',
  'là',
  'được',
  'chưa',
  'không',
  'thì',
  'ở',
  'cần',
  'của',
  'mới',
  'nào',
  'và',
  'hay',
  'bao',
  'nhiêu',
  'mấy',
  'số',
]);
