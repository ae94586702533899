/**
 * Who a schedule's reminders are about: the current (post-2025) units of its audience level, in its
 * province or everywhere. Linked groups see the part of the audience under the unit they are linked to.
 */
import type { ReportingSchedule } from '../../core/reminders/types.js';
import type { Unit } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';

/** The schedule's audience, in the index's order. */
export function audienceOf(schedule: ReportingSchedule, index: UnitIndex): Unit[] {
  return index.units.filter(
    (u) =>
      u.structure === 'post2025' &&
      u.validTo === null &&
      u.level === schedule.audienceLevel &&
      (schedule.provinceId === null || index.provinceOf(u).id === schedule.provinceId),
  );
}

/** Whether `unit` is `ancestorId` or lies under it. */
export function isWithin(unit: Unit, ancestorId: number, index: UnitIndex): boolean {
  return unit.id === ancestorId || index.ancestorsOf(unit).some((a) => a.id === ancestorId);
}

/** The units that can hold a group link covering some of the audience: the audience units and their ancestors. */
export function linkableUnitIds(audience: readonly Unit[], index: UnitIndex): number[] {
  const ids = new Set<number>();
  for (const unit of audience) {
    ids.add(unit.id);
    for (const ancestor of index.ancestorsOf(unit)) ids.add(ancestor.id);
  }
  return [...ids];
}
