/**
 * The place words of a people question: what the coverage parser left for the place (its
 * `looseText`), less the words of these questions, which are no place ("Bắc Kạn còn thiếu người để
 * đạt" → "Bắc Kạn").
 */
import { TextCutter, wordRe } from '../text/text-cutter.js';
import { EDGE_WORDS, PLACE_NOISE_BODY, PLACE_NOISE_EN, PLACE_NOISE_MARKED } from './vocabulary.js';

const NOISE = wordRe(PLACE_NOISE_BODY);
const MARKED = wordRe(Object.keys(PLACE_NOISE_MARKED).join('|'));
const ENGLISH = wordRe(PLACE_NOISE_EN);

/** `looseText` without the words of the people questions. */
export function peoplePlaceText(looseText: string): string {
  const work = new TextCutter(looseText);
  work.cutAll(NOISE);
  work.cutAll(MARKED, (hit) => {
    const forms = PLACE_NOISE_MARKED[work.folded.slice(hit.from, hit.to)] ?? [];
    return forms.includes(work.originalOf(hit.from, hit.to).normalize('NFC').toLowerCase());
  });
  work.cutAll(ENGLISH, (hit) => /^[\x20-\x7e]+$/.test(work.originalOf(hit.from, hit.to)));
  return withoutEdgeWords(work.remainder({ keepLoneDash: true }));
}

/** Drops one of EDGE_WORDS at each end: the last when in lower case, the first also capitalised before a word in lower case. */
function withoutEdgeWords(text: string): string {
  const words = text.split(' ').filter((w) => w !== '');
  const known = (w: string | undefined) => w !== undefined && EDGE_WORDS.has(w.normalize('NFC').toLowerCase());
  const lower = (w: string | undefined) => w === undefined || w === w.toLowerCase();
  if (known(words[words.length - 1]) && lower(words[words.length - 1])) words.pop();
  if (known(words[0]) && (lower(words[0]) || lower(words[1]))) words.shift();
  return words.join(' ');
}
