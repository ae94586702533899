/** The line that tells a focal point how to send the figures a coverage answer lacks. */

import { wording } from '../../core/answer/wording.js';
import { submissionPeriod } from '../../core/calendar/index.js';
import { labelPeriod } from '../../core/periods/index.js';
import type { Language, Unit } from '../../core/types.js';
import { daysOffOf, unitCalendar } from '../calendar/calendar.js';
import { focalUnitIds } from '../submission/submission-unit.js';
import type { AppDeps, Turn } from '../turn.js';

/**
 * For a focal point of the unit only: how to send the figures of the open period (never an
 * example period, which a hurried reader could send back as real data). Null for everyone else.
 */
export function submitHint(turn: Turn, deps: Pick<AppDeps, 'schedules' | 'units' | 'daysOff'>, unit: Unit, lang: Language): string | null {
  if (!focalUnitIds(turn.speaker).includes(unit.id)) return null;
  // The period a submission naming none would go to, so that the hint and the receipt agree.
  const next = submissionPeriod(unitCalendar(deps, unit), turn.today, daysOffOf(deps));
  return next ? wording(lang).submitHint(labelPeriod(next.period, lang)) : null;
}
