/**
 * Finds the place a question names among the words its parser could not place ("xin Bắc Kạn theo
 * 1736", "Bac Kan's assigned"): every run of consecutive words is tried as a place, and the words
 * around the best run are ignored, never glued to the name.
 *
 * The best run, in order:
 * 1. names a unit exactly (each word part of a name, a type word or a qualifier: "TP. Vinh, Nghệ
 *    An", "Châu Thành thuộc Tây Ninh");
 * 2. is read as typed: diacritics as in the name ("lao động ở Bắc Kạn" is not Xã Đông Bắc), a type
 *    word that fits ("TP Vinh hiện giờ" is not Xã Vinh Hiền);
 * 3. covers more words ("Thành phố Vinh" rather than the commune "Thanh" in "… bây giờ còn không");
 * 4. names one unit rather than several; comes first.
 * A run with a typo corrected ("Hải Phòg", "Vinnh city") wins only when no exact run covers as many
 * words. A bare number ("1736", "1"), Roman numeral or two-letter word is never a place without a
 * type word ("Phường 1").
 */

import { fold, hasVietnameseMarks } from '../text/fold.js';
import { HONORIFIC_WORDS } from '../text/honorifics.js';
import { RECENT_MESSAGES, rememberedPerText } from '../text/remembered.js';
import type { Unit } from '../types.js';
import { cutsEveryday, everydayTyped } from './everyday-words.js';
import { MAX_NAME_WORDS, MAX_SEGMENTS, onlyTypeWords, type PlaceWords, placeWords } from './place-words.js';
import { type PlaceResolution, type ResolveOptions, resolveCorrected, resolveExactly, suggestPlaces, typoMemo } from './resolve-place.js';
import { TYPE_WORDS } from './type-words.js';
import { keepsMarks, marksDiffer, marksFit, marksMisfitAll, typeWordReadAsName } from './typed-marks.js';
import type { UnitIndex } from './unit-index.js';

/**
 * A place found in a message: the resolution, the words as typed that named it, and whether they
 * named it exactly (no typo corrected).
 */
export type FoundPlace = PlaceResolution & { readonly typed: string; readonly exact: boolean };

/** What {@link findPlace} may do besides exact names. */
export interface FindOptions extends ResolveOptions {
  /** Try typo corrections when no run names a place exactly (default true). */
  readonly typos?: boolean;
  /**
   * Accept a corrected run (a typo, or a name typed with other diacritics) only when it takes every
   * word (default false): without a word of the trade around it, such a run among other words is
   * more likely a sentence than a place.
   */
  readonly typosTakeAll?: boolean;
  /** Offer the closest names when nothing is found (default true). */
  readonly suggest?: boolean;
  /**
   * Folded filler words that may be read inside a longer exact name ("son la" is Sơn La) but are
   * never a name alone, and never begin or end a corrected run ("cho" is not Thị trấn Chờ).
   */
  readonly soft?: ReadonlySet<string>;
}

/**
 * Words that join a name to its qualifier and are not part of either: "Châu Thành thuộc Tây Ninh",
 * "phường Hà Huy Tập của TP Hà Tĩnh", "phường Lê Lợi cũ bên Vinh". One that ends the words joins
 * nothing and stays, for a name misspelt with it ("Buôn Ma Thuộc"); "cua" without its mark joins only
 * before a type word, since it is also "Cửa" of names (Cửa Lò, Cửa Nam), and "ben" without its mark
 * never (Bến Tre).
 */
function connects(all: PlaceWords, i: number): boolean {
  if (i >= all.folded.length - 1) return false;
  if (all.folded[i] === 'thuoc') return true;
  const typed = (all.raw[i] ?? '').toLowerCase();
  if (typed === 'của' || typed === 'bên') return true;
  return all.raw[i] === 'cua' && TYPE_TOKENS.has(all.folded[i + 1] ?? '');
}

/** Longest run tried: a name, its type word and two qualifiers with theirs. */
const MAX_RUN = 10;
/** Longest run tried with typo correction: correction costs the most. */
const MAX_TYPO_RUN = MAX_NAME_WORDS;
/** Longest run that may replace a weak exact one: the name misspelt, its type words and the exact run. */
const MAX_COVERING_RUN = MAX_NAME_WORDS + 2;
/** Most words looked at: a question is short, but a polite one may name its place after a long greeting. */
const MAX_WORDS = 40;

const NO_WORDS: ReadonlySet<string> = new Set();
/** The one-word type words of a commune-level unit. */
const COMMUNE_TYPES: ReadonlySet<string> = new Set(['xa', 'phuong']);
/** The one-word type words of a unit below a province. */
const BELOW_PROVINCE_TYPES: ReadonlySet<string> = new Set([...COMMUNE_TYPES, 'huyen', 'quan']);
/** Type words of one token ("tỉnh", "xã", "tp"), folded. */
const TYPE_TOKENS: ReadonlySet<string> = new Set(TYPE_WORDS.filter((t) => t.tokens.length === 1).map((t) => t.tokens[0] as string));

const vocabularies = new WeakMap<UnitIndex, ReadonlySet<string>>();

/** Every word of every unit name, and every type word's tokens, worked out once per index. */
function vocabularyOf(index: UnitIndex): ReadonlySet<string> {
  let words = vocabularies.get(index);
  if (!words) {
    const set = new Set<string>(TYPE_WORDS.flatMap((t) => t.tokens));
    for (const unit of index.units) for (const name of index.foldedNames(unit)) for (const word of name.split(' ')) set.add(word);
    words = set;
    vocabularies.set(index, words);
  }
  return words;
}

/**
 * A name that begins with an honorific typed in lower case before a capital ("anh Sơn" is a person,
 * "Anh Sơn" or "huyện Anh Sơn" the district): it yields to any other place, as a name after one does.
 */
function personNamed(raw: readonly string[], run: { readonly start: number; readonly end: number }): boolean {
  const first = raw[run.start] ?? '';
  const next = raw[run.start + 1] ?? '';
  return run.end - run.start > 1 && HONORIFIC_WORDS.has(first) && /^\p{Lu}/u.test(next);
}

/** A run right after an honorific, unless it opens with a type word ("anh, phường Yên Bái …" names the ward). */
function afterHonorific(words: PlaceWords, run: { readonly start: number }): boolean {
  return HONORIFIC_WORDS.has((words.raw[run.start - 1] ?? '').toLowerCase()) && !TYPE_TOKENS.has(words.folded[run.start] ?? '');
}

/** An everyday phrase typed as one, with no type word before it ("cứ yên tâm", not "xã yên tâm"). */
function everyday(words: PlaceWords, run: { readonly start: number; readonly end: number }): boolean {
  return !TYPE_TOKENS.has(words.folded[run.start - 1] ?? '') && everydayTyped(words.raw.slice(run.start, run.end));
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly resolution: PlaceResolution;
  /** The run was typed with diacritics that are not the unit's ("động Bắc" is not "Đông Bắc"). */
  readonly marksDiffer: boolean;
}

function slice(words: PlaceWords, start: number, end: number): PlaceWords {
  return { folded: words.folded.slice(start, end), raw: words.raw.slice(start, end) };
}

/** A run read as typed: not with other diacritics than the name's, not with a type word that does not fit. */
function asTyped(run: Run): boolean {
  return !run.marksDiffer && !(run.resolution.kind === 'found' && run.resolution.corrected);
}

/** Among corrected runs: more words, then one place rather than a list, then earlier. */
/**
 * Among typo corrections: one that lands on a province first ("Backan … SI as": Bắc Kạn, not Dĩ An;
 * "Bắc Cạn có … ng": Bắc Kạn, not Xã Cần Nông), since a slip rarely lands on one of so few names by
 * chance; then as {@link longer}.
 */
function likelier(a: Run, b: Run | null): boolean {
  const province = (run: Run) => run.resolution.kind === 'found' && run.resolution.unit.level === 'province';
  if (b && province(a) !== province(b)) return province(a);
  return longer(a, b);
}

function longer(a: Run, b: Run | null): boolean {
  if (!b) return true;
  const length = a.end - a.start - (b.end - b.start);
  if (length !== 0) return length > 0;
  return a.resolution.kind === 'found' && b.resolution.kind !== 'found';
}

/**
 * Among exact runs: read as typed first; then one that is not a person's name ("chị Thanh Hà bảo em
 * hỏi … Bắc Kạn": Bắc Kạn); between runs of as many words, one not edged by a soft word ("bhtn cua
 * bac kan": Bắc Kạn, not Phường Cửa Bắc); then as {@link longer}.
 */
function better(a: Run, b: Run | null, edged: (run: Run) => boolean, person: (run: Run) => boolean): boolean {
  if (b && asTyped(a) !== asTyped(b)) return asTyped(a);
  if (b && person(a) !== person(b)) return !person(a);
  if (b && a.end - a.start === b.end - b.start && edged(a) !== edged(b)) return !edged(a);
  return longer(a, b);
}

function namesPlace(resolution: PlaceResolution | null): resolution is PlaceResolution & { kind: 'found' | 'ambiguous' } {
  return resolution !== null && (resolution.kind === 'found' || resolution.kind === 'ambiguous');
}

/**
 * A lone number, Roman numeral or word of one or two letters names a unit only with its type word
 * ("Phường 1", "Phường IV", "Xã Ba"), never by itself ("1736", "I love you", "bà").
 */
function bareShort(run: PlaceWords): boolean {
  const word = run.folded[0] ?? '';
  return run.folded.length === 1 && (/^\d+$/.test(word) || /^[ivx]+$/.test(word) || word.length <= 2);
}

function bestRun(
  words: PlaceWords,
  index: UnitIndex,
  maxRun: number,
  accept: (start: number, end: number) => boolean,
  resolve: (run: PlaceWords, start: number, end: number) => PlaceResolution | null,
  beats: (a: Run, b: Run | null) => boolean,
): Run | null {
  let best: Run | null = null;
  for (let start = 0; start < words.folded.length; start++) {
    for (let end = start + 1; end <= Math.min(words.folded.length, start + maxRun); end++) {
      if (!accept(start, end)) break;
      const run = slice(words, start, end);
      if (bareShort(run) || onlyTypeWords(run)) continue;
      const resolution = resolve(run, start, end);
      if (!namesPlace(resolution)) continue;
      const candidate = { start, end, resolution, marksDiffer: marksDiffer(run, resolution, index) };
      if (beats(candidate, best)) best = candidate;
    }
  }
  return best;
}

/**
 * An exact run that a longer typo correction around it may still beat: one typed with other
 * diacritics than the name's ("tỉnh Bắc" is not Xã Tịnh Bắc), or a name that starts with what is
 * usually a type word, typed without diacritics ("tinh bac can" is Bắc Kạn misspelt, not Tịnh Bắc
 * and a stray word), or one word naming only communes ("Lia" of "Gia Lia" is Xã Lìa, but the
 * province Gia Lai misspelt is likelier), or a district's or province's name after a lower unit's type
 * word and a word or two that named nothing ("xa cuong gan nghi xuan": Xã Cương Gián misspelt, of
 * Huyện Nghi Xuân; "huyện Hưng Nguyênn tỉnh Nghệ An").
 */
function weak(run: Run, words: PlaceWords): boolean {
  if (!asTyped(run) || (run.end - run.start === 1 && onlyCommunes(run.resolution))) return true;
  const below = onlyProvinces(run.resolution) ? BELOW_PROVINCE_TYPES : COMMUNE_TYPES;
  const from = run.start - typeWordBefore(words, run.start);
  if (!onlyCommunes(run.resolution) && [2, 3, 4].some((n) => below.has(words.folded[from - n] ?? ''))) return true;
  if (run.resolution.kind !== 'found' || hasVietnameseMarks(words.raw.slice(run.start, run.end).join(' '))) return false;
  const first = words.folded[run.start] ?? '';
  return TYPE_TOKENS.has(first) && fold(run.resolution.unit.name).startsWith(`${first} `);
}

/** How many words the type word right before `at` has ("thị xã Cửa Lò": 2), or 0. */
function typeWordBefore(words: PlaceWords, at: number): number {
  const type = TYPE_WORDS.find((t) => t.tokens.every((token, i) => words.folded[at - t.tokens.length + i] === token));
  return type?.tokens.length ?? 0;
}

function onlyProvinces(resolution: PlaceResolution): boolean {
  if (resolution.kind === 'found') return resolution.unit.level === 'province';
  return resolution.kind === 'ambiguous' && resolution.candidates.every((u) => u.level === 'province');
}

function onlyCommunes(resolution: PlaceResolution): boolean {
  if (resolution.kind === 'found') return resolution.unit.level === 'commune';
  return resolution.kind === 'ambiguous' && resolution.candidates.every((u) => u.level === 'commune');
}

/**
 * A cheap test before the full reading: whether words [start, end) can be cut into at most three
 * names, each with type words around it, as resolution reads them. Most runs of a long sentence
 * cannot, and are never handed to the resolver.
 */
function makeCoverable(words: PlaceWords, index: UnitIndex): (start: number, end: number) => boolean {
  const names = new Map<string, boolean>();
  const isName = (i: number, j: number): boolean => {
    const key = `${i}:${j}`;
    let known = names.get(key);
    if (known === undefined) {
      known = index.unitsNamed(words.folded.slice(i, j).join(' ')).length > 0;
      names.set(key, known);
    }
    return known;
  };
  const typeLengths = (at: number, end: number): number[] =>
    TYPE_WORDS.filter((t) => at + t.tokens.length <= end && t.tokens.every((token, k) => words.folded[at + k] === token)).map((t) => t.tokens.length);
  const covers = (at: number, end: number, left: number): boolean => {
    if (at === end) return true;
    if (left === 0) return false;
    for (const before of [0, ...typeLengths(at, end)]) {
      const from = at + before;
      for (let to = from + 1; to <= Math.min(end, from + MAX_NAME_WORDS); to++) {
        if (!isName(from, to)) continue;
        if (covers(to, end, left - 1)) return true;
        for (const after of typeLengths(to, end)) if (covers(to + after, end, left - 1)) return true;
      }
    }
    return false;
  };
  return (start, end) => covers(start, end, MAX_SEGMENTS);
}

/**
 * Finds the place named in `text` (a question with its known phrases already cut). Returns `none`
 * when no word could be part of a place name, `unknown` with suggestions when some could but none
 * names a unit.
 */
export function findPlace(text: string, index: UnitIndex, options: FindOptions = {}): FoundPlace {
  let searched = finds.get(index);
  if (!searched) {
    searched = rememberedPerText(() => new Map<number, FoundPlace>(), RECENT_MESSAGES);
    finds.set(index, searched);
  }
  const byOptions = searched(text);
  const key = optionsKey(options);
  let found = byOptions.get(key);
  if (!found) {
    found = Object.freeze(findOnce(text, index, options));
    byOptions.set(key, found);
  }
  return found;
}

/**
 * Searches made lately, per index and text, each by its options' key (see remembered.ts): several
 * features search one message's words.
 */
const finds = new WeakMap<UnitIndex, (text: string) => Map<number, FoundPlace>>();

/** Each option of a search, as a bit of its key: an option added to FindOptions must be added here. */
const OPTION_BITS: { readonly [K in Exclude<keyof FindOptions, 'soft'>]-?: (options: FindOptions) => boolean } = {
  prominence: (o) => o.prominence === true,
  before2025: (o) => o.before2025 === true,
  typos: (o) => o.typos !== false,
  typosTakeAll: (o) => o.typosTakeAll === true,
  suggest: (o) => o.suggest !== false,
};
const softIds = new WeakMap<ReadonlySet<string>, number>();
let softSets = 0;

const OPTION_TESTS = Object.values(OPTION_BITS);

/** Every option as one number: a bit each, and a set of soft words by its identity above them. */
function optionsKey(options: FindOptions): number {
  let soft = 0;
  if (options.soft) {
    soft = softIds.get(options.soft) ?? 0;
    if (soft === 0) {
      soft = ++softSets;
      softIds.set(options.soft, soft);
    }
  }
  let key = soft;
  for (const on of OPTION_TESTS) key = key * 2 + (on(options) ? 1 : 0);
  return key;
}

/**
 * The resolution as the marks typed allow: a mark left out still fits ("Hải Phong", "Nghi Lôc"); one
 * word typed with a mark its name does not carry, or every word of a longer run so, is another word
 * ("đang" is not Xã Dang, "đóng" not Xã Đông, "là gì" not La Gi, nor "phường là gì"); some words of a longer run so, a
 * name typed wrong, read as a correction ("Hải Phồng", "văn bản" as Văn Bàn corrected, which the
 * caller may then refuse among many other words).
 */
function fitting(run: PlaceWords, resolution: PlaceResolution | null): PlaceResolution | null {
  const named = resolution?.kind === 'found' ? [resolution.unit] : resolution?.kind === 'ambiguous' ? resolution.candidates : [];
  const typed = nameTyped(run);
  if (!resolution || named.length === 0 || marksFit(typed, named)) return resolution;
  if (run.raw.length === 1 || marksMisfitAll(typed, named)) return null;
  return resolution.kind === 'found' ? { ...resolution, corrected: true } : resolution;
}

/** The words of a run after the type word typed first, if any: "phường là gì" names "là gì". */
function nameTyped(run: PlaceWords): readonly string[] {
  let skip = 0;
  for (const type of TYPE_WORDS) {
    const n = type.tokens.length;
    if (n > skip && n < run.folded.length && type.tokens.every((token, i) => run.folded[i] === token)) skip = n;
  }
  return run.raw.slice(skip);
}

/**
 * A name found without the type word typed before it, which fits no unit of that name ("tỉnh Hà
 * Tây": no province is so named, Xã Hà Tây is): said as a correction ("Hiểu "tỉnh Hà Tây" là Xã Hà
 * Tây, …"), never answered as if the province had been found.
 */
function withTypeTyped(run: Run, words: PlaceWords, opensClause: boolean): PlaceResolution {
  const { resolution } = run;
  // A type word before a clause's end is not this name's ("Slack q: Bac Kan" has no quận).
  if (resolution.kind !== 'found' || resolution.corrected || opensClause) return resolution;
  for (const type of TYPE_WORDS) {
    const from = run.start - type.tokens.length;
    if (from < 0 || type.tokens.some((token, i) => words.folded[from + i] !== token)) continue;
    const typed = words.raw.slice(from, run.start).join(' ');
    if (type.accented !== null && hasVietnameseMarks(typed) && typed.toLowerCase() !== type.accented) continue;
    if (type.accepts(resolution.unit)) return resolution;
    return { ...resolution, corrected: true, matched: `${typed} ${resolution.matched}` };
  }
  return resolution;
}

/**
 * The words of the text and where a clause starts after ":", ";", "?" or "!": no name runs across
 * one ("… chưa ai trả lời: tỷ lệ bhyt bac kan" names no Xã Lợi Bác). Commas and dots stay inside a
 * name's run ("Châu Thành, Tây Ninh", "TP. Vinh").
 */
function clauseWords(text: string): { readonly words: PlaceWords; readonly starts: ReadonlySet<number> } {
  const folded: string[] = [];
  const raw: string[] = [];
  const starts = new Set<number>();
  for (const clause of text.split(/[:;?!]+/u)) {
    if (folded.length > 0) starts.add(folded.length);
    const words = placeWords(clause);
    folded.push(...words.folded);
    raw.push(...words.raw);
  }
  return { words: { folded, raw }, starts };
}

function findOnce(text: string, index: UnitIndex, options: FindOptions): FoundPlace {
  const { words: all, starts } = clauseWords(text);
  const keep = all.folded
    .map((_, i) => (connects(all, i) ? -1 : i))
    .filter((i) => i >= 0)
    .slice(0, MAX_WORDS);
  const words: PlaceWords = { folded: keep.map((i) => all.folded[i] as string), raw: keep.map((i) => all.raw[i] as string) };
  // A kept word opens a clause when a clause started since the word kept before it.
  const opens = keep.map((at, j) => j > 0 && [...starts].some((start) => start > (keep[j - 1] as number) && start <= at));
  const within = (start: number, end: number) => !opens.slice(start + 1, end).includes(true);
  if (words.folded.length === 0 || onlyTypeWords(words)) return { kind: 'none', typed: '', exact: true };
  const vocabulary = vocabularyOf(index);
  const known = words.folded.map((w) => vocabulary.has(w));
  const soft = options.soft ?? NO_WORDS;
  const alone = (run: PlaceWords) => run.folded.length === 1 && soft.has(run.folded[0] ?? '');
  const coverable = makeCoverable(words, index);
  const exact = bestRun(
    words,
    index,
    MAX_RUN,
    (start, end) => known[end - 1] === true && within(start, end),
    (run, start, end) => {
      if (alone(run) || !coverable(start, end) || cutsEveryday(words.raw, start, end)) return null;
      const resolution = fitting(run, resolveExactly(run, index, options));
      return resolution?.kind === 'found' && typeWordReadAsName(run, resolution.unit, TYPE_TOKENS) ? null : resolution;
    },
    (a, b) =>
      better(
        a,
        b,
        (run) => soft.has(words.folded[run.start] ?? '') || soft.has(words.folded[run.end - 1] ?? ''),
        (run) => afterHonorific(words, run) || personNamed(words.raw, run) || everyday(words, run),
      ),
  );
  let best = exact;
  const lettered = words.folded.map((w) => /\p{L}/u.test(w));
  if (options.typos !== false && (!exact || weak(exact, words))) {
    const memo = typoMemo();
    // A lone word that is itself a syllable of names is not corrected into another: "bac" is no typo.
    // A soft word capitalised inside the sentence is a name's ("tỉnh Gia La"), not the filler "là".
    const softAt = (run: PlaceWords, i: number) => soft.has(run.folded[i] ?? '') && !/^\p{Lu}/u.test(run.raw[i] ?? '');
    const edged = (run: PlaceWords) =>
      softAt(run, 0) || softAt(run, run.folded.length - 1) || (run.folded.length === 1 && vocabulary.has(run.folded[0] ?? '')) || everydayTyped(run.raw);
    const corrected = bestRun(
      words,
      index,
      exact ? MAX_COVERING_RUN : MAX_TYPO_RUN,
      (start, end) => lettered[end - 1] === true && within(start, end),
      (run, start, end) => {
        // Only a correction that takes the weak exact run in and more may replace it.
        if (exact && !(start <= exact.start && end >= exact.end && end - start > exact.end - exact.start)) return null;
        if (edged(run) || cutsEveryday(words.raw, start, end)) return null;
        // One word corrected must keep its marks too ("đang" is no typo of Xã Dang); in longer runs a
        // tone typed wrong is a typo like any other ("Hái Phòng").
        const corrected = resolveCorrected(run, index, options, memo);
        const resolution = run.folded.length === 1 ? fitting(run, corrected) : corrected;
        return resolution && keepsMarks(run, resolution, index, TYPE_TOKENS) ? resolution : null;
      },
      likelier,
    );
    if (corrected) best = corrected;
  }
  // A run read past what was typed (a typo, or other diacritics) among other words is no place for
  // a caller that takes only whole messages that way.
  if (best && options.typosTakeAll && (best !== exact || best.marksDiffer) && best.end - best.start < words.folded.length) best = null;
  if (best) {
    const resolution = withTypeTyped(best, words, opens[best.start] === true);
    // "Tỉnh Hà Sơn Bình": a type word none of the name's places has, and the name typed on in capitals
    // past them, is a place not found (Xã Hà Sơn is not what was typed).
    const next = words.raw[best.end] ?? '';
    const typedOn = /^\p{Lu}/u.test(next) && !TYPE_TOKENS.has(words.folded[best.end] ?? '') && opens[best.end] !== true;
    if (!(typedOn && resolution.kind === 'found' && resolution.corrected && best === exact)) {
      return { ...resolution, typed: words.raw.slice(best.start, best.end).join(' '), exact: best === exact };
    }
    const suggestions = options.suggest === false ? [] : suggestPlaces(words, index);
    return { kind: 'unknown', suggestions, typed: words.raw.slice(best.start, best.end + 1).join(' '), exact: false };
  }
  const suggestions: Unit[] = options.suggest === false ? [] : suggestPlaces(words, index);
  return { kind: 'unknown', suggestions, typed: words.raw.join(' '), exact: false };
}

/**
 * The words as typed when an ask-back list holds guesses, not namesakes ("tỉnh Sông Hồng": no place
 * has that name; Sông Công and Sơn Hồng are near it), so that the list says the name was not found.
 */
export function guessedName(place: FoundPlace): string | undefined {
  return place.kind === 'ambiguous' && (place.corrected === true || !place.exact) ? place.typed : undefined;
}
