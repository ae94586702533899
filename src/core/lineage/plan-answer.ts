/**
 * What to answer a question about units with, once its place is known: what an old unit went into
 * (forward), what a new unit was formed from (backward), or the sub-units of a unit in one structure.
 *
 * Rules, in order:
 * - A lineage question goes forward from an old unit and backward from a new one. Asked forward of
 *   a new unit that continues an old one of its name (the province Nghệ An, a ward kept whole), it
 *   goes forward from that old one; asked backward of an old unit, it lists what the old unit was
 *   made of (its own sub-units).
 * - Sub-units are read in the structure asked ("trước đây": before 1 July 2025, "hiện nay": from
 *   it), else in the one that has them: districts, towns and townships only before; else the
 *   structure of the unit found. A province is followed to its namesake in the other structure;
 *   a unit with no namesake there is answered by its lineage instead ("TP Vinh hiện nay có những
 *   phường nào": what Vinh went into).
 * - Asked what a current unit is made of, by sub-units of a lower level ("which wards make up Hai
 *   Phong"), the answer is its sub-units.
 * - Sub-units asked of a unit no bigger than them ("Pleiku thuộc tỉnh nào") or of a unit that has
 *   none (a commune) are answered by the lineage.
 */

import { fold } from '../text/fold.js';
import type { Structure, Unit, UnitLevel } from '../types.js';
import type { UnitIndex } from '../units/unit-index.js';
import type { AskedWhen, UnitQuestionKind } from './read-unit-question.js';
import { type AskedUnits, isAsked } from './unit-terms.js';

/** The sub-units of one unit, in its own structure. */
export interface SubunitsPlan {
  readonly kind: 'subunits';
  /** The unit whose sub-units are given (the namesake of the unit found, when the structure asked is the other). */
  readonly unit: Unit;
  readonly asked: AskedUnits;
  /** Only the count (and its breakdown) was asked. */
  readonly countOnly: boolean;
  /** Every sub-unit at the level asked, in the order of the list. */
  readonly all: readonly Unit[];
  /** Those of the types asked (all of them when a whole level was asked). */
  readonly matching: readonly Unit[];
  /** The level asked exists no more: the answer is the old structure's, and says so. */
  readonly levelGone: boolean;
}

/** What to answer with. */
export type UnitAnswerPlan = { readonly kind: 'forward'; readonly unit: Unit } | { readonly kind: 'backward'; readonly unit: Unit } | SubunitsPlan;

/** The question as the planner needs it. */
export interface PlanQuestion {
  readonly kind: UnitQuestionKind;
  readonly asked: AskedUnits | null;
  readonly when: AskedWhen;
}

const LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { province: 0, district: 1, commune: 2 };
/** Types that exist only before 1 July 2025. */
const OLD_ONLY_TYPES: ReadonlySet<string> = new Set([
  'district',
  'urban_district',
  'district_level_town',
  'provincial_city',
  'municipal_city',
  'commune_level_town',
]);

/** Plans the answer for `unit`. */
export function planUnitAnswer(question: PlanQuestion, unit: Unit, index: UnitIndex): UnitAnswerPlan {
  const asksBelow = question.asked?.level ? LEVEL_RANK[question.asked.level] > LEVEL_RANK[unit.level] : false;
  // What a current unit is made of, by sub-units of a lower level ("which wards make up Hai Phong"), is its list.
  const madeOf = question.kind === 'backward' && unit.structure === 'post2025' && asksBelow;
  if (!madeOf && (question.kind === 'forward' || question.kind === 'backward' || question.kind === 'lineage')) {
    return lineagePlan(question.kind, unit, index, question.asked);
  }
  const asked = question.asked;
  if (asked?.level && LEVEL_RANK[asked.level] <= LEVEL_RANK[unit.level]) return lineagePlan('lineage', unit, index, null);
  const needsOld = asked !== null && (asked.level === 'district' || asked.typeCodes?.every((t) => OLD_ONLY_TYPES.has(t)) === true);
  const wanted: Structure = question.when === 'before' || needsOld ? 'pre2025' : question.when === 'after' ? 'post2025' : unit.structure;
  const target = namesake(unit, wanted, index);
  if (!target) return lineagePlan(question.when === 'before' ? 'backward' : 'forward', unit, index, null);
  // Asked of today's structure (in words, or by naming a current unit), the level asked is gone: say so.
  const levelGone = needsOld && question.when !== 'before' && (question.when === 'after' || unit.structure === 'post2025');
  const plan = subunitsPlan(target, asked, question.kind === 'count', index, levelGone);
  return plan.all.length > 0 ? plan : lineagePlan('lineage', unit, index, null);
}

/**
 * Whether a plan answers the question as asked, with something to say: used to tell apart places
 * that share a name ("phường Thanh Vinh gồm những phường xã cũ nào" fits the new ward formed from old
 * ones, not the old ward of that name, which was formed from nothing in the data).
 */
export function planFits(question: Pick<PlanQuestion, 'kind'>, plan: UnitAnswerPlan, index: UnitIndex): boolean {
  const content =
    plan.kind === 'forward'
      ? index.successorsOf(plan.unit.id).length > 0
      : plan.kind === 'backward'
        ? index.predecessorsOf(plan.unit.id).length > 0
        : plan.all.length > 0;
  if (question.kind === 'forward') return content && plan.kind === 'forward';
  if (question.kind === 'backward') return content && plan.kind !== 'forward';
  return content;
}

function lineagePlan(kind: 'forward' | 'backward' | 'lineage', unit: Unit, index: UnitIndex, asked: AskedUnits | null): UnitAnswerPlan {
  if (unit.structure === 'pre2025') {
    if (kind === 'backward') {
      const plan = subunitsPlan(unit, asked, false, index, false);
      if (plan.all.length > 0) return plan;
    }
    return { kind: 'forward', unit };
  }
  if (kind === 'forward') {
    const old = namesake(unit, 'pre2025', index);
    if (old) return { kind: 'forward', unit: old };
  }
  return { kind: 'backward', unit };
}

/**
 * The unit itself in its structure, else the unit of the other structure with its level and name
 * that one succeeded the other (old Nghệ An and new Nghệ An); null when there is none.
 */
export function namesake(unit: Unit, structure: Structure, index: UnitIndex): Unit | null {
  if (unit.structure === structure) return unit;
  const links = structure === 'post2025' ? index.successorsOf(unit.id) : index.predecessorsOf(unit.id);
  const name = fold(unit.name);
  return links.find((l) => l.unit.level === unit.level && l.unit.structure === structure && fold(l.unit.name) === name)?.unit ?? null;
}

function subunitsPlan(unit: Unit, asked: AskedUnits | null, countOnly: boolean, index: UnitIndex, levelGone: boolean): SubunitsPlan {
  // The next level down: communes under a current province, districts under an old one.
  const next = index.childrenOf(unit.id)[0]?.level ?? null;
  const level = asked?.level ?? (asked?.typeCodes ? null : next);
  const wanted: AskedUnits = asked && (asked.level !== null || asked.typeCodes !== null) ? asked : { level: next, typeCodes: null };
  const below = descendantsOf(unit, index);
  const all = level === null ? below.filter((u) => isAsked(u, wanted)) : below.filter((u) => u.level === level);
  return { kind: 'subunits', unit, asked: wanted, countOnly, all, matching: all.filter((u) => isAsked(u, wanted)), levelGone };
}

/** Children, then grandchildren, each in the order of the unit list. */
export function descendantsOf(unit: Unit, index: UnitIndex): Unit[] {
  const out: Unit[] = [];
  let layer: readonly Unit[] = [unit];
  for (let depth = 0; depth < 2 && layer.length > 0; depth++) {
    layer = layer.flatMap((u) => index.childrenOf(u.id));
    out.push(...layer);
  }
  return out;
}
