/** The line that tells a focal point how to send the figures a coverage answer lacks. */
import { nextDeadline, schedulesForLevel } from '../core/calendar/index.js';
import { labelPeriod } from '../core/periods/index.js';
import { wording } from '../core/answer/wording.js';
import type { Language, Unit } from '../core/types.js';
import { focalUnitIds } from './submission-unit.js';
import type { AppDeps, Turn } from './turn.js';

/**
 * For a focal point of the unit only: how to send the figures of the period due next (never an
 * example period, which a hurried reader could send back as real data). Null for everyone else.
 */
export function submitHint(turn: Turn, deps: Pick<AppDeps, 'schedules'>, unit: Unit, lang: Language): string | null {
  if (!focalUnitIds(turn.speaker).includes(unit.id)) return null;
  const next = schedulesForLevel(deps.schedules(), unit.level)
    .map((s) => nextDeadline(s, turn.today))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0];
  return next ? wording(lang).submitHint(labelPeriod(next.period, lang)) : null;
}
