/**
 * "/trangthai" / "/status": for each unit the sender is focal point for, each schedule's next
 * deadline and whether the unit has submitted for its period (version, date, on time or late).
 */
import { nextDeadline, schedulesForLevel } from '../../core/calendar/index.js';
import { composeNoAssignment, composeStatus, type StatusItem } from '../../core/replies/submission-notes.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { commandLanguage, commandWords } from '../command-word.js';
import { focalUnitIds } from '../submission-unit.js';
import { vietnamDate, type Feature } from '../turn.js';

const STATUS = new Set(['trangthai', 'trang thai', 'status']);

/** Lists the sender's submissions for the periods due next. */
export const myStatus: Feature = async (turn, deps) => {
  const words = commandWords(turn.text);
  if (words === null || !STATUS.has(words)) return null;
  const lang = commandLanguage(turn, words === 'status');
  const index = deps.units();
  const units = focalUnitIds(turn.speaker).map((id) => index.get(id)).filter((u) => u !== undefined);
  if (units.length === 0) return { text: composeNoAssignment(lang) };
  const listing = await Promise.all(units.map(async (unit) => {
    const deadlines = schedulesForLevel(deps.schedules(), unit.level).map((s) => nextDeadline(s, turn.today));
    const items = await Promise.all(deadlines.map(async (d): Promise<StatusItem> => {
      const found = await deps.store.findSubmission(unit.id, d.period);
      return {
        scheduleName: lang === 'vi' ? d.schedule.nameVi : d.schedule.nameEn,
        period: d.period,
        due: d.due,
        submitted: found ? { version: found.version, on: vietnamDate(new Date(found.createdAt)), onTime: found.onTime } : null,
      };
    }));
    return { label: describeUnit(unit, index, lang), items };
  }));
  return { text: composeStatus(lang, listing) };
};
