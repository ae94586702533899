/**
 * "/trangthai" / "/status": for each unit the sender reports for (as focal point, or as the statistics
 * office for its duties), every open report of its
 * calendar (openPeriods: the same account /lich, completeness and the reminders read) and whether the
 * unit has submitted for it (version, date, on time or late). With nothing open, each schedule's next
 * deadline, so that the listing is never empty while a report is coming.
 */
import { type Deadline, openPeriods, standingOf } from '../../core/calendar/index.js';
import { vietnamDate } from '../../core/civil-time/index.js';
import { composeNoAssignment, composeStatus, type StatusItem } from '../../core/submission/replies.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { SubmissionStore } from '../../ports/submission-store.js';
import { daysOffOf, unitCalendar } from '../calendar/calendar.js';
import { commandLanguage, commandWords } from '../command-word.js';
import type { Feature } from '../turn.js';
import { reportingRoles, submitterUnitIds } from './submission-unit.js';

const STATUS = new Set(['trangthai', 'trang thai', 'status']);

/** Lists the sender's submissions for the open reports. */
export const myStatus: Feature<SubmissionStore> = async (turn, deps) => {
  const words = commandWords(turn.text);
  if (words === null || !STATUS.has(words)) return null;
  const lang = commandLanguage(turn, words === 'status');
  const index = deps.units();
  const units = submitterUnitIds(turn.speaker)
    .map((id) => index.get(id))
    .filter((u) => u !== undefined);
  if (units.length === 0) return { text: composeNoAssignment(lang) };
  const days = daysOffOf(deps);
  const listing = await Promise.all(
    units.map(async (unit) => {
      const calendar = unitCalendar(deps, unit, reportingRoles(turn.speaker, unit.id));
      const open: Deadline[] = openPeriods(calendar, turn.today, days);
      const deadlines = open.length > 0 ? open : calendar.map((s) => standingOf(s, turn.today, days).next).filter((d) => d !== null);
      const items = await Promise.all(
        deadlines.map(async (d): Promise<StatusItem> => {
          const found = await deps.store.findSubmission(unit.id, d.period);
          return {
            scheduleName: lang === 'vi' ? d.schedule.nameVi : d.schedule.nameEn,
            period: d.period,
            due: d.endsOn,
            submitted: found ? { version: found.version, on: vietnamDate(new Date(found.createdAt)), onTime: found.onTime } : null,
          };
        }),
      );
      return { label: describeUnit(unit, index, lang), items };
    }),
  );
  return { text: composeStatus(lang, listing) };
};
