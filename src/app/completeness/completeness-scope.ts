/**
 * Whose completeness a question is about, and whether the speaker may see it.
 *
 * - Expected units are the current (post-2025) units: a province's communes, wards and special
 *   zones in force today. Reports are submitted by the units that exist now, whatever period they
 *   cover, so a question on 2024 is still answered over the current communes.
 * - An old (pre-2025) province stands for the province it was merged into; an old district or
 *   commune for the current communes it went into (whole or in part); a current commune for itself.
 * - Administrators (any admin role) and the console's local administrator see any province; officials
 *   see the provinces of their assignments. With no place named, an official or administrator gets
 *   each of their provinces; the local administrator is asked which.
 * - A focal point (with no other role) does not see other units' status: they get their own units'
 *   status, with a note saying so. That keeps the question useful without showing province lists.
 */

import { composeOwnUnitsNote, composeSucceededNote } from '../../core/completeness/index.js';
import type { Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import { officialProvinces } from '../access/roles.js';
import { focalUnitIds } from '../submission/submission-unit.js';
import type { Speaker } from '../turn.js';

/** A set of units a completeness answer is about. */
export interface CompletenessScope {
  /** The scope, described in the reply language. */
  readonly label: string;
  readonly unitNoun: 'communes' | 'units';
  /** The units expected to report, in GSO order. */
  readonly units: readonly Unit[];
  /** The current provinces the scope lies in (for permissions). */
  readonly provinceIds: readonly number[];
  /** A line to put before the answer, or null. */
  readonly note: string | null;
}

/** What the speaker may see: every province, some provinces, only their own units, or nothing. */
export type Visibility =
  | { readonly kind: 'all'; readonly own: readonly Unit[] }
  | { readonly kind: 'provinces'; readonly own: readonly Unit[] }
  | { readonly kind: 'own-units'; readonly units: readonly Unit[] }
  | { readonly kind: 'none' };

const byCode = (a: Unit, b: Unit): number => a.code.localeCompare(b.code);
const inForce =
  (today: string) =>
  (u: Unit): boolean =>
    u.validTo === null || u.validTo >= today;

/** The current province a province stands for: itself, or the province an old one was merged into. */
export function currentProvince(province: Unit, index: UnitIndex): Unit {
  if (province.structure === 'post2025') return province;
  return index.successorsOf(province.id).find((s) => s.unit.level === 'province' && s.unit.structure === 'post2025')?.unit ?? province;
}

/** What the speaker may see (see the rules above). */
export function visibilityOf(speaker: Speaker, index: UnitIndex): Visibility {
  const person = speaker.person;
  const own = [
    ...new Map(
      officialProvinces(person, index)
        .map((p) => currentProvince(p, index))
        .map((p) => [p.id, p]),
    ).values(),
  ];
  if (speaker.localAdmin || person?.assignments.some((a) => a.role === 'admin')) return { kind: 'all', own };
  if (own.length > 0) return { kind: 'provinces', own };
  const units = focalUnitIds(speaker)
    .map((id) => index.get(id))
    .filter((u): u is Unit => u !== undefined);
  return units.length > 0 ? { kind: 'own-units', units: units.sort(byCode) } : { kind: 'none' };
}

function provincesOf(units: readonly Unit[], fallback: Unit, index: UnitIndex): number[] {
  const provinces = (units.length > 0 ? units : [fallback]).map((u) => currentProvince(index.provinceOf(u), index).id);
  return [...new Set(provinces)];
}

/** The scope a named unit stands for, described in `lang`. */
export function scopeOfUnit(unit: Unit, index: UnitIndex, lang: Language, today: string): CompletenessScope {
  const label = (u: Unit) => describeUnit(u, index, lang);
  if (unit.level === 'province') {
    const province = currentProvince(unit, index);
    const units = index
      .childrenOf(province.id)
      .filter((u) => u.level === 'commune')
      .filter(inForce(today))
      .sort(byCode);
    const note = province.id === unit.id ? null : composeSucceededNote(lang, label(unit), label(province));
    return { label: label(province), unitNoun: 'communes', units, provinceIds: [province.id], note };
  }
  if (unit.structure === 'post2025') {
    return { label: label(unit), unitNoun: 'units', units: [unit], provinceIds: provincesOf([unit], unit, index), note: null };
  }
  const successors = index
    .successorsOf(unit.id)
    .map((s) => s.unit)
    .filter((u) => u.structure === 'post2025' && u.level === 'commune');
  const units = [...new Map(successors.filter(inForce(today)).map((u) => [u.id, u])).values()].sort(byCode);
  const names =
    units
      .slice(0, 6)
      .map((u) => unitName(u, index, lang))
      .join(', ') + (units.length > 6 ? ' …' : '');
  const note = units.length > 0 ? composeSucceededNote(lang, label(unit), names) : null;
  return { label: label(unit), unitNoun: 'units', units, provinceIds: provincesOf(units, unit, index), note };
}

/** A focal point's own units, with the note that says why only those. */
export function ownUnitsScope(units: readonly Unit[], index: UnitIndex, lang: Language): CompletenessScope {
  const label = units.length === 1 && units[0] ? describeUnit(units[0], index, lang) : lang === 'vi' ? 'Đơn vị của bạn' : 'Your units';
  return { label, unitNoun: 'units', units, provinceIds: provincesOf(units, units[0] as Unit, index), note: composeOwnUnitsNote(lang) };
}

/** A unit's own name without its province: "Phường Thành Vinh", "Thanh Vinh Ward". */
export function unitName(unit: Unit, index: UnitIndex, lang: Language): string {
  // describeUnit puts the unit first and its ancestors after commas; names carry no commas.
  return lang === 'vi' ? unit.fullName : (describeUnit(unit, index, lang).split(', ')[0] ?? unit.nameEn);
}
