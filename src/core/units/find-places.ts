/**
 * Finds every place a message names, for questions about several at once: "so sánh Bắc Kạn và Hải
 * Phòng", "Gia Lai so với Bắc Kạn", "Hai Phong vs Bac Kan", "Bắc Kạn, Gia Lai và Hải Phòng".
 *
 * The message is first cut at the words that join places ("và", "với", "so với", "hay", "hoặc",
 * "giữa", "and", "or", "vs", "versus", "compared with", "&"), except where such a word is part of a
 * name ("Mường Và", "Lao Và Chải"). In each part the best place is found as for one place
 * (find-place.ts), exact names first and typos corrected only when those do not give two places,
 * then the words left on either side of it are searched again, for exact names only: that is how a comma separates places ("Bắc Kạn, Gia Lai") without breaking a name from its
 * qualifier ("TP Vinh, Nghệ An" stays one place). Places never overlap, and keep the message's order.
 */
import { fold, hasVietnameseMarks, markKey } from '../text/fold.js';
import { foldWithMap, originalSpan } from '../text/folded-text.js';
import { RECENT_MESSAGES, rememberedPerText } from '../text/remembered.js';
import { wordRe } from '../text/text-cutter.js';
import { type FindOptions, type FoundPlace, findPlace } from './find-place.js';
import { MAX_NAME_WORDS, placeWords } from './place-words.js';
import type { UnitIndex } from './unit-index.js';

/** The places of a message, and the parts that looked like a place but named none. */
export interface FoundPlaces {
  /** Places found (one unit, or several of one name to choose from), in the message's order. */
  readonly places: readonly FoundPlace[];
  /** Parts of the message whose words could be a place that none names (with suggestions). */
  readonly unknown: readonly FoundPlace[];
}

/** What {@link findPlaces} may do besides {@link FindOptions}. */
export interface FindPlacesOptions extends FindOptions {
  /**
   * Takes the question's own words out of one part before places are looked for in it (the parser's
   * leftover, say); the part as cut from the message by default.
   */
  readonly clean?: (part: string) => string;
}

const SEPARATORS = wordRe(
  ['so\\s+voi', 'compared\\s+(?:with|to)', 'as\\s+against', 'against', 'versus', 'vs\\.?', 'va', 'voi', 'hay', 'hoac', 'giua', 'and', 'or', 'between'].join(
    '|',
  ),
);
const AMPERSAND = /&/gu;
/** Separators spelled with diacritics: typed with other marks, the word is a name ("Vôi" is not "với"). */
const SPELLED: Readonly<Record<string, string>> = { va: 'và', voi: 'với', hoac: 'hoặc', giua: 'giữa', 'so voi': 'so với' };
/** Words that join a name to its qualifier (find-place.ts drops them the same way). */
const CONNECTORS = new Set(['thuoc']);
/** Most places looked for in one message: a comparison is of two or three. */
const MAX_PLACES = 6;

/** Cuts the message into parts at the words that join places (see above). */
export function splitPlaceList(text: string, index: UnitIndex): string[] {
  const map = foldWithMap(text);
  const cuts: (readonly [number, number])[] = [];
  for (const re of [SEPARATORS, AMPERSAND]) {
    re.lastIndex = 0;
    for (let m = re.exec(map.text); m; m = re.exec(map.text)) {
      const span = originalSpan(map, m.index, m.index + m[0].length);
      if (!span || !spelledAsSeparator(text.slice(span[0], span[1]), fold(m[0]))) continue;
      if (!/\s/u.test(m[0]) && insideName(map.text, m.index, m.index + m[0].length, index)) continue;
      cuts.push(span);
    }
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.filter((p) => /[\p{L}\p{N}]/u.test(p));
}

function spelledAsSeparator(typed: string, folded: string): boolean {
  const spelling = SPELLED[folded];
  return spelling === undefined || !hasVietnameseMarks(typed) || markKey(typed) === markKey(spelling);
}

/** Whether a one-word separator at [from, to) of the folded text is a syllable of a name around it. */
function insideName(folded: string, from: number, to: number, index: UnitIndex): boolean {
  const before = fold(folded.slice(Math.max(0, from - 40), from))
    .split(' ')
    .filter(Boolean)
    .slice(-2);
  const after = fold(folded.slice(to, to + 40))
    .split(' ')
    .filter(Boolean)
    .slice(0, 2);
  const word = folded.slice(from, to);
  for (let b = 0; b <= before.length; b++) {
    for (let a = 0; a <= after.length; a++) {
      if (a === 0 && b === 0) continue;
      const name = [...before.slice(before.length - b), word, ...after.slice(0, a)].join(' ');
      if (index.unitsNamed(name).length > 0) return true;
    }
  }
  return false;
}

/**
 * Whether `text` could name two places exactly: two runs of its words, apart, that each name a unit.
 * A quick test before {@link findPlaces} with exact names only (typos off), which finds places only
 * in such runs: a message that fails it names at most one place exactly, and the search is spared.
 */
export function mayNameTwoPlaces(text: string, index: UnitIndex): boolean {
  let remembered = twoPlaces.get(index);
  if (!remembered) {
    remembered = rememberedPerText((t) => namesTwoRuns(t, index), RECENT_MESSAGES);
    twoPlaces.set(index, remembered);
  }
  return remembered(text);
}

/** Messages tested lately, per index (see remembered.ts). */
const twoPlaces = new WeakMap<UnitIndex, (text: string) => boolean>();

function namesTwoRuns(text: string, index: UnitIndex): boolean {
  const folded = placeWords(text).folded.filter((w) => !CONNECTORS.has(w));
  // The earliest end of a run naming a unit: any later run starting at or after it is apart from it.
  let firstEnd = Number.POSITIVE_INFINITY;
  for (let start = 0; start < folded.length; start++) {
    for (let end = start + 1; end <= Math.min(folded.length, start + MAX_NAME_WORDS); end++) {
      if (index.unitsNamed(folded.slice(start, end).join(' ')).length === 0) continue;
      if (start >= firstEnd) return true;
      firstEnd = Math.min(firstEnd, end);
    }
  }
  return false;
}

/** Finds every place named in `text` (see above). */
export function findPlaces(text: string, index: UnitIndex, options: FindPlacesOptions = {}): FoundPlaces {
  const places: FoundPlace[] = [];
  const unknown: FoundPlace[] = [];
  const { clean, ...findOptions } = options;
  const exactOnly: FindOptions = { ...findOptions, typos: false, suggest: false };

  const collect = (part: string, first: boolean): void => {
    if (places.length >= MAX_PLACES || !/[\p{L}\p{N}]/u.test(part)) return;
    const found = findPlace(part, index, first ? findOptions : exactOnly);
    if (found.kind === 'unknown') {
      if (first) unknown.push(found);
      return;
    }
    if (found.kind === 'none') return;
    const around = wordsAround(part, found.typed);
    if (around) collect(around.before, false);
    places.push(found);
    if (around) collect(around.after, false);
  };
  const collectExact = (part: string): void => collect(part, false);

  const parts = splitPlaceList(text, index).map((part) => (clean ? clean(part) : part));
  // Exact names first: a typo is corrected only when they do not give two places, and only in a
  // part with no exact name (leftover words corrected into a commune are the risk).
  const exact = parts.map((part) => {
    const before = places.length;
    collectExact(part);
    return places.length > before;
  });
  if (places.length >= 2 || findOptions.typos === false) return { places, unknown };
  places.length = 0;
  parts.forEach((part, i) => {
    if (exact[i]) collectExact(part);
    else collect(part, true);
  });
  return { places, unknown };
}

/**
 * The words of `text` before and after the run that named a place (`typed`, the raw words of the
 * run as findPlace gives them: connectors left out); null when the run cannot be located.
 */
function wordsAround(text: string, typed: string): { before: string; after: string } | null {
  const all = placeWords(text);
  const kept = all.folded.map((w, i) => (CONNECTORS.has(w) ? -1 : i)).filter((i) => i >= 0);
  const run = typed.split(' ').filter(Boolean);
  if (run.length === 0) return null;
  for (let start = 0; start + run.length <= kept.length; start++) {
    if (!run.every((word, k) => all.raw[kept[start + k] as number] === word)) continue;
    const first = kept[start] as number;
    const last = kept[start + run.length - 1] as number;
    return { before: all.raw.slice(0, first).join(' '), after: all.raw.slice(last + 1).join(' ') };
  }
  return null;
}
