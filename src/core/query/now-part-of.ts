/**
 * A note on where a place went, written beside its old name: "bhxh Bắc Kạn (nay thuộc Thái Nguyên)",
 * "Vinh, giờ là phường Thành Vinh", "Bac Kan (now part of Thai Nguyen)", "Bắc Kạn (cũ) thuộc Thái Nguyên". The question is about the
 * place named first; the note's place is no second place to compare. A note that asks ("nay thuộc tỉnh
 * nào", "now part of which province") is the question itself and stays. "Before it merged with Hai
 * Duong" asks for the place as it was then.
 */

const NOW = '(?:nay|giờ|gio|bây\\s+giờ|bay\\s+gio|hiện\\s+nay|hien\\s+nay|hiện|hien)';
const PART_OF = '(?:đã\\s+|da\\s+)?(?:thuộc(?:\\s+về)?|thuoc(?:\\s+ve)?|là|la|sáp\\s+nhập\\s+vào|sap\\s+nhap\\s+vao|nhập\\s+vào|nhap\\s+vao)';
const NOTE = new RegExp(
  `\\s*(?:\\(\\s*(?:${NOW}\\s+${PART_OF}|now(?:\\s+part\\s+of|\\s+in)?)\\s+([^()]{1,60})\\)|[,;-]\\s*(?:${NOW}\\s+${PART_OF}|now\\s+part\\s+of)\\s+([^,;.?!()]{1,60}))`,
  'giu',
);
/** After "(cũ)", the note needs no "nay": "Bắc Kạn (cũ) thuộc Thái Nguyên", up to five name words closing the message. */
const AFTER_OLD = new RegExp(`(?<=\\(\\s*(?:cũ|cu)\\s*\\))\\s+${PART_OF}((?:\\s+[^\\s\\d,;.?!()]+){1,5})(?=\\s*(?:[,;.?!]|$))`, 'giu');
const ASKING = /(?:^|\s)(?:nào|nao|đâu|dau|gì|gi|which|what|where)(?:\s|$)/iu;

/** "(gồm cả Bắc Kạn cũ)", "(including Bac Kan)": what a new place is made of, said beside it; no place asked. */
const MADE_OF = /\s*\(\s*(?:(?:bao\s+)?(?:gồm|gom)(?:\s+(?:cả|ca))?|including|incl\.?|which\s+includes?)\s+[^()]{1,60}\)/giu;
/** The partner of a merger, a capitalised name after an optional type word: "Hai Duong", "tỉnh Hải Dương". */
const PARTNER = "(?:\\s+(?:tỉnh|tinh|thành\\s+phố|thanh\\s+pho|tp\\.?|province|city))?((?:\\s+\\p{Lu}[\\p{L}'’]*){1,4})";
/**
 * "before it merged with Hai Duong", "prior to the merger with …", "trước khi sáp nhập với Hải Dương":
 * the place as it was before the merger ("(cũ)", "(old)", which the query reads), not a second place.
 */
const BEFORE_MERGER_EN = new RegExp(
  `\\s+(?:before|prior\\s+to)\\s+(?:(?:it|they)\\s+(?:was\\s+|were\\s+|got\\s+)?merged|(?:the\\s+)?merger|merging)\\s+(?:with|into)${PARTNER}`,
  'gu',
);
const BEFORE_MERGER_VI = new RegExp(
  `\\s+(?:trước|truoc)\\s+(?:khi\\s+)?(?:sáp\\s+nhập|sap\\s+nhap|hợp\\s+nhất|hop\\s+nhat)\\s+(?:với|voi|vào|vao)${PARTNER}`,
  'gu',
);

/** The text without its notes on where a place went; the same text when it has none. */
export function withoutNowPartOf(text: string): string {
  const dropped = (note: string, place = '') => (ASKING.test(place) ? note : '');
  return text
    .replace(NOTE, (note: string, inBrackets?: string, afterComma?: string) => dropped(note, inBrackets ?? afterComma))
    .replace(AFTER_OLD, dropped)
    .replace(MADE_OF, (note: string) => dropped(note, note))
    .replace(BEFORE_MERGER_EN, ' (old)')
    .replace(BEFORE_MERGER_VI, ' (cũ)');
}
