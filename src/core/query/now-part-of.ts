/**
 * A note on where a place went, written beside its old name: "bhxh Bắc Kạn (nay thuộc Thái Nguyên)",
 * "Vinh, giờ là phường Thành Vinh", "Bac Kan (now part of Thai Nguyen)", "Bắc Kạn (cũ) thuộc Thái Nguyên". The question is about the
 * place named first; the note's place is no second place to compare. A note that asks ("nay thuộc tỉnh
 * nào", "now part of which province") is the question itself and stays.
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

/** The text without its notes on where a place went; the same text when it has none. */
export function withoutNowPartOf(text: string): string {
  const dropped = (note: string, place = '') => (ASKING.test(place) ? note : '');
  return text.replace(NOTE, (note: string, inBrackets?: string, afterComma?: string) => dropped(note, inBrackets ?? afterComma)).replace(AFTER_OLD, dropped);
}
