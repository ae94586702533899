/**
 * "/lichnhac": the reporting calendar in chat, and editing it one field at a time.
 *
 *   /lichnhac                                  the calendar, every schedule
 *   /lichnhac <key> <field> <value>            edit a schedule
 *   /lichnhac <key> <province> <field> <value> edit the province's own schedule of that family,
 *                                              adopting the national one first when it has none
 *
 * Who may: an admin of everything edits any schedule; a province's admins edit their province's own
 * schedules. A province admin who names no province edits their province's own schedule when they
 * administer one province (the national one is copied for it, document and all); one of several
 * provinces is asked to name it. Setting a day on a schedule that had none switches it on (the
 * monthly figures and the statistics office's are off until a province sets a day), and switching on
 * a schedule with no day is refused.
 */

import { composeUnitNotResolved } from '../../core/access/admin-replies.js';
import { familyOf, provinceKey } from '../../core/calendar/index.js';
import { composeScheduleChanged, composeScheduleList, composeScheduleProblem } from '../../core/reminders/admin-replies.js';
import type { ReportingSchedule } from '../../core/reminders/types.js';
import type { Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { CalendarStore, SchedulePatch } from '../../ports/calendar-store.js';
import { adminScope, isAdmin } from '../access/roles.js';
import type { Reply } from '../message.js';
import { EDITABLE_FIELDS, scheduleLine, schedulePatch } from '../reminders/edit-schedule.js';
import { actorOfTurn, recordAudit } from '../speaker.js';
import type { AppDeps, Turn } from '../turn.js';
import { readUnitArgument } from '../units/unit-argument.js';

/** The schedule an edit goes to: an existing one, or a province's copy of a national one to create. */
type Target =
  | { readonly kind: 'ok'; readonly schedule: ReportingSchedule; readonly adopt: Omit<ReportingSchedule, 'id'> | null }
  | { readonly kind: 'refused'; readonly text: string };

export async function calendarCommand(turn: Turn, deps: AppDeps<AuditLog & CalendarStore>, args: string): Promise<Reply> {
  const schedules = await deps.store.listSchedules();
  const index = deps.units();
  const provinceName = (id: number) => {
    const unit = index.get(id);
    return unit ? describeUnit(unit, index, turn.language) : `#${id}`;
  };
  if (args === '')
    return {
      text: composeScheduleList(
        turn.language,
        schedules.map((s) => scheduleLine(s, provinceName)),
      ),
    };
  const words = args.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && (EDITABLE_FIELDS as readonly string[]).includes(w));
  const [key, field, value] = [words[0] ?? '', words[at] ?? '', at > 0 ? words.slice(at + 1).join(' ') : ''];
  if (at < 0 || value === '') return { text: composeScheduleProblem(turn.language, at < 0 && words.length > 2 ? 'field' : 'usage') };
  const target = findTarget(turn, deps, schedules, key, words.slice(1, at).join(' '));
  if (target.kind === 'refused') return { text: target.text };
  const result = schedulePatch(field, value);
  if (!result.ok) return { text: composeScheduleProblem(turn.language, result.problem) };
  const patch = withDay(target.schedule, result.patch);
  if (patch === null) return { text: composeScheduleProblem(turn.language, 'no-day') };
  if (target.adopt) await deps.store.ensureSchedules([target.adopt]);
  const updated = await deps.store.updateSchedule(target.schedule.key, patch);
  if (!updated) return { text: composeScheduleProblem(turn.language, 'unknown-key') };
  await recordAudit(deps.store, actorOfTurn(turn), turn.now, 'edit_schedule', updated.provinceId, {
    key: updated.key,
    patch,
    ...(target.adopt ? { adoptedFrom: familyOf(updated.key) } : {}),
  });
  await deps.onCalendarChanged?.();
  return { text: composeScheduleChanged(turn.language, scheduleLine(updated, provinceName)) };
}

/** Setting a day on a schedule with none switches it on; switching on one with no day is refused (null). */
function withDay(schedule: ReportingSchedule, patch: SchedulePatch): SchedulePatch | null {
  const due = patch.due ?? schedule.due;
  if (patch.active === true && due.kind === 'none') return null;
  if (patch.due && patch.due.kind !== 'none' && schedule.due.kind === 'none') return { ...patch, active: true };
  if (patch.due?.kind === 'none') return { ...patch, active: false };
  return patch;
}

function findTarget(turn: Turn, deps: AppDeps<unknown>, schedules: readonly ReportingSchedule[], key: string, place: string): Target {
  const lang = turn.language;
  const index = deps.units();
  const refuse = (problem: Parameters<typeof composeScheduleProblem>[1]): Target => ({ kind: 'refused', text: composeScheduleProblem(lang, problem) });
  const named = schedules.find((s) => s.key === key);
  if (!named) return refuse('unknown-key');
  let province: Unit | null = null;
  if (place !== '') {
    const found = readUnitArgument(place, index);
    if (found.kind !== 'found') {
      const others = found.kind === 'ambiguous' ? found.candidates : found.suggestions;
      return {
        kind: 'refused',
        text: composeUnitNotResolved(
          lang,
          place,
          others.map((u) => describeUnit(u, index, lang)),
        ),
      };
    }
    province = index.provinceOf(found.unit);
  }
  const scope = adminScope(turn.speaker, index);
  if (province === null && named.provinceId !== null) province = index.get(named.provinceId) ?? null;
  if (province === null) {
    if (scope === 'all') return { kind: 'ok', schedule: named, adopt: null };
    // A province admin: their one province, else they must name it.
    const own = [
      ...new Set(
        scope
          .map((id) => index.get(id))
          .filter((u) => u !== undefined)
          .map((u) => index.provinceOf(u).id),
      ),
    ];
    if (own.length !== 1) return refuse('not-yours');
    province = index.get(own[0] as number) ?? null;
    if (province === null) return refuse('not-yours');
  }
  if (scope !== 'all' && !isAdmin(turn.speaker, province, index)) return refuse('other-province');
  const ownKey = provinceKey(familyOf(named.key), province.id);
  const own = schedules.find((s) => s.key === ownKey) ?? (named.provinceId === province.id ? named : undefined);
  if (own) return { kind: 'ok', schedule: own, adopt: null };
  const { id: _id, ...national } = named;
  const adopt = { ...national, key: ownKey, provinceId: province.id };
  return { kind: 'ok', schedule: { ...adopt, id: 0 }, adopt };
}
