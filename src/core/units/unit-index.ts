/**
 * An immutable in-memory index over the administrative units of both structures and their
 * lineage, built once from plain rows: parent/child links, successions both ways, and the folded
 * names that place resolution looks up (exactly or within a typo or two).
 */

import { fold, markKey } from '../text/fold.js';
import { buildTypoIndex, type TypoMatch } from '../text/typo-index.js';
import type { Succession, Unit } from '../types.js';

/** A unit linked through a succession, with how much of it and how sure the link is. */
export interface LinkedUnit {
  readonly unit: Unit;
  readonly part: Succession['part'];
  readonly confidence: Succession['confidence'];
}

/** Read-only access to the units, their hierarchy, lineage and names. */
export interface UnitIndex {
  /** Every unit, in the order given. */
  readonly units: readonly Unit[];
  get(id: number): Unit | undefined;
  /** The parent unit, or null for a province (or a dangling parent id). */
  parentOf(unit: Unit): Unit | null;
  /** Parent, grandparent …, nearest first. */
  ancestorsOf(unit: Unit): readonly Unit[];
  /** The top ancestor: the province itself for a province. */
  provinceOf(unit: Unit): Unit;
  childrenOf(id: number): readonly Unit[];
  /** Units this one went into (whole or in part), surest first. */
  successorsOf(id: number): readonly LinkedUnit[];
  /** Units that went into this one, surest first. */
  predecessorsOf(id: number): readonly LinkedUnit[];
  /** True when the unit has ended and something succeeded it. */
  isDissolved(unit: Unit): boolean;
  /** Units whose folded name (Vietnamese or English) is exactly `foldedName`. */
  unitsNamed(foldedName: string): readonly Unit[];
  /** Folded names within one or two edits of `foldedName` (never itself), closest first. */
  namesNear(foldedName: string): readonly TypoMatch[];
  /**
   * Like `namesNear`, but only among the names of units that are some unit's parent: the only
   * names a qualifier ("… Tây Ninh") can match, and far fewer to search.
   */
  parentNamesNear(foldedName: string): readonly TypoMatch[];
  /** The unit's folded names: Vietnamese first, then English when it folds differently. */
  foldedNames(unit: Unit): readonly string[];
  /** The unit's name as `markKey` keys it (diacritics kept, tone placement ignored). */
  nameMarks(unit: Unit): string;
}

const CONFIDENCE_RANK: Record<Succession['confidence'], number> = { high: 0, medium: 1, low: 2 };
const NONE: readonly never[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function bySureness(a: LinkedUnit, b: LinkedUnit): number {
  return CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || (a.part === 'full' ? 0 : 1) - (b.part === 'full' ? 0 : 1);
}

/** Builds the index; successions that name an unknown unit are ignored. */
export function buildUnitIndex(units: readonly Unit[], successions: readonly Succession[]): UnitIndex {
  const byId = new Map<number, Unit>();
  const children = new Map<number, Unit[]>();
  const byName = new Map<string, Unit[]>();
  const foldedNames = new Map<number, readonly string[]>();
  const marks = new Map<number, string>();
  for (const unit of units) byId.set(unit.id, unit);
  for (const unit of units) {
    if (unit.parentId !== null) push(children, unit.parentId, unit);
    const names = [...new Set([fold(unit.name), fold(unit.nameEn)])].filter((name) => name !== '');
    foldedNames.set(unit.id, names);
    for (const name of names) push(byName, name, unit);
  }
  const successors = new Map<number, LinkedUnit[]>();
  const predecessors = new Map<number, LinkedUnit[]>();
  for (const link of successions) {
    const from = byId.get(link.fromUnitId);
    const to = byId.get(link.toUnitId);
    if (!from || !to) continue;
    push(successors, from.id, { unit: to, part: link.part, confidence: link.confidence });
    push(predecessors, to.id, { unit: from, part: link.part, confidence: link.confidence });
  }
  for (const list of successors.values()) list.sort(bySureness);
  for (const list of predecessors.values()) list.sort(bySureness);
  const typos = buildTypoIndex(byName.keys());
  const parentTypos = buildTypoIndex(
    [...children.keys()].flatMap((id) => {
      const parent = byId.get(id);
      return parent ? (foldedNames.get(parent.id) ?? []) : [];
    }),
  );

  const parentOf = (unit: Unit): Unit | null => (unit.parentId === null ? null : (byId.get(unit.parentId) ?? null));
  // Worked out on first use and kept: resolution asks for the same few chains over and over.
  const chains = new Map<number, readonly Unit[]>();
  const ancestorsOf = (unit: Unit): readonly Unit[] => {
    // Only this index's own units are remembered: another object may carry the same id.
    const own = byId.get(unit.id) === unit;
    const known = own ? chains.get(unit.id) : undefined;
    if (known) return known;
    const chain: Unit[] = [];
    for (let parent = parentOf(unit); parent !== null && chain.length < 8; parent = parentOf(parent)) chain.push(parent);
    Object.freeze(chain);
    if (own) chains.set(unit.id, chain);
    return chain;
  };
  return {
    units,
    get: (id) => byId.get(id),
    parentOf,
    ancestorsOf,
    provinceOf: (unit) => ancestorsOf(unit).at(-1) ?? unit,
    childrenOf: (id) => children.get(id) ?? NONE,
    successorsOf: (id) => successors.get(id) ?? NONE,
    predecessorsOf: (id) => predecessors.get(id) ?? NONE,
    isDissolved: (unit) => unit.validTo !== null && (successors.get(unit.id)?.length ?? 0) > 0,
    unitsNamed: (name) => byName.get(name) ?? NONE,
    namesNear: (name) => typos.near(name),
    parentNamesNear: (name) => parentTypos.near(name),
    foldedNames: (unit) => foldedNames.get(unit.id) ?? [fold(unit.name)],
    nameMarks: (unit) => {
      // Computed on first use: only the few candidates of a query ever need it.
      let key = marks.get(unit.id);
      if (key === undefined) {
        key = markKey(unit.name);
        marks.set(unit.id, key);
      }
      return key;
    },
  };
}

/**
 * The units of a post-2025 unit's own level that went into it, surest first, at most `max` (a commune's
 * old communes, a province's old provinces); none for a unit of the old structure.
 */
export function sameLevelPredecessors(index: UnitIndex, unit: Unit, max: number): readonly LinkedUnit[] {
  if (unit.structure !== 'post2025') return [];
  return index
    .predecessorsOf(unit.id)
    .filter((p) => p.unit.level === unit.level)
    .slice(0, max);
}
