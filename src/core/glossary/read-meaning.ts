/**
 * Reads a question about what a word of the trade means: "BHYT là gì", "đặc khu là gì vậy ạ", "tỷ lệ
 * bao phủ BHXH tính thế nào", "ld là viết tắt của gì", "what does BHTN stand for", "how is health
 * insurance coverage calculated". Only a message that is the question frame, polite words and one term
 * is read so: "tỷ lệ BHYT của Vinh là gì" names a place and asks for its figure.
 */
import { INDICATOR_PHRASES } from '../query/vocabulary.js';
import { fold } from '../text/fold.js';
import type { IndicatorCode } from '../types.js';

/** A term the glossary explains: an indicator, or a word of targets, units or submissions. */
export type Term = { readonly kind: 'indicator'; readonly code: IndicatorCode } | { readonly kind: 'word'; readonly word: GlossaryWord };

/** The words other than indicators. */
export type GlossaryWord =
  | 'coverage'
  | 'target'
  | 'gap'
  | 'labour_force'
  | 'population'
  | 'past_retirement_age'
  | 'special_zone'
  | 'commune_level'
  | 'district_level'
  | 'reorganisation'
  | 'focal_point';

const WORDS: readonly { readonly word: GlossaryWord; readonly body: string }[] = [
  { word: 'coverage', body: '(?:ty|ti)\\s+le(?:\\s+bao\\s+phu)?|bao\\s+phu|coverage(?:\\s+rate)?|bao\\s+hiem|insurance' },
  {
    word: 'target',
    body: 'chi\\s+tieu(?:\\s+(?:duoc\\s+)?giao)?|ct\\s+giao|muc\\s+tieu|ke\\s+hoach|kh|(?:ty\\s+le\\s+)?(?:dat|hoan\\s+thanh)\\s+(?:\\d+\\s+)?(?:phan\\s+tram\\s+)?(?:ke\\s+hoach|kh)|(?:assigned\\s+)?targets?|plans?|plan\\s+fulfil+ment',
  },
  { word: 'gap', body: 'muc\\s+chenh(?:\\s+lech)?|chenh\\s+lech|khoang\\s+cach|con\\s+thieu|gap|shortfall' },
  {
    word: 'labour_force',
    body: '(?:luc\\s+luong\\s+)?lao\\s+dong(?:\\s+trong\\s+do\\s+tuoi)?|ld|(?:working\\s+age\\s+)?labou?r\\s+force',
  },
  { word: 'population', body: 'dan\\s+so|ds|population' },
  { word: 'past_retirement_age', body: 'sth|(?:so\\s+)?nguoi\\s+sau\\s+(?:do\\s+)?tuoi\\s+(?:nghi\\s+)?huu|people\\s+past\\s+retirement\\s+age' },
  { word: 'special_zone', body: 'dac\\s+khu|special\\s+(?:administrative\\s+)?zones?' },
  {
    word: 'commune_level',
    body: '(?:don\\s+vi\\s+(?:hanh\\s+chinh\\s+)?)?cap\\s+xa|xa|phuong|thi\\s+tran|communes?|wards?|commune\\s+level(?:\\s+units?)?',
  },
  {
    word: 'district_level',
    body: '(?:don\\s+vi\\s+(?:hanh\\s+chinh\\s+)?)?cap\\s+huyen|huyen|quan|thi\\s+xa|districts?|district\\s+level(?:\\s+units?)?',
  },
  {
    word: 'reorganisation',
    body: 'sap\\s+nhap(?:\\s+tinh)?|sap\\s+xep\\s+(?:lai\\s+)?(?:don\\s+vi\\s+hanh\\s+chinh|dvhc)|(?:the\\s+)?(?:2025\\s+)?(?:reorganis|reorganiz)ation|(?:the\\s+)?(?:2025\\s+)?mergers?',
  },
  { word: 'focal_point', body: 'dau\\s+moi|focal\\s+points?' },
];

/** "tỷ lệ bao phủ" or "tham gia" before an indicator, "coverage" after it: the same term. */
const INDICATOR_PREFIX = '(?:(?:ty|ti)\\s+le\\s+)?(?:(?:bao\\s+phu|tham\\s+gia)\\s+)?';
const INDICATOR_SUFFIX = '(?:\\s+(?:coverage|participation))?(?:\\s+rates?)?';

const TERMS: readonly { readonly term: Term; readonly re: RegExp }[] = [
  ...INDICATOR_PHRASES.flatMap((p) =>
    p.code === null
      ? []
      : [
          {
            term: { kind: 'indicator', code: p.code } as const,
            re: whole(`${INDICATOR_PREFIX}(?:${p.body}|${p.code.replace('_', '\\s*')})${INDICATOR_SUFFIX}`),
          },
        ],
  ),
  ...WORDS.map((w) => ({ term: { kind: 'word', word: w.word } as const, re: whole(w.body) })),
];

/** "how is X calculated": the frame "how is" asks only with a verb after the term. */
const HOW = /^how\s+(?:is|are|do\s+you)\s+/;

/** The question frames, over folded text without punctuation. */
const FRAMES: readonly RegExp[] = [
  /(?:co\s+|duoc\s+)?(?:nghia\s+|hieu\s+)?la\s+(?:gi|cai\s+gi|sao|the\s+nao|nhu\s+the\s+nao)$/,
  /(?:duoc\s+)?hieu\s+(?:the\s+nao|nhu\s+the\s+nao|ra\s+sao)$/,
  /(?:la\s+)?(?:viet|chu)\s+tat\s+(?:cua\s+)?(?:(?:chu|tu|cum\s+tu)\s+)?(?:gi|nao)$/,
  /(?:duoc\s+)?tinh\s+(?:nhu\s+the\s+nao|the\s+nao|ra\s+sao|sao|bang\s+cach\s+nao|theo\s+cong\s+thuc\s+nao)$/,
  /^(?:khai\s+niem|dinh\s+nghia|giai\s+thich|cach\s+tinh|cong\s+thuc(?:\s+tinh)?|hieu\s+the\s+nao\s+ve)\s+/,
  /^(?:what\s+(?:is|are|s|does|do)|define|explain|meaning\s+of|definition\s+of|what\s+do\s+you\s+mean\s+by)\s+/,
  /\s+(?:mean|means|stand\s+for|stands\s+for|meaning|definition)$/,
  HOW,
];
const HOW_VERB = /\s+(?:calculated|computed|measured|defined|calculate|compute|measure|define)$/;

/** Polite words and articles around the question, over folded text. */
const POLITE_START =
  /^(?:(?:cho\s+(?:em|minh|toi|tui|chau|anh|chi)\s+hoi|xin\s+hoi|(?:anh|chi|ban|ad|admin|bot|em)\s+oi|oi|hi|hello|please|(?:can|could)\s+you|tell\s+me|ban|ad|bot)\s+)+/;
const POLITE_END = /(?:\s+(?:a|vay|nhi|nhe|nha|the|ha|ban|ad|oi|voi|please|exactly|here|in\s+this\s+bot|vay\s+a|the\s+a))+$/;
const ARTICLES = /^(?:(?:the|a|an|term|word|abbreviation|acronym|thuat\s+ngu|cum\s+tu)\s+)+/;

/** The term a meaning question asks about; null for any other message. */
export function readMeaningQuestion(text: string): Term | null {
  if (typeof text !== 'string' || text.length > 120 || /\bLa Gi\b/.test(text)) return null;
  let rest = fold(text).replace(POLITE_START, '').replace(POLITE_END, '');
  let framed = false;
  for (const frame of FRAMES) {
    let cut = rest.replace(frame, '');
    if (cut === rest) continue;
    if (frame === HOW) {
      const verbless = cut.replace(HOW_VERB, '');
      if (verbless === cut) continue;
      cut = verbless;
    }
    framed = true;
    rest = cut;
  }
  if (!framed) return null;
  rest = rest.replace(POLITE_END, '').replace(ARTICLES, '').trim();
  return TERMS.find((t) => t.re.test(rest))?.term ?? null;
}

function whole(body: string): RegExp {
  return new RegExp(`^(?:${body})$`, 'u');
}
