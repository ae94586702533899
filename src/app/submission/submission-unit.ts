/**
 * Which unit a submission is for. A focal point submits only for units they are assigned to: the one
 * unit when they have one and named none, else the unit they named among theirs. The statistics office
 * picks its province the same way (what it may send there is submittableKeys' rule). The console's
 * local administrator may submit for any unit, and must name it.
 */

import { keysOutside, STATISTICS_KEYS, type SubmissionProblem } from '../../core/submission/index.js';
import {
  composeAdminNameTheUnit,
  composeNameTheUnit,
  composeNoAssignment,
  composeNotYourUnit,
  composeStatisticsKeysOnly,
} from '../../core/submission/replies.js';
import type { CountKey, Counts, Language, Role, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { resolvePlace } from '../../core/units/resolve-place.js';
import { buildUnitIndex, type UnitIndex } from '../../core/units/unit-index.js';
import { submittableKeys } from '../access/roles.js';
import type { Speaker } from '../turn.js';

/** The unit chosen, or the reply that refuses. */
export type UnitChoice = { readonly kind: 'ok'; readonly unit: Unit } | { readonly kind: 'refused'; readonly text: string };

/** The units the speaker is focal point for (active assignments only). */
export function focalUnitIds(speaker: Speaker): number[] {
  return (speaker.person?.assignments ?? []).filter((a) => a.role === 'focal_point').map((a) => a.unitId);
}

/** The reporting roles (focal point, statistics office) the speaker holds for a unit. */
export function reportingRoles(speaker: Speaker, unitId: number): Role[] {
  return (speaker.person?.assignments ?? []).filter((a) => a.unitId === unitId && (a.role === 'focal_point' || a.role === 'statistics')).map((a) => a.role);
}

/** The units the speaker may submit for: as focal point or as statistics office, each once. */
export function submitterUnitIds(speaker: Speaker): number[] {
  const reporting = (speaker.person?.assignments ?? []).filter((a) => a.role === 'focal_point' || a.role === 'statistics');
  return [...new Set(reporting.map((a) => a.unitId))];
}

/**
 * The keys of `counts` the speaker may not send for the unit (a statistics office sending
 * participants); none for the console's local administrator, who may submit anything anywhere.
 */
export function refusedKeys(speaker: Speaker, unitId: number, counts: Counts): CountKey[] {
  return speaker.localAdmin ? [] : keysOutside(counts, submittableKeys(speaker.person, unitId));
}

/**
 * For someone who reports only as a statistics office: the reply to a message with words that are no
 * key ("bhxh 41.200"), naming the keys they may send rather than every key of the grammar, which they
 * could not send either. Null for anyone else, or when no word was taken for an unknown key.
 */
export function statisticsOnlyRefusal(speaker: Speaker, problems: readonly SubmissionProblem[], lang: Language): string | null {
  const roles = new Set((speaker.person?.assignments ?? []).map((a) => a.role));
  if (speaker.localAdmin || roles.has('focal_point') || !roles.has('statistics')) return null;
  const unknown = problems.flatMap((p) => (p.code === 'unknown_key' && p.key !== undefined ? [p.key] : []));
  return unknown.length > 0 ? composeStatisticsKeysOnly(lang, unknown, STATISTICS_KEYS) : null;
}

/**
 * The one assigned unit that `unitText` names. Resolution runs over an index of the assigned units
 * and their ancestors only (so "Thành Vinh, Nghệ An" still reads), and then over the whole index, in
 * case the words name an assigned unit only in full context.
 */
function namedAmong(unitText: string, assigned: readonly Unit[], index: UnitIndex): Unit | null {
  const ids = new Set(assigned.map((u) => u.id));
  const withAncestors = new Map<number, Unit>();
  for (const unit of assigned) for (const u of [unit, ...index.ancestorsOf(unit)]) withAncestors.set(u.id, u);
  for (const within of [buildUnitIndex([...withAncestors.values()], []), index]) {
    const place = resolvePlace(unitText, within);
    if (place.kind === 'found' && ids.has(place.unit.id)) return place.unit;
    if (place.kind === 'ambiguous') {
      const mine = place.candidates.filter((u) => ids.has(u.id));
      if (mine.length === 1 && mine[0]) return mine[0];
    }
  }
  return null;
}

/** The local administrator's named unit, from the whole index. */
function adminUnit(unitText: string | null, index: UnitIndex, lang: Language): UnitChoice {
  const label = (u: Unit) => describeUnit(u, index, lang);
  if (unitText === null) return { kind: 'refused', text: composeAdminNameTheUnit(lang, null, []) };
  const place = resolvePlace(unitText, index);
  switch (place.kind) {
    case 'found':
      return { kind: 'ok', unit: place.unit };
    case 'ambiguous':
      return { kind: 'refused', text: composeAdminNameTheUnit(lang, unitText, place.candidates.map(label)) };
    case 'unknown':
      return { kind: 'refused', text: composeAdminNameTheUnit(lang, unitText, place.suggestions.map(label)) };
    case 'none':
      return { kind: 'refused', text: composeAdminNameTheUnit(lang, null, []) };
  }
}

/** Picks the unit of a submission, or explains why none can be picked. */
export function chooseSubmissionUnit(speaker: Speaker, unitText: string | null, index: UnitIndex, lang: Language): UnitChoice {
  const assigned = submitterUnitIds(speaker)
    .map((id) => index.get(id))
    .filter((u): u is Unit => u !== undefined);
  const labels = () => assigned.map((u) => describeUnit(u, index, lang));
  if (unitText === null && assigned.length === 1 && assigned[0]) return { kind: 'ok', unit: assigned[0] };
  if (unitText !== null) {
    const unit = namedAmong(unitText, assigned, index);
    if (unit) return { kind: 'ok', unit };
  }
  if (speaker.localAdmin) return adminUnit(unitText, index, lang);
  if (assigned.length === 0) return { kind: 'refused', text: composeNoAssignment(lang) };
  if (unitText === null) return { kind: 'refused', text: composeNameTheUnit(lang, labels()) };
  return { kind: 'refused', text: composeNotYourUnit(lang, unitText, labels()) };
}
