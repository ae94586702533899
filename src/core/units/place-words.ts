/**
 * Splits the place part of a question into words and enumerates the ways to read them as a name
 * with an optional type word, followed by up to two qualifying names ("Châu Thành, Tây Ninh").
 */
import { fold, hasVietnameseMarks, markKey, rawWords } from '../text/fold.js';
import { TOKEN_ALIASES, TYPE_WORDS, type TypeWord } from './type-words.js';

/** The words of the place text, folded and as typed, aligned index by index. */
export interface PlaceWords {
  readonly folded: readonly string[];
  readonly raw: readonly string[];
}

/** A run of words read as one name, with the type word that came with it. */
export interface Segment {
  readonly typeWord: TypeWord | null;
  /** Name words are `[start, end)`. */
  readonly start: number;
  readonly end: number;
}

/** One reading of the whole text: every word belongs to a segment. */
export type Reading = readonly Segment[];

const MAX_SEGMENTS = 3;
/** No unit name has more words; longer runs are not looked up. */
export const MAX_NAME_WORDS = 5;

/** Splits text into aligned folded and raw words, expanding the few informal aliases. */
export function placeWords(text: string): PlaceWords {
  const folded: string[] = [];
  const raw: string[] = [];
  for (const word of rawWords(text)) {
    const alias = TOKEN_ALIASES.get(fold(word));
    for (const token of alias ?? fold(word).split(' ')) {
      folded.push(token);
      raw.push(alias ? token : word);
    }
  }
  return { folded, raw };
}

function typeWordsAt(words: PlaceWords, position: number, following: boolean): TypeWord[] {
  return TYPE_WORDS.filter((typeWord) => {
    if (following && !typeWord.mayFollow) return false;
    const end = position + typeWord.tokens.length;
    if (end > words.folded.length) return false;
    if (!typeWord.tokens.every((token, i) => words.folded[position + i] === token)) return false;
    const typed = words.raw.slice(position, end).join(' ');
    // "Phương Mai" typed with marks is a name, not the type word "phường".
    return typeWord.accented === null || !hasVietnameseMarks(typed) || markKey(typed) === markKey(typeWord.accented);
  });
}

/** True when every word is a type word, i.e. the text names no place at all. */
export function onlyTypeWords(words: PlaceWords): boolean {
  let position = 0;
  while (position < words.folded.length) {
    const typeWord = typeWordsAt(words, position, false)[0] ?? typeWordsAt(words, position, true)[0];
    if (!typeWord) return false;
    position += typeWord.tokens.length;
  }
  return true;
}

/** Every reading of the words as up to three segments, each `[type word] name [English type word]`. */
export function readingsOf(words: PlaceWords): Reading[] {
  const readings: Reading[] = [];
  const count = words.folded.length;
  // Each position is asked about its type words many times over; work them out once.
  const memo = new Map<number, TypeWord[]>();
  const typeWordsAtOnce = (position: number, following: boolean): TypeWord[] => {
    const slot = position * 2 + (following ? 1 : 0);
    let found = memo.get(slot);
    if (!found) {
      found = typeWordsAt(words, position, following);
      memo.set(slot, found);
    }
    return found;
  };
  const extend = (position: number, segments: Segment[]): void => {
    if (position === count) {
      if (segments.length > 0) readings.push(segments);
      return;
    }
    if (segments.length === MAX_SEGMENTS) return;
    for (const before of [null, ...typeWordsAtOnce(position, false)]) {
      const start = position + (before?.tokens.length ?? 0);
      for (let end = start + 1; end <= Math.min(count, start + MAX_NAME_WORDS); end++) {
        const afters = before === null ? [null, ...typeWordsAtOnce(end, true)] : [null];
        for (const after of afters) {
          extend(end + (after?.tokens.length ?? 0), [...segments, { typeWord: before ?? after, start, end }]);
        }
      }
    }
  };
  extend(0, []);
  return readings;
}
