/**
 * Which schedules apply where. A schedule is national (provinceId null) or a province's own; a
 * province's own schedule of a family replaces the national one of that family for its units, on
 * or off, so that a province can adopt a report on its own day, or opt out of one. A family is the
 * key before '@': "monthly@40" is province 40's own "monthly" (an id, not a name, so that a renamed
 * province keeps its calendar).
 */
import type { UnitLevel } from '../types.js';
import { inForce } from './deadlines.js';
import type { Schedule } from './schedules.js';

/** The family of a schedule key: "monthly@40" → "monthly". */
export function familyOf(key: string): string {
  const at = key.indexOf('@');
  return at < 0 ? key : key.slice(0, at);
}

/** The key of a province's own schedule of a family. */
export function provinceKey(family: string, provinceId: number): string {
  return `${familyOf(family)}@${provinceId}`;
}

const isNational = (s: Schedule) => (s.provinceId ?? null) === null;

/**
 * The calendar of `provinceId` (null: the national one alone), on or off: the schedules' order with
 * a province's own in the place of the national one of its family.
 */
export function calendarOf<S extends Schedule>(schedules: readonly S[], provinceId: number | null): S[] {
  const own = new Map(schedules.filter((s) => provinceId !== null && s.provinceId === provinceId).map((s) => [familyOf(s.key), s]));
  const national = schedules.filter(isNational);
  const families = new Set(national.map((s) => familyOf(s.key)));
  return [...national.map((s) => own.get(familyOf(s.key)) ?? s), ...[...own.values()].filter((s) => !families.has(familyOf(s.key)))];
}

/** The schedules in force for units of `provinceId` (see calendarOf), of `level` when given. */
export function schedulesIn<S extends Schedule>(schedules: readonly S[], provinceId: number | null, level?: UnitLevel): S[] {
  return calendarOf(schedules, provinceId).filter((s) => inForce(s) && (level === undefined || s.audienceLevel === undefined || s.audienceLevel === level));
}

/** The provinces that have their own schedule of a national schedule's family: its audience leaves them out. */
export function provincesWithOwn(schedule: Schedule, schedules: readonly Schedule[]): Set<number> {
  if (!isNational(schedule)) return new Set();
  const family = familyOf(schedule.key);
  return new Set(schedules.filter((s) => !isNational(s) && familyOf(s.key) === family).map((s) => s.provinceId as number));
}
