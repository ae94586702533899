/**
 * Scores every unit that some reading of the place words could name. A score is compared
 * element by element, larger first: fewer edits, type word honoured, name words not split off
 * into a qualifier when they spell a whole name, qualifiers matched by a real ancestor, a current
 * province by its bare name (whatever the diacritics typed: "Hải Phong" is the city, not the old
 * communes Xã Hải Phong, which a type word still names), marks typed as in the name, name before
 * its qualifiers.
 */

import { hasVietnameseMarks, markKey } from '../text/fold.js';
import type { Unit } from '../types.js';
import type { PlaceWords, Reading, Segment } from './place-words.js';
import type { TypeWord } from './type-words.js';
import type { LinkedUnit, UnitIndex } from './unit-index.js';

/** A folded name that a run of words matched, and at what distance. */
export interface NameHit {
  readonly key: string;
  readonly edits: number;
}

/** Names matched by the words `[start, end)`. */
export type NameLookup = (start: number, end: number) => readonly NameHit[];

/** A unit some reading names, with its best score. */
export interface Candidate {
  readonly unit: Unit;
  readonly score: readonly number[];
  /** The words as typed that named the unit. */
  readonly matched: string;
  /** A typo was corrected or a type word did not fit. */
  readonly corrected: boolean;
}

/** Compares two scores: negative when `a` ranks first. */
export function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (b[i] ?? 0) - (a[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const DIRECT = 2;
const THROUGH_LINEAGE = 1;
/** Where in a score the "whole name not split" element sits. */
const WHOLE = 2;
/** Where in a score the "current province by its bare name" element sits. */
export const CURRENT_PROVINCE = 4;

function distanceTo(unit: Unit, typeWord: TypeWord | null, hits: ReadonlyMap<string, number>, index: UnitIndex): number | undefined {
  if (typeWord && !typeWord.accepts(unit)) return undefined;
  let best: number | undefined;
  const names = index.foldedNames(unit);
  for (let i = 0; i < names.length; i++) {
    const edits = hits.get(names[i] as string);
    if (edits !== undefined && (best === undefined || edits < best)) best = edits;
  }
  return best;
}

/**
 * How a qualifier ("Tây Ninh" in "Châu Thành Tây Ninh") fits a candidate: best when it names an
 * ancestor, weaker when it names an ancestor of a predecessor or successor (an old province for a
 * new ward, the new province for an old district). Undefined when it fits neither way.
 */
interface Fit {
  readonly edits: number;
  readonly strength: number;
}

/** The better of `best` and the fit of the best-fitting of `ancestors` at `strength`. */
function fitAmong(
  ancestors: readonly Unit[],
  strength: number,
  segment: Segment,
  hits: ReadonlyMap<string, number>,
  index: UnitIndex,
  best: Fit | undefined,
): Fit | undefined {
  let result = best;
  for (let i = 0; i < ancestors.length; i++) {
    const edits = distanceTo(ancestors[i] as Unit, segment.typeWord, hits, index);
    if (edits === undefined) continue;
    if (!result || edits < result.edits || (edits === result.edits && strength > result.strength)) result = { edits, strength };
  }
  return result;
}

function qualify(unit: Unit, segment: Segment, hits: ReadonlyMap<string, number>, index: UnitIndex): Fit | undefined {
  let best = fitAmong(index.ancestorsOf(unit), DIRECT, segment, hits, index, undefined);
  if (best?.strength === DIRECT) return best;
  for (const links of [index.predecessorsOf(unit.id), index.successorsOf(unit.id)]) {
    for (let i = 0; i < links.length; i++) {
      best = fitAmong(index.ancestorsOf((links[i] as LinkedUnit).unit), THROUGH_LINEAGE, segment, hits, index, best);
    }
  }
  return best;
}

/** A province people mean by its bare name: a current one, or an old one continued under the same name. */
function isCurrentProvince(unit: Unit, index: UnitIndex): boolean {
  if (unit.level !== 'province') return false;
  if (unit.structure === 'post2025') return true;
  const name = index.foldedNames(unit)[0];
  return index.successorsOf(unit.id).some((s) => s.unit.level === 'province' && s.unit.structure === 'post2025' && index.foldedNames(s.unit)[0] === name);
}

/** The units a target segment names, with what scoring needs to know of how it was typed. */
interface Target {
  /** The words as typed. */
  readonly typed: string;
  readonly typedMarks: string | null;
  /** The units of the segment's type when there are any, else every unit of the name. */
  readonly named: readonly { readonly unit: Unit; readonly edits: number }[];
  /** 1 when the type word fits, -1 when it fits none of the units, 0 without one. */
  readonly typeScore: number;
}

function targetOf(segment: Segment, words: PlaceWords, index: UnitIndex, lookup: NameLookup): Target | null {
  const hits = lookup(segment.start, segment.end);
  if (hits.length === 0) return null;
  const typed = words.raw.slice(segment.start, segment.end).join(' ');
  const named = hits.flatMap((hit) => index.unitsNamed(hit.key).map((unit) => ({ unit, edits: hit.edits })));
  const typeWord = segment.typeWord;
  const fitting = typeWord ? named.filter((n) => typeWord.accepts(n.unit)) : named;
  return {
    typed,
    typedMarks: hasVietnameseMarks(typed) ? markKey(typed) : null,
    named: fitting.length > 0 ? fitting : named,
    typeScore: typeWord ? (fitting.length > 0 ? 1 : -1) : 0,
  };
}

/** A key for a segment: its span and type word. */
function segmentKey(segment: Segment): string {
  return `${segment.start}:${segment.end}:${segment.typeWord?.tokens.join(' ') ?? ''}`;
}

/** How `scoreCandidates` reads the words. */
export interface ScoreOptions {
  /** Whether the name may also come last ("Nghệ An, Vinh"). */
  readonly reordered: boolean;
  /**
   * Looks up qualifiers when it may be narrower than `lookup`: it must find every name of a
   * parent unit that `lookup` finds (qualifiers are only ever compared with ancestors' names).
   */
  readonly qualifierLookup?: NameLookup;
}

/** Scores the units named by every reading; `lookup` decides whether typos are allowed. */
export function scoreCandidates(readings: readonly Reading[], words: PlaceWords, index: UnitIndex, lookup: NameLookup, options: ScoreOptions): Candidate[] {
  const qualifierLookup = options.qualifierLookup ?? lookup;
  const best = new Map<number, Candidate>();
  // A reading that takes a qualifier's first words out of the name ("Nam Hà" + "Lâm Hà") waits
  // until every reading is known: it loses its WHOLE point when those words also spell the exact
  // name of a unit that some reading names ("Nam Hà Lâm Hà").
  const splitting: { readonly candidate: Candidate; readonly start: number; readonly end: number }[] = [];
  /** The furthest end of an exactly spelled name, by start, among names that named a candidate. */
  const wholeEnds = new Map<number, number>();
  const keep = (candidate: Candidate) => {
    const known = best.get(candidate.unit.id);
    if (!known || compareScores(candidate.score, known.score) < 0) best.set(candidate.unit.id, candidate);
  };
  const hitMaps = new Map<string, ReadonlyMap<string, number>>();
  const hitMap = (segment: Segment): ReadonlyMap<string, number> => {
    const span = `${segment.start}:${segment.end}`;
    let hits = hitMaps.get(span);
    if (!hits) {
      hits = new Map(qualifierLookup(segment.start, segment.end).map((h) => [h.key, h.edits]));
      hitMaps.set(span, hits);
    }
    return hits;
  };
  // Readings share their segments: what a target names is worked out once per call.
  const targets = new Map<string, Target | null>();
  const targetOnce = (segment: Segment): Target | null => {
    const key = segmentKey(segment);
    let target = targets.get(key);
    if (target === undefined) {
      target = targetOf(segment, words, index, lookup);
      targets.set(key, target);
    }
    return target;
  };
  for (const reading of readings) {
    const orientations = reading.length > 1 && options.reordered ? [false, true] : [false];
    for (const reversed of orientations) {
      const segment = (reversed ? reading.at(-1) : reading[0]) as Segment;
      const target = targetOnce(segment);
      if (target === null) continue;
      const qualifiersFollow = !reversed && reading.length > 1;
      const qualifiers = reversed ? reading.slice(0, -1) : reading.slice(1);
      const qualifierHits = qualifiers.map((q) => hitMap(q));
      if (qualifierHits.some((hits) => hits.size === 0)) continue;
      const qualifierTypes = qualifiers.filter((q) => q.typeWord !== null).length;
      const { typed, typedMarks, typeScore } = target;
      for (const { unit, edits } of target.named) {
        let qualifierEdits = 0;
        let strength = 0;
        let fitsAll = true;
        for (let i = 0; i < qualifiers.length; i++) {
          const fit = qualify(unit, qualifiers[i] as Segment, qualifierHits[i] as ReadonlyMap<string, number>, index);
          if (!fit) {
            fitsAll = false;
            break;
          }
          qualifierEdits += fit.edits;
          strength += fit.strength;
        }
        if (!fitsAll) continue;
        const marks = typedMarks !== null && typedMarks === index.nameMarks(unit) ? 1 : 0;
        if (edits === 0 && (wholeEnds.get(segment.start) ?? 0) < segment.end) wholeEnds.set(segment.start, segment.end);
        const candidate: Candidate = {
          unit,
          score: [-(edits + qualifierEdits), typeScore + qualifierTypes, 1, strength, isCurrentProvince(unit, index) ? 1 : 0, marks, reversed ? -1 : 0],
          matched: typed,
          corrected: edits + qualifierEdits > 0 || typeScore < 0,
        };
        if (qualifiersFollow) splitting.push({ candidate, start: segment.start, end: segment.end });
        else keep(candidate);
      }
    }
  }
  for (const { candidate, start, end } of splitting) {
    if ((wholeEnds.get(start) ?? 0) <= end) keep(candidate);
    else keep({ ...candidate, score: candidate.score.map((element, i) => (i === WHOLE ? 0 : element)) });
  }
  return [...best.values()];
}
