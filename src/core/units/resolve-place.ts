/**
 * Resolves the place words of a question ("TP Vinh", "chau thanh tay ninh", "Hai Phongg") to one
 * unit, a short list to ask back from, or suggestions. It never picks silently between different
 * places: a unit wins only when it outranks every other reading, or when the only rivals are the
 * same place under the other structure (old province Nghệ An and new province Nghệ An).
 *
 * Ranking, most important first:
 * 1. exact folded names (diacritics, tone placement and đ ignored) before typo corrections
 *    (typos are tried only when no reading matches exactly, and never for words that already
 *    spell a real name: "Châu Thành, Hà Nội" is unknown, not a commune one typo from "Hà Nội");
 * 2. a typed type word ("TP", "huyện", "ward") restricts to units of that type; when no unit of
 *    that type has the name, the name alone is used and the result is marked corrected;
 * 3. a whole name is not split: when the name words and the first words of the qualifier after
 *    them are together the exact (folded) name of a unit that some reading names, that reading
 *    outranks the one taking the shorter name and reading the rest as a qualifier. "Xã Nam Hà Lâm
 *    Hà" is the new commune of that name, not old xã Nam Hà of huyện Lâm Hà; "Phường 2 Bảo Lộc" is
 *    the new ward, not old Phường 2 of Bảo Lộc city. The user typed a real unit's complete name;
 *    splitting it is a guess. The whole name must fit its own qualifiers ("…, Lâm Đồng"). A type
 *    word between the words ("Nam Hà, huyện Lâm Hà") leaves no whole name, so the split stands;
 *    punctuation is not seen ("Nam Hà, Lâm Hà" reads as the whole name). Readings this rule
 *    leaves tied go on down the list and, still tied, are asked back;
 * 4. qualifiers ("… Tây Ninh", "…, Nghe An province") must name an ancestor, or an ancestor of a
 *    predecessor/successor (weaker); the direct ancestor wins;
 * 5. diacritics typed exactly as in the name ("Hải Phòng" rather than "Hải Phong");
 * 6. the name before its qualifiers rather than after;
 * 7. a bare province name means the current province (or the old one that continues under that
 *    name) rather than a district or commune of the same name: "Hai Phong", "Tây Ninh".
 * Plain "Vinh" names only one unit in the data (old Thành phố Vinh), so it resolves to it. "Bắc Kạn"
 * (old province, old city, new ward) is asked back, unless the caller asks for prominence (see
 * ResolveOptions): then the province wins, and the others are returned with it.
 */
import { textingSpellings } from '../text/texting-spellings.js';
import type { Structure, Unit } from '../types.js';
import { MAX_NAME_WORDS, onlyTypeWords, type PlaceWords, placeWords, readingsOf } from './place-words.js';
import { provincesWithInitials } from './province-initials.js';
import { type Candidate, CURRENT_PROVINCE, compareScores, type NameHit, type NameLookup, scoreCandidates } from './score-candidates.js';
import { marksFit } from './typed-marks.js';
import type { UnitIndex } from './unit-index.js';

/** What the place words named. */
export type PlaceResolution =
  /**
   * One unit; `matched` is the words as typed that named it, `corrected` that a typo was fixed;
   * `others`, when present, the other places of the same name that prominence passed over.
   */
  | { kind: 'found'; unit: Unit; matched: string; corrected: boolean; others?: readonly Unit[] }
  /**
   * 2..9 candidates, most relevant first; `more` counts those left out; `corrected` that none has the
   * name as typed (a typo, or a type word none of them fits): guesses, not namesakes.
   */
  | { kind: 'ambiguous'; candidates: readonly Unit[]; more?: number; corrected?: boolean }
  /** Nothing fits; up to five closest units. */
  | { kind: 'unknown'; suggestions: readonly Unit[] }
  /** No place words at all. */
  | { kind: 'none' };

const MAX_CANDIDATES = 9;
const MAX_SUGGESTIONS = 5;
/** Longer than any unit name by more than two letters: no typo correction can reach a name. */
const MAX_TYPO_LENGTH = 24;
const MAX_SUGGESTION_TYPO_WORDS = 3;
const LEVEL_RANK: Record<Unit['level'], number> = { province: 0, district: 1, commune: 2 };

/** Compares codes as `localeCompare` does, without building a collator on every call. */
const compareCodes = new Intl.Collator().compare;

/** Bigger units first, then the current structure, then by code: the order of an ask-back list. */
function byRelevance(a: Unit, b: Unit): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.structure === b.structure ? 0 : a.structure === 'post2025' ? -1 : 1) || compareCodes(a.code, b.code);
}

/** Finds names near a run of words that is not itself a name. */
type Near = (key: string) => readonly NameHit[];

/** Looks runs of words up exactly, and through `near` (when given) when they name nothing. */
function makeLookup(words: PlaceWords, index: UnitIndex, near: Near | null): NameLookup {
  const memo = new Map<string, readonly NameHit[]>();
  return (start, end) => {
    const span = `${start}:${end}`;
    const known = memo.get(span);
    if (known) return known;
    const key = words.folded.slice(start, end).join(' ');
    // Words that are a real name are never read as a typo of another name, nor are a name written
    // the way people text it ("hai fong"): that is the name, not one edit from another. Unless they
    // were typed with a diacritic no unit of that name carries there ("Hả Phòng" is not Hà Phong; a
    // mark left out, "Nghi Lôc", still fits): then the name is one edit away, as near as the names a
    // typo of them comes to.
    const named = index.unitsNamed(key);
    const hits =
      named.length > 0
        ? near && !marksFit(words.raw.slice(start, end), named)
          ? [{ key, edits: 1 }, ...near(key).filter((hit) => hit.key !== key)]
          : [{ key, edits: 0 }]
        : near && key.length <= MAX_TYPO_LENGTH
          ? textedOrNear(key, index, near)
          : [];
    memo.set(span, hits);
    return hits;
  };
}

function textedOrNear(key: string, index: UnitIndex, near: Near): readonly NameHit[] {
  const texted = textingSpellings(key).filter((spelling) => index.unitsNamed(spelling).length > 0);
  return texted.length > 0 ? texted.map((spelling) => ({ key: spelling, edits: 0 })) : near(key);
}

/** Same level, same folded name, and one succeeded the other: one place across the two structures. */
function samePlace(a: Unit, b: Unit, index: UnitIndex): boolean {
  if (a.level !== b.level || index.foldedNames(a)[0] !== index.foldedNames(b)[0]) return false;
  const linked = (from: Unit, to: Unit) => index.successorsOf(from.id).some((s) => s.unit.id === to.id);
  return linked(a, b) || linked(b, a);
}

/**
 * Groups same-place units; each group is represented by its member of `era`: the current one, or the
 * old one for a question about a period that ended before 1 July 2025 ("Gia Lai 2023" is the old
 * province, whose figures those are, not the new one formed from it and Bình Định).
 */
function distinctPlaces(units: readonly Unit[], index: UnitIndex, era: Structure = 'post2025'): Unit[] {
  const groupOf = new Map<number, Unit[]>(units.map((unit) => [unit.id, [unit]]));
  for (const unit of units) {
    for (const { unit: successor } of index.successorsOf(unit.id)) {
      const mine = groupOf.get(unit.id);
      const theirs = groupOf.get(successor.id);
      if (!mine || !theirs || mine === theirs || !samePlace(unit, successor, index)) continue;
      for (const member of theirs) {
        mine.push(member);
        groupOf.set(member.id, mine);
      }
    }
  }
  return [...new Set(groupOf.values())].map((g) => g.find((u) => u.structure === era) ?? (g[0] as Unit)).sort(byRelevance);
}

/** How a shared name is settled without asking back. */
export interface ResolveOptions {
  /**
   * Settle a shared name by prominence instead of asking back: for questions, where the answer
   * names the others; never for naming a unit to act on (an invite, a submission).
   */
  readonly prominence?: boolean;
  /** The question is about a period that ended before the reorganisation of 1 July 2025. */
  readonly before2025?: boolean;
}

/** Where in a score the type-word element sits: 0 when no type word was typed. */
const TYPED = 1;

/**
 * Prominence: a name shared by places of different levels, typed with no type word, means the
 * highest level (province, then district or city, then commune); between places of that level, the
 * structure of the period asked (current unless the period ended before 1 July 2025). Among
 * different names a typo came equally near, only a province stands out. With a type word typed, the
 * level is settled: the one current place of the name, unless the question is about the old structure
 * (DESIGN 2.5: the current structure unless the message says otherwise). Null when that still leaves
 * a tie.
 */
function prominent(places: readonly Unit[], top: readonly Candidate[], index: UnitIndex, options: ResolveOptions): Unit | null {
  if (!options.prominence) return null;
  const oneName = new Set(places.map((u) => index.foldedNames(u)[0])).size === 1;
  // A type word settled the level ("phường Thái Bình"): the current structure, when it holds a single
  // place of that name and the question is not about the old one.
  if (top.some((c) => (c.score[TYPED] ?? 0) !== 0)) {
    const current = places.filter((u) => u.structure === 'post2025');
    return oneName && !options.before2025 && current.length === 1 ? (current[0] as Unit) : null;
  }
  const highest = Math.min(...places.map((u) => LEVEL_RANK[u.level]));
  // Names a typo came equally near: only a province stands out ("Bac Can": Bắc Kạn, not Xã Bắc An).
  if (!oneName && highest !== LEVEL_RANK.province) return null;
  let pool = places.filter((u) => LEVEL_RANK[u.level] === highest);
  const era = options.before2025 ? 'pre2025' : 'post2025';
  if (pool.some((u) => u.structure === era)) pool = pool.filter((u) => u.structure === era);
  return pool.length === 1 ? (pool[0] as Unit) : null;
}

/**
 * The places of the chosen unit's own name that the words name as well as the first candidate does,
 * but for its being a current province by its bare name ("Sơn La": Thành phố Sơn La before 2025
 * too), which the answer names besides those prominence passed over. None after a typo was corrected.
 */
function namesakes(unit: Unit, candidates: readonly Candidate[], first: Candidate, index: UnitIndex, era: Structure): Unit[] {
  if (first.corrected) return [];
  const alike = (score: readonly number[]) => score.filter((_, i) => i !== CURRENT_PROVINCE);
  const firstAlike = alike(first.score);
  const name = index.foldedNames(unit)[0];
  const units = candidates.filter((c) => index.foldedNames(c.unit)[0] === name && compareScores(alike(c.score), firstAlike) === 0).map((c) => c.unit);
  return distinctPlaces(units, index, era);
}

function decide(candidates: Candidate[], index: UnitIndex, options: ResolveOptions = {}): PlaceResolution {
  candidates.sort((a, b) => compareScores(a.score, b.score) || byRelevance(a.unit, b.unit));
  const first = candidates[0] as Candidate;
  const top = candidates.filter((c) => compareScores(c.score, first.score) === 0);
  const era = options.before2025 ? 'pre2025' : 'post2025';
  const places = distinctPlaces(
    top.map((c) => c.unit),
    index,
    era,
  );
  const unit = places.length === 1 ? (places[0] as Unit) : prominent(places, top, index, options);
  if (unit) {
    const chosen = top.find((c) => c.unit.id === unit.id) ?? first;
    const others = [...places, ...namesakes(unit, candidates, first, index, era)].filter(
      (p, i, all) => p.id !== unit.id && all.findIndex((q) => q.id === p.id) === i,
    );
    return { kind: 'found', unit, matched: chosen.matched, corrected: chosen.corrected, ...(others.length > 0 ? { others } : {}) };
  }
  // Among corrections, a province a further edit off is likelier than the nearer communes: "Hả Phòn"
  // offers Hải Phòng first, then Nà Phòn and Hà Phong.
  const provinces = candidates.filter((c) => c.corrected && c.unit.level === 'province' && !top.includes(c)).map((c) => c.unit);
  const offered =
    provinces.length > 0 ? [...distinctPlaces(provinces, index, era), ...places].filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i) : places;
  const shown = offered.slice(0, MAX_CANDIDATES);
  return {
    kind: 'ambiguous',
    candidates: shown,
    ...(offered.length > MAX_CANDIDATES ? { more: offered.length - MAX_CANDIDATES } : {}),
    ...(top.every((c) => c.corrected) ? { corrected: true } : {}),
  };
}

/** A name some run of words matched, ranked by fewer edits, then more words. */
interface RankedHit {
  readonly key: string;
  readonly rank: readonly number[];
}

/** Every hit of every run of up to five words that `lookup` finds and `keep` lets through. */
function rankedHits(words: PlaceWords, lookup: NameLookup, keep: (hit: NameHit) => boolean): RankedHit[] {
  const hits: RankedHit[] = [];
  for (let start = 0; start < words.folded.length; start++) {
    for (let end = start + 1; end <= Math.min(words.folded.length, start + MAX_NAME_WORDS); end++) {
      for (const hit of lookup(start, end)) if (keep(hit)) hits.push({ key: hit.key, rank: [-hit.edits, end - start] });
    }
  }
  return hits.sort((a, b) => compareScores(a.rank, b.rank));
}

/**
 * The closest distinct places to any run of the words: fewer edits, then longer runs first, then
 * by relevance. Exact names rank before any correction, so runs are corrected only when the exact
 * names give fewer than five places; units are gathered rank by rank, only as far as needed.
 */
function suggest(words: PlaceWords, index: UnitIndex, typoLookup: NameLookup): Unit[] {
  const exactLookup = makeLookup(words, index, null);
  // Long runs are looked up exactly only: correcting them costs the most and rarely helps.
  const lookup: NameLookup = (start, end) => (end - start <= MAX_SUGGESTION_TYPO_WORDS ? typoLookup : exactLookup)(start, end);
  const seen = new Set<number>();
  const suggestions: Unit[] = [];
  const offer = (units: readonly Unit[]): void => {
    for (const unit of [...units].sort(byRelevance)) {
      if (suggestions.length === MAX_SUGGESTIONS) break;
      if (seen.has(unit.id) || suggestions.some((s) => samePlace(s, unit, index))) continue;
      seen.add(unit.id);
      suggestions.push(unit);
    }
  };
  const take = (hits: readonly RankedHit[]): void => {
    for (let first = 0; first < hits.length && suggestions.length < MAX_SUGGESTIONS; ) {
      const rank = (hits[first] as RankedHit).rank;
      const units: Unit[] = [];
      let next = first;
      for (; next < hits.length && compareScores((hits[next] as RankedHit).rank, rank) === 0; next++) {
        units.push(...index.unitsNamed((hits[next] as RankedHit).key));
      }
      offer(units);
      first = next;
    }
  };
  // A word that is a province's initials ("hp", "bk") offers that province first.
  offer(words.folded.flatMap((word) => provincesWithInitials(index, word)));
  take(rankedHits(words, exactLookup, () => true));
  if (suggestions.length < MAX_SUGGESTIONS) take(rankedHits(words, lookup, (hit) => hit.edits > 0));
  return suggestions;
}

/**
 * Resolves the place part of a question (indicator, period and filler words already removed).
 * Typos are corrected only when no reading matches exactly.
 */
export function resolvePlace(text: string, index: UnitIndex, options: ResolveOptions = {}): PlaceResolution {
  const words = placeWords(text);
  if (words.folded.length === 0 || onlyTypeWords(words)) return { kind: 'none' };
  return resolveExactly(words, index, options) ?? resolveCorrected(words, index, options) ?? { kind: 'unknown', suggestions: suggestPlaces(words, index) };
}

/** The units the words name exactly (every word part of a name, a type word or a qualifier), or null. */
export function resolveExactly(words: PlaceWords, index: UnitIndex, options: ResolveOptions = {}): PlaceResolution | null {
  const exact = scoreCandidates(readingsOf(words), words, index, makeLookup(words, index, null), { reordered: true });
  return exact.length > 0 ? decide(exact, index, options) : null;
}

/**
 * Remembers typo look-ups by key across calls: extraction corrects many overlapping runs of one
 * message, and each run would otherwise search the same words again.
 */
export interface TypoMemo {
  readonly names: Map<string, readonly NameHit[]>;
  readonly parents: Map<string, readonly NameHit[]>;
}

/** A new, empty {@link TypoMemo}. */
export function typoMemo(): TypoMemo {
  return { names: new Map(), parents: new Map() };
}

function remembered(memo: Map<string, readonly NameHit[]>, near: Near): Near {
  return (key) => {
    let hits = memo.get(key);
    if (!hits) {
      hits = near(key);
      memo.set(key, hits);
    }
    return hits;
  };
}

/** The units the words name with a typo or two corrected, or null. */
export function resolveCorrected(words: PlaceWords, index: UnitIndex, options: ResolveOptions = {}, memo: TypoMemo = typoMemo()): PlaceResolution | null {
  // A typo and the name after its qualifiers at once is too far from what was typed to trust.
  const typoLookup = makeLookup(words, index, remembered(memo.names, index.namesNear));
  const qualifierLookup = makeLookup(words, index, remembered(memo.parents, index.parentNamesNear));
  const corrected = scoreCandidates(readingsOf(words), words, index, typoLookup, { reordered: false, qualifierLookup });
  return corrected.length > 0 ? decide(corrected, index, options) : null;
}

/** Up to five closest places to any run of the words. */
export function suggestPlaces(words: PlaceWords, index: UnitIndex): Unit[] {
  return suggest(words, index, makeLookup(words, index, index.namesNear));
}
