/**
 * Whether a question that names the country also names a place of its own: "Nghệ An so với cả
 * nước", "bhxh Bắc Kạn, Việt Nam". Such a question is about that place, the country being only
 * its comparison or its address.
 *
 * Only sure readings count, since the words left around the country are mostly question words:
 * a run of words that names a unit exactly (no typo corrected), with the unit's own diacritics when
 * typed with diacritics ("có" is not "Cò"); a single word only when capitalised ("Vinh") or a province's
 * whole name ("hue"), since a lower-case word alone ("so", "nay") is more likely a word of the sentence
 * than a name, and never one of one or two letters ("I").
 */
import { fold, hasVietnameseMarks, markKey, rawWords } from '../text/fold.js';
import type { Unit } from '../types.js';
import { resolvePlace } from '../units/resolve-place.js';
import type { UnitIndex } from '../units/unit-index.js';

/** Longest run of words tried as a name with its type word and province. */
const MAX_RUN = 6;
/** Words looked at; the words left of a question are few. */
const MAX_WORDS = 16;

/**
 * A province's name typed with a slip near its end: two words or more, starting as the name does
 * ("Nghe Ann" is Nghệ An; "xa sau" is no Cà Mau).
 */
function slipOfProvince(typed: string, unit: Unit): boolean {
  const head = (text: string) => fold(text).replace(/\s+/g, '').slice(0, 4);
  return unit.level === 'province' && /\s/.test(typed.trim()) && head(typed) === head(unit.name);
}

/** Type words of two syllables: a run that starts or ends inside one ("thị xã Thanh …") is no name. */
const TWO_WORD_TYPES: ReadonlySet<string> = new Set(['thi xa', 'thi tran', 'thanh pho', 'dac khu']);

function splitsTypeWord(folded: readonly string[], start: number, end: number): boolean {
  const pair = (i: number) => `${folded[i - 1] ?? ''} ${folded[i] ?? ''}`;
  return TWO_WORD_TYPES.has(pair(start)) || TWO_WORD_TYPES.has(pair(end));
}

/**
 * The place `placeText` names for sure, or null. With `typedProvinces`, a province's name of two words
 * or more typed with a typo counts too ("Nghe Ann"): a count of a province's units asked with a
 * slip is that province's, not the country's.
 */
export function otherPlaceNamed(placeText: string, index: UnitIndex, options: { readonly typedProvinces?: boolean } = {}): string | null {
  const words = rawWords(placeText).slice(0, MAX_WORDS);
  const folded = words.map((w) => fold(w));
  let best: string | null = null;
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + MAX_RUN); end > start; end--) {
      const run = words.slice(start, end);
      const typed = run.join(' ');
      if (best !== null && typed.length <= best.length) break;
      if (splitsTypeWord(folded, start, end)) continue;
      const lowerWord = run.length === 1 && !/^\p{Lu}/u.test(typed);
      // A word of one or two letters alone ("I need it": Phường I) is no name without its type word.
      if (run.length === 1 && fold(typed).length <= 2) continue;
      const place = resolvePlace(typed, index, { prominence: true });
      if (place.kind !== 'found') continue;
      // A lower-case word alone names only a province of one word ("hue": Huế).
      if (lowerWord && (place.corrected || place.unit.level !== 'province')) continue;
      if (place.corrected && !(options.typedProvinces && slipOfProvince(typed, place.unit))) continue;
      // A slip changes the letters the marks sit on, so a corrected name is not held to them.
      if (!place.corrected && hasVietnameseMarks(typed) && !markKey(typed).includes(index.nameMarks(place.unit))) continue;
      best = typed;
    }
  }
  return best;
}
