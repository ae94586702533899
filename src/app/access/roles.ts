/**
 * Who may do what. Focal points submit for their own units only; the provincial statistics office
 * submits its province's denominators only; officials query and see completeness for their
 * provinces; an administrator manages the unit assigned and everything under it. The console's
 * local administrator may do everything.
 */
import { STATISTICS_KEYS } from '../../core/submission/index.js';
import { fold } from '../../core/text/fold.js';
import { COUNT_KEYS, type CountKey, type Role, type Unit } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { Person } from '../../ports/people-store.js';
import type { Speaker } from '../turn.js';

/**
 * The counts the person may submit for that unit: every key as its focal point, the denominators
 * (ld, ds, sth) as its statistics office, none otherwise. A person holding both roles has the wider.
 */
export function submittableKeys(person: Person | null, unitId: number): readonly CountKey[] {
  const roles = new Set((person?.assignments ?? []).filter((a) => a.unitId === unitId).map((a) => a.role));
  if (roles.has('focal_point')) return COUNT_KEYS;
  return roles.has('statistics') ? STATISTICS_KEYS : [];
}

/** Whether the person may submit figures for that unit (as its focal point or its statistics office). */
export function canSubmitFor(person: Person | null, unitId: number): boolean {
  return submittableKeys(person, unitId).length > 0;
}

/**
 * The provinces whose figures and completeness the person follows: the province of each unit they
 * are an official or an administrator of, once each, in assignment order. Those who report (focal
 * points, the statistics office) follow only what they report.
 */
export function officialProvinces(person: Person | null, index: UnitIndex): Unit[] {
  const provinces = new Map<number, Unit>();
  for (const assignment of person?.assignments ?? []) {
    if (assignment.role !== 'official' && assignment.role !== 'admin') continue;
    const unit = index.get(assignment.unitId);
    if (unit) {
      const province = index.provinceOf(unit);
      provinces.set(province.id, province);
    }
  }
  return [...provinces.values()];
}

/** Whether the speaker administers the unit: the local administrator, or an admin of it or of an ancestor. */
export function isAdmin(speaker: Speaker, unit: Unit, index: UnitIndex): boolean {
  if (speaker.localAdmin) return true;
  const covering = new Set([unit.id, ...index.ancestorsOf(unit).map((u) => u.id)]);
  return speaker.person?.assignments.some((a) => a.role === 'admin' && covering.has(a.unitId)) ?? false;
}

/** Whether the speaker administers anything at all (may use the admin commands). */
export function isAnyAdmin(speaker: Speaker): boolean {
  return speaker.localAdmin || (speaker.person?.assignments.some((a) => a.role === 'admin') ?? false);
}

/** Whether the speaker may use the bot beyond registering: the local admin or someone holding a role. */
export function isRegistered(speaker: Speaker): boolean {
  return speaker.localAdmin || (speaker.person?.assignments.length ?? 0) > 0;
}

/** The unit's id and the ids of every unit under it. */
export function unitAndDescendants(unitIds: readonly number[], index: UnitIndex): number[] {
  const ids = new Set<number>();
  const stack = [...unitIds];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (ids.has(id)) continue;
    ids.add(id);
    for (const child of index.childrenOf(id)) stack.push(child.id);
  }
  return [...ids];
}

/**
 * The ids of every unit the speaker administers (their admin units and all descendants), or 'all'
 * for the local administrator.
 */
export function adminScope(speaker: Speaker, index: UnitIndex): readonly number[] | 'all' {
  if (speaker.localAdmin) return 'all';
  const adminUnits = (speaker.person?.assignments ?? []).filter((a) => a.role === 'admin').map((a) => a.unitId);
  return unitAndDescendants(adminUnits, index);
}

const ROLE_WORDS: ReadonlyMap<string, Role> = new Map([
  ['focal point', 'focal_point'],
  ['focal', 'focal_point'],
  ['dau moi', 'focal_point'],
  ['daumoi', 'focal_point'],
  ['official', 'official'],
  ['can bo', 'official'],
  ['canbo', 'official'],
  ['can bo theo doi', 'official'],
  ['admin', 'admin'],
  ['administrator', 'admin'],
  ['quan tri', 'admin'],
  ['quan tri vien', 'admin'],
  ['quantri', 'admin'],
  ['statistics', 'statistics'],
  ['statistics office', 'statistics'],
  ['stats', 'statistics'],
  ['thong ke', 'statistics'],
  ['thongke', 'statistics'],
  ['can bo thong ke', 'statistics'],
  ['cuc thong ke', 'statistics'],
  ['chi cuc thong ke', 'statistics'],
]);

/**
 * Reads a role word: "focal_point", "đầu mối", "dau moi", "cán bộ", "quan tri", "thống kê", "Cục Thống kê" …;
 * null when it is none.
 */
export function readRole(text: string): Role | null {
  return ROLE_WORDS.get(fold(text)) ?? null;
}
