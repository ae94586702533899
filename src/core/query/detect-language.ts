/**
 * What a message's own words say about its language. English words outweigh Vietnamese hints only
 * when they are more numerous, so "coverage for Hà Tĩnh" is English while "tỷ lệ BHXH Vinh city"
 * stays Vietnamese. A text with neither ("Vinh", "1", "/lang") gives no evidence, so that a weaker
 * signal (the platform's hint) can decide; see reply-language.ts for the whole precedence.
 */
import type { Language } from '../types.js';

/** English words; "hi" and "hey" are not among them, since Vietnamese messages open with them too ("hi bot, bhyt …"). */
const EN_WORDS = new Set([
  'coverage',
  'for',
  'city',
  'district',
  'province',
  'health',
  'insurance',
  'target',
  'targets',
  'what',
  'whats',
  'show',
  'unemployment',
  'pension',
  'pensions',
  'ward',
  'commune',
  'town',
  'the',
  'of',
  'is',
  'rate',
  'help',
  'hello',
  'voluntary',
  'compulsory',
  'mandatory',
  'satisfaction',
  'social',
  'first',
  'half',
  'nine',
  'months',
  'month',
  'quarter',
  'latest',
  'current',
  'how',
  'much',
  'please',
  'goal',
  'plan',
  'year',
  'retirement',
  'level',
  'give',
  'tell',
  'about',
  'data',
  'figures',
  'in',
  'and',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'special',
  'zone',
  'municipality',
  // Questions about units: "Which provinces was Da Nang formed from?", "List the communes of …".
  'which',
  'provinces',
  'districts',
  'communes',
  'wards',
  'townships',
  'list',
  'many',
  'merge',
  'merged',
  'merger',
  'into',
  'became',
  'become',
  'formed',
  'from',
  'before',
  'after',
  'did',
  'does',
  'have',
  'has',
  'was',
  // Thanks and the partners' words: "great, thank you", "Bac Kan UI headcount", "Do we need to submit a quarterly report?".
  'thank',
  'thanks',
  'thx',
  'bye',
  'goodbye',
  'you',
  'great',
  'headcount',
  'ui',
  'vsi',
  'csi',
  'shi',
  'we',
  'our',
  'need',
  'submit',
  'report',
  'quarterly',
  'due',
  'date',
  'when',
  'people',
  'number',
  'compare',
  'higher',
  'lower',
  'highest',
  'lowest',
  'any',
  'are',
  // About the bot itself: "who made this bot?", "who built this?".
  'who',
  'made',
  'built',
  'this',
  // Remarks that are no question: "Sorry, wrong chat!", "my mistake".
  'sorry',
  'wrong',
  'chat',
  'group',
  'mistake',
  'oops',
]);

/** Vietnamese words and phrases over folded text, with their weight. */
const VI_PHRASES: readonly (readonly [RegExp, number])[] = [
  [/(?<![a-z])(?:ty|ti)\s*le(?![a-z])/g, 1],
  [
    /(?<![a-z])(?:bao\s+phu|bao\s+hiem|chi\s+tieu|ke\s+hoach|muc\s+tieu|bao\s+nhieu|the\s+nao|huong\s+dan|moi\s+nhat|hien\s+nay|tu\s+nguyen|bat\s+buoc|that\s+nghiep|y\s+te|luong\s+huu|huu\s+tri|hai\s+long|so\s+sanh|bao\s+cao|giup|chao|thang|quy|nop)(?![a-z])/g,
    1,
  ],
  [/(?<![a-z])(?:bhxh|bhyt|bhtn|tinh|huyen|thanh\s+pho|thi\s+xa|thi\s+tran|xa|phuong|quan|tp|tx)(?![a-z])/g, 0.5],
  // Chat particles typed without marks: "nhận dc rồi, thanks ad nhiều nha".
  [/(?<![a-z])(?:roi|nhieu|nha|nhe|dc|duoc|vang)(?![a-z])/g, 0.5],
];

/** Vietnamese function words recognised in their own spelling. */
const VI_SPELLED = new Set(['của', 'cho', 'tại', 'ở', 'là', 'năm', 'tháng', 'quý', 'ơi', 'nhé', 'ạ', 'gì', 'sao', 'nào', 'về']);

/** HI, UI, VSI, CSI, SHI in capitals after another word: not the greeting "Hi", which opens a message. */
const PARTNER_ABBREVIATION = /(?<=\p{L}\s)(?:HI|UI|VSI|CSI|SHI)(?![\p{L}\p{N}])/u;

/** The /help command, as the menus send it (with the bot's name in a group). */
const MENU_HELP = /^\s*\/help(?:@[\w.]+)?(?![a-z0-9])/;

const VI_MARKS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/**
 * The language the text itself is in: English when its English words outnumber its Vietnamese
 * signs, Vietnamese when it has any Vietnamese word or diacritic and no more English, null when it
 * has neither. `folded` is `original` lower-cased without diacritics.
 */
export function languageEvidence(original: string, folded: string): Language | null {
  // "/help" is in both command menus, the Vietnamese one too: it says nothing about the language.
  // An English word counts only typed without marks: "thế" folds to "the" but is Vietnamese.
  const words = original.normalize('NFC').toLowerCase().replace(MENU_HELP, ' ');
  let en = 0;
  for (const word of words.split(/[^\p{L}]+/u)) if (EN_WORDS.has(word)) en += 1;
  let vi = 0;
  for (const [re, weight] of VI_PHRASES) vi += (folded.match(re)?.length ?? 0) * weight;
  for (const word of original
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}]+/u))
    if (VI_SPELLED.has(word)) vi += 1;
  if (VI_MARKS.test(original.normalize('NFC'))) vi += 0.5;
  // The partners' abbreviations typed in capitals after a name ("Hai Phong HI", "Bac Kan UI"): English.
  if (PARTNER_ABBREVIATION.test(original)) en += 1;
  if (en === 0 && vi === 0) return null;
  return en > vi ? 'en' : 'vi';
}

/** The text's language, Vietnamese when the text says nothing either way. */
export function detectLanguage(original: string, folded: string): Language {
  return languageEvidence(original, folded) ?? 'vi';
}
