/**
 * Text folding for name matching: the same place written with or without diacritics, with either
 * tone-mark placement ("Hòa"/"Hoà") or with stray punctuation folds to the same string.
 */
import { rememberedPerText } from './remembered.js';

/** The combining marks Vietnamese uses: five tones plus circumflex, breve and horn. */
const VIETNAMESE_MARK = /[\u0300\u0301\u0302\u0303\u0306\u0309\u0323\u031B]/u;
const ANY_MARK = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * A message's words and the names they are matched against are folded again and again while it is
 * answered. Our choice of bounds: short texts only (names, words, questions), 20,000 of them.
 */
const foldRemembered = rememberedPerText(foldOnce, { texts: 20_000, longest: 200 });

/**
 * Folds text for comparison: lower case, diacritics removed (so tone placement no longer matters),
 * đ → d, anything but letters and digits → a space, whitespace collapsed and trimmed.
 * @example fold('TP. Hoà Bình') === 'tp hoa binh'
 */
export function fold(text: string): string {
  return foldRemembered(text);
}

function foldOnce(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(/đ/g, 'd').replace(ANY_MARK, '').replace(NOT_WORD, ' ').trim().normalize('NFC');
}

/** The folded words of a text: `foldTokens('Châu Thành, Tây Ninh')` → `['chau', 'thanh', 'tay', 'ninh']`. */
export function foldTokens(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether the raw text carries any Vietnamese diacritic or the letter đ. */
export function hasVietnameseMarks(text: string): boolean {
  const decomposed = text.normalize('NFD');
  return VIETNAMESE_MARK.test(decomposed) || /[đĐ]/u.test(decomposed);
}

/**
 * The words of a raw text with their marks kept (NFC), split where folding would put a space, so
 * that `rawWords(s).map(fold)` lines up with `foldTokens(s)`.
 */
export function rawWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(WORD_SEPARATOR)
    .filter((word) => fold(word) !== '');
}

/**
 * A key that keeps the diacritics but forgets where the tone mark sits within each word, so "Hòa"
 * and "Hoà" (and "Thủy"/"Thuỷ") share a key while "Hòa" and "Hóa" do not.
 */
export function markKey(text: string): string {
  return rawWords(text)
    .map((word) => {
      const decomposed = word.normalize('NFD').toLowerCase();
      const marks = [...decomposed.matchAll(ANY_MARK)].map((m) => m[0]);
      if (decomposed.includes('đ')) marks.push('đ');
      return `${fold(word)}|${marks.sort().join('')}`;
    })
    .join(' ');
}
