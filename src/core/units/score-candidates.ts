/**
 * Scores every unit that some reading of the place words could name. A score is compared
 * element by element, larger first: fewer edits, type word honoured, qualifiers matched by a
 * real ancestor, marks typed as in the name, name before its qualifiers, current province.
 */
import type { Unit } from '../types.js';
import { hasVietnameseMarks, markKey } from '../text/fold.js';
import type { TypeWord } from './type-words.js';
import type { UnitIndex } from './unit-index.js';
import type { PlaceWords, Reading, Segment } from './place-words.js';

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

function distanceTo(unit: Unit, typeWord: TypeWord | null, hits: ReadonlyMap<string, number>, index: UnitIndex): number | undefined {
  if (typeWord && !typeWord.accepts(unit)) return undefined;
  let best: number | undefined;
  for (const name of index.foldedNames(unit)) {
    const edits = hits.get(name);
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

function qualify(unit: Unit, segment: Segment, hits: ReadonlyMap<string, number>, index: UnitIndex): Fit | undefined {
  let best: Fit | undefined;
  const consider = (ancestor: Unit, strength: number) => {
    const edits = distanceTo(ancestor, segment.typeWord, hits, index);
    if (edits === undefined) return;
    if (!best || edits < best.edits || (edits === best.edits && strength > best.strength)) best = { edits, strength };
  };
  for (const ancestor of index.ancestorsOf(unit)) consider(ancestor, DIRECT);
  if (best?.strength === DIRECT) return best;
  for (const linked of [...index.predecessorsOf(unit.id), ...index.successorsOf(unit.id)]) {
    for (const ancestor of index.ancestorsOf(linked.unit)) consider(ancestor, THROUGH_LINEAGE);
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
export function scoreCandidates(
  readings: readonly Reading[],
  words: PlaceWords,
  index: UnitIndex,
  lookup: NameLookup,
  options: ScoreOptions,
): Candidate[] {
  const qualifierLookup = options.qualifierLookup ?? lookup;
  const best = new Map<number, Candidate>();
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
  const fits = new Map<string, Fit | undefined>();
  const qualifyOnce = (unit: Unit, segment: Segment, hits: ReadonlyMap<string, number>): Fit | undefined => {
    const key = `${unit.id}:${segment.start}:${segment.end}:${segment.typeWord?.tokens.join(' ') ?? ''}`;
    if (!fits.has(key)) fits.set(key, qualify(unit, segment, hits, index));
    return fits.get(key);
  };
  for (const reading of readings) {
    const orientations = reading.length > 1 && options.reordered ? [false, true] : [false];
    for (const reversed of orientations) {
      const target = (reversed ? reading.at(-1) : reading[0]) as Segment;
      const qualifiers = reversed ? reading.slice(0, -1) : reading.slice(1);
      const targetHits = lookup(target.start, target.end);
      if (targetHits.length === 0) continue;
      const qualifierHits = qualifiers.map((q) => hitMap(q));
      if (qualifierHits.some((hits) => hits.size === 0)) continue;
      const typed = words.raw.slice(target.start, target.end).join(' ');
      const typedMarks = hasVietnameseMarks(typed) ? markKey(typed) : null;
      const named = targetHits.flatMap((hit) => index.unitsNamed(hit.key).map((unit) => ({ unit, edits: hit.edits })));
      const typeWord = target.typeWord;
      const fitting = typeWord ? named.filter((n) => typeWord.accepts(n.unit)) : named;
      const typeScore = typeWord ? (fitting.length > 0 ? 1 : -1) : 0;
      for (const { unit, edits } of fitting.length > 0 ? fitting : named) {
        let qualifierEdits = 0;
        let strength = 0;
        let fitsAll = true;
        for (const [i, segment] of qualifiers.entries()) {
          const fit = qualifyOnce(unit, segment, qualifierHits[i] as ReadonlyMap<string, number>);
          if (!fit) {
            fitsAll = false;
            break;
          }
          qualifierEdits += fit.edits;
          strength += fit.strength;
        }
        if (!fitsAll) continue;
        const qualifierTypes = qualifiers.filter((q) => q.typeWord !== null).length;
        const marks = typedMarks !== null && typedMarks === index.nameMarks(unit) ? 1 : 0;
        keep({
          unit,
          score: [-(edits + qualifierEdits), typeScore + qualifierTypes, strength, marks, reversed ? -1 : 0, isCurrentProvince(unit, index) ? 1 : 0],
          matched: typed,
          corrected: edits + qualifierEdits > 0 || typeScore < 0,
        });
      }
    }
  }
  return [...best.values()];
}
