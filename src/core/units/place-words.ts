/**
 * Splits the place part of a question into words and enumerates the ways to read them as a name
 * with an optional type word, followed by up to two qualifying names ("Châu Thành, Tây Ninh").
 */

import { fold, hasVietnameseMarks, markKey, rawWords } from '../text/fold.js';
import { splitGluedCapitals } from '../text/glued-capitals.js';
import { CAPITAL_ALIASES, NAME_ABBREVIATIONS, TOKEN_ALIASES, TYPE_WORDS, type TypeWord } from './type-words.js';

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

/** Most names one reading holds: the name and two qualifiers ("Châu Thành, Tây Ninh"). */
export const MAX_SEGMENTS = 3;
/** No unit name has more words; longer runs are not looked up. */
export const MAX_NAME_WORDS = 5;
/** The most words one segment can cover: a name and its longest type word. */
const MAX_SEGMENT_WORDS = MAX_NAME_WORDS + Math.max(...TYPE_WORDS.map((t) => t.tokens.length));

/** "Q1", "p7": a district or ward number glued to its type letter, as "q 1", "p 7". */
function numberedAlias(word: string): readonly string[] | undefined {
  const glued = /^([qp])(\d{1,2})$/.exec(fold(word));
  return glued ? [glued[1] as string, glued[2] as string] : undefined;
}

const POSSESSIVE = /(\p{L})['’]s(?![\p{L}\p{N}])/gu;

/** Splits text into aligned folded and raw words, expanding the few informal aliases. */
export function placeWords(text: string): PlaceWords {
  const folded: string[] = [];
  const raw: string[] = [];
  // An English possessive ("Nghe An province's Vinh") names the place it belongs to, as a qualifier.
  const spelled = NAME_ABBREVIATIONS.reduce((t, a) => t.replace(a.re, a.name), text.replace(POSSESSIVE, '$1'));
  for (const word of rawWords(splitGluedCapitals(spelled))) {
    // The polite "ạ" typed with its mark is no name's "A" ("phường Vinh Lộc là bao nhiêu ạ" is no Vĩnh Lộc A).
    if (word.normalize('NFC').toLowerCase() === 'ạ') continue;
    const alias = TOKEN_ALIASES.get(fold(word)) ?? CAPITAL_ALIASES.get(word) ?? numberedAlias(word);
    if (!alias) {
      for (const token of fold(word).split(' ')) {
        folded.push(token);
        raw.push(word);
      }
      continue;
    }
    // Spelled out with the name's own marks, so that "HP" names Hải Phòng and not Xã Hải Phong.
    for (const token of alias) {
      folded.push(fold(token));
      raw.push(token);
    }
  }
  return { folded, raw };
}

function spells(words: PlaceWords, position: number, typeWord: TypeWord): boolean {
  const { tokens } = typeWord;
  if (position + tokens.length > words.folded.length) return false;
  for (let i = 0; i < tokens.length; i++) if (words.folded[position + i] !== tokens[i]) return false;
  return true;
}

function typeWordsAt(words: PlaceWords, position: number, following: boolean): TypeWord[] {
  const found: TypeWord[] = [];
  for (const typeWord of TYPE_WORDS) {
    if ((following && !typeWord.mayFollow) || !spells(words, position, typeWord)) continue;
    const typed = words.raw.slice(position, position + typeWord.tokens.length).join(' ');
    // "Phương Mai" typed with marks is a name, not the type word "phường".
    if (typeWord.accented === null || !hasVietnameseMarks(typed) || markKey(typed) === markKey(typeWord.accented)) found.push(typeWord);
  }
  return found;
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
  // The readings of the words from a position on, with so many segments left, worked out once:
  // readings share their tails, and most ways of starting never cover every word.
  const tails = new Map<number, Segment[][]>();
  const tailsFrom = (position: number, left: number): Segment[][] => {
    if (position === count) return [[]];
    if (count - position > left * MAX_SEGMENT_WORDS) return [];
    const slot = position * (MAX_SEGMENTS + 1) + left;
    const known = tails.get(slot);
    if (known) return known;
    const found: Segment[][] = [];
    const add = (typeWord: TypeWord | null, start: number, end: number, next: number): void => {
      const rest = tailsFrom(next, left - 1);
      if (rest.length === 0) return;
      const segment: Segment = { typeWord, start, end };
      for (const tail of rest) found.push([segment, ...tail]);
    };
    for (let end = position + 1; end <= Math.min(count, position + MAX_NAME_WORDS); end++) {
      add(null, position, end, end);
      for (const after of typeWordsAtOnce(end, true)) add(after, position, end, end + after.tokens.length);
    }
    for (const before of typeWordsAtOnce(position, false)) {
      const start = position + before.tokens.length;
      for (let end = start + 1; end <= Math.min(count, start + MAX_NAME_WORDS); end++) add(before, start, end, end);
    }
    tails.set(slot, found);
    return found;
  };
  const readings: Reading[] = count === 0 ? [] : tailsFrom(0, MAX_SEGMENTS);
  return readings;
}
