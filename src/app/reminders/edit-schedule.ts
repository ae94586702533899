/**
 * Changing a reporting schedule, from the chat (/lichnhac) or the command line (schedule): one field
 * at a time, validated here so that both say the same thing about a wrong value. After an edit the
 * queue's schedulers are derived again (when a queue is at hand; otherwise a worker does it on its
 * next start or periodic sync).
 */
import { formatDueRule, parseDueRule } from '../../core/calendar/index.js';
import { composeScheduleProblem, type ScheduleProblem } from '../../core/reminders/admin-replies.js';
import type { ReportingSchedule } from '../../core/reminders/types.js';
import type { SchedulePatch } from '../../ports/calendar-store.js';

/** The fields an admin may change, as typed after the schedule's key. */
export const EDITABLE_FIELDS = ['offsets', 'hour', 'due', 'active', 'reporter'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Offsets are days before the due date: 0 (the day) to 60, at most 10 of them. */
const MAX_OFFSET = 60;
const MAX_OFFSETS = 10;

/** The patch for `field = value`, or what is wrong with it (composeScheduleProblem words it). */
export function schedulePatch(field: string, value: string): { ok: true; patch: SchedulePatch } | { ok: false; problem: ScheduleProblem } {
  const text = value.trim();
  switch (field) {
    case 'offsets': {
      const parts = text.split(/[\s,;]+/).filter(Boolean);
      const days = parts.map((p) => (/^\d{1,2}$/.test(p) ? Number(p) : NaN));
      if (parts.length === 0 || parts.length > MAX_OFFSETS || days.some((d) => !(d >= 0 && d <= MAX_OFFSET))) {
        return { ok: false, problem: 'offsets' };
      }
      return { ok: true, patch: { offsetsDays: [...new Set(days)].sort((a, b) => b - a) } };
    }
    case 'hour': {
      const hour = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      if (!(hour >= 0 && hour <= 23)) return { ok: false, problem: 'hour' };
      return { ok: true, patch: { sendHour: hour } };
    }
    case 'due': {
      const rule = parseDueRule(text);
      if (!rule) return { ok: false, problem: 'due' };
      return { ok: true, patch: { due: rule } };
    }
    case 'active': {
      const on = /^(on|yes|true|bat|bật|1)$/i.test(text);
      const off = /^(off|no|false|tat|tắt|0)$/i.test(text);
      if (!on && !off) return { ok: false, problem: 'active' };
      return { ok: true, patch: { active: on } };
    }
    case 'reporter': {
      // Who reports (and is nudged and named in the late summary): the units' focal points or statistics officers.
      if (/^(focal_point|focal|dau[-_\s]?moi|đầu[-_\s]?mối)$/iu.test(text)) return { ok: true, patch: { reporterRole: 'focal_point' } };
      if (/^(statistics|stats|thong[-_\s]?ke|thống[-_\s]?kê)$/iu.test(text)) return { ok: true, patch: { reporterRole: 'statistics' } };
      return { ok: false, problem: 'reporter' };
    }
    default:
      return { ok: false, problem: 'field' };
  }
}

export { composeScheduleProblem };

/**
 * One line describing a schedule, for listings: "due" is the last day on time (a deadline on a day
 * off runs to the next working day), "none" when no day is set; the reporting role gets the nudges.
 */
export function scheduleLine(s: ReportingSchedule, provinceName: (id: number) => string = (id) => `province #${id}`): string {
  const scope = s.provinceId === null ? 'every province' : provinceName(s.provinceId);
  return `${s.key}  ${s.active ? 'on ' : 'off'}  due ${formatDueRule(s.due)}  offsets ${s.offsetsDays.join(',')}  ${String(s.sendHour).padStart(2, '0')}:00 ${s.timezone}  ${s.audienceLevel}s of ${scope}, reported by ${s.reporterRole} → late summary to ${s.escalateTo}  (${s.nameVi})`;
}
