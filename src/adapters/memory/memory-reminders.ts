/**
 * The in-memory ReminderStore: schedules, holidays and contacts here; chats and the ledger in their
 * own files. It behaves like the Prisma store (the same contract suite runs against both), reading
 * people and assignments from the memory store's shared tables.
 */

import type { DueRule } from '../../core/calendar/index.js';
import { InvariantError } from '../../core/errors.js';
import type { ChatRef, ReportingSchedule } from '../../core/reminders/types.js';
import type { Holiday, ScheduleInput, SchedulePatch } from '../../ports/calendar-store.js';
import { asContact, type RoleHolder } from '../../ports/role-holders.js';
import type { ReminderStore } from '../../ports/store.js';
import { createMemoryChats } from './memory-reminder-chats.js';
import { createMemoryLedger } from './memory-reminder-ledger.js';
import { reportedUnitIds } from './memory-submissions.js';
import { clone, type MemoryTables, requireUnitId } from './memory-tables.js';

/** The channels whose private chat id is the user's id; console identities cannot be messaged. */
const REACHABLE: ReadonlySet<string> = new Set(['telegram', 'zalo']);

/** Fails, as a DATE column would, on text that is not an ISO date. */
function isoDay(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    throw new InvariantError(`Not an ISO date: ${JSON.stringify(text)}.`);
  }
  return text;
}

/** The rule as the database gives it back: "fixed" without a false nextYear. */
function storedRule(due: DueRule): DueRule {
  return due.kind === 'fixed' && !due.nextYear ? { kind: 'fixed', month: due.month, day: due.day } : { ...due };
}

/** The fields of a patch, picked one by one (a whole schedule passed as a patch keeps its id and key). */
function changes(patch: SchedulePatch): Partial<ReportingSchedule> {
  const { nameVi, nameEn, periodKind, due, offsetsDays, sendHour, timezone, audienceLevel, provinceId, escalateTo, reporterRole, active } = patch;
  const picked = {
    nameVi,
    nameEn,
    periodKind,
    due: due && storedRule(due),
    offsetsDays: offsetsDays && [...offsetsDays],
    sendHour,
    timezone,
    audienceLevel,
    provinceId,
    escalateTo,
    reporterRole,
    active,
  };
  return Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as Partial<ReportingSchedule>;
}

/** Creates the reminder part of the memory store over its shared tables. */
export function createMemoryReminders(tables: MemoryTables): ReminderStore {
  const schedules: ReportingSchedule[] = [];
  const holidays = new Map<string, Holiday>();
  const chats = createMemoryChats(tables);
  const ledger = createMemoryLedger({
    hasSchedule: (id) => schedules.some((s) => s.id === id),
    hasChat: (id) => Number.isInteger(id) && id >= 1 && id <= chats.chats.length,
    chat: (id) => chats.chats[id - 1],
    reported: (unitIds, period) => reportedUnitIds(tables, unitIds, period),
  });

  const toSchedule = (input: ScheduleInput, id: number): ReportingSchedule => ({
    id,
    key: input.key,
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    periodKind: input.periodKind,
    due: storedRule(input.due),
    offsetsDays: [...input.offsetsDays],
    sendHour: input.sendHour,
    timezone: input.timezone,
    audienceLevel: input.audienceLevel,
    provinceId: input.provinceId,
    escalateTo: input.escalateTo,
    reporterRole: input.reporterRole,
    active: input.active,
    ...(input.source && { source: clone(input.source) }),
  });

  // Ordered by person id; units ascending; chats, open and blocked, in the order the identities were bound.
  const roleHolders: ReminderStore['roleHolders'] = async (unitIds, role) => {
    const wanted = new Set(unitIds);
    const unitsOf = new Map<number, Set<number>>();
    for (const a of tables.assignments) {
      if (a.revokedAt !== null || a.role !== role || !wanted.has(a.unitId)) continue;
      unitsOf.set(a.personId, (unitsOf.get(a.personId) ?? new Set()).add(a.unitId));
    }
    const inactive = new Set(chats.chats.filter((c) => c.kind === 'private' && !c.active).map((c) => `${c.channel}|${c.externalChatId}`));
    const chatsOf = new Map<number, ChatRef[]>();
    for (const i of tables.identities) {
      if (!unitsOf.has(i.personId) || !REACHABLE.has(i.channel)) continue;
      chatsOf.set(i.personId, [...(chatsOf.get(i.personId) ?? []), { channel: i.channel, externalChatId: i.userId }]);
    }
    const closed = (chat: ChatRef) => inactive.has(`${chat.channel}|${chat.externalChatId}`);
    return tables.people
      .filter((p) => unitsOf.has(p.id))
      .sort((a, b) => a.id - b.id)
      .map((p): RoleHolder => {
        const all = chatsOf.get(p.id) ?? [];
        return {
          personId: p.id,
          displayName: p.displayName,
          language: p.language,
          unitIds: [...(unitsOf.get(p.id) ?? [])].sort((a, b) => a - b),
          chats: all.filter((c) => !closed(c)),
          blockedChats: all.filter(closed),
        };
      });
  };

  return {
    ...chats.methods,
    ...ledger,

    listSchedules: async () => clone(schedules),

    async ensureSchedules(defaults) {
      let created = 0;
      for (const input of defaults) {
        if (schedules.some((s) => s.key === input.key)) continue;
        if (input.provinceId !== null) requireUnitId(tables, input.provinceId);
        schedules.push(toSchedule(input, schedules.length + 1));
        created += 1;
      }
      return created;
    },

    async updateSchedule(key, patch) {
      const index = schedules.findIndex((s) => s.key === key);
      const current = schedules[index];
      if (!current) return null;
      if (patch.provinceId !== undefined && patch.provinceId !== null) requireUnitId(tables, patch.provinceId);
      schedules[index] = { ...current, ...changes(patch) };
      return clone(schedules[index]);
    },

    async listHolidays(from, to) {
      const [first, last] = [isoDay(from), isoDay(to)];
      return [...holidays.entries()]
        .filter(([date]) => date >= first && date <= last)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([, holiday]) => ({ ...holiday }));
    },
    async saveHoliday(holiday) {
      const date = isoDay(holiday.date);
      holidays.set(date, { date, name: holiday.name, off: holiday.off ?? true });
    },
    removeHoliday: async (date) => holidays.delete(isoDay(date)),

    roleHolders,
    contacts: async (unitIds, role) => (await roleHolders(unitIds, role)).map(asContact),
  };
}
