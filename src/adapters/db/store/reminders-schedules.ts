/**
 * Reporting schedules in the database, the source of truth for the calendar. Defaults go in with
 * INSERT … ON CONFLICT (key) DO NOTHING, so two processes starting at once create each schedule once
 * and an admin's edits are never overwritten by the defaults.
 */

import { formatDueRule, formatScheduleSource, parseDueRule, parseScheduleSource, periodKindOf, periodTypeOf } from '../../../core/calendar/index.js';
import { InvariantError } from '../../../core/errors.js';
import type { ReportingSchedule } from '../../../core/reminders/types.js';
import type { Prisma, PrismaClient, ReportingSchedule as ScheduleRow } from '../../../generated/prisma/client.js';
import type { ScheduleInput, SchedulePatch } from '../../../ports/calendar-store.js';

/** See ReminderStore.listSchedules. */
export async function listSchedules(prisma: PrismaClient): Promise<ReportingSchedule[]> {
  const rows = await prisma.reportingSchedule.findMany({ orderBy: { id: 'asc' } });
  return rows.map(toSchedule);
}

/** See ReminderStore.ensureSchedules. */
export async function ensureSchedules(prisma: PrismaClient, defaults: readonly ScheduleInput[]): Promise<number> {
  if (defaults.length === 0) return 0;
  const { count } = await prisma.reportingSchedule.createMany({
    data: defaults.map(
      (input): Prisma.ReportingScheduleCreateManyInput => ({
        key: input.key,
        name: input.nameVi,
        nameEn: input.nameEn,
        periodType: periodTypeOf(input.periodKind),
        dueRule: formatDueRule(input.due),
        offsetsDays: [...input.offsetsDays],
        sendHour: input.sendHour,
        timezone: input.timezone,
        audienceLevel: input.audienceLevel,
        provinceId: input.provinceId,
        escalateTo: input.escalateTo,
        reporterRole: input.reporterRole,
        active: input.active,
        ...(input.source && { source: formatScheduleSource(input.source) }),
      }),
    ),
    skipDuplicates: true,
  });
  return count;
}

/** See ReminderStore.updateSchedule; the use case validates the values, the store only writes them. */
export async function updateSchedule(prisma: PrismaClient, key: string, patch: SchedulePatch): Promise<ReportingSchedule | null> {
  const data = changes(patch);
  // Prisma skips an UPDATE with nothing to set (count 0): an empty patch only reads.
  if (Object.keys(data).length > 0) {
    const { count } = await prisma.reportingSchedule.updateMany({ where: { key }, data });
    if (count === 0) return null;
  }
  const row = await prisma.reportingSchedule.findUnique({ where: { key } });
  return row ? toSchedule(row) : null;
}

/**
 * The columns of the fields present; absent fields are left out, so the update keeps them. Fields are
 * picked one by one: a whole schedule passed as a patch must not rewrite its id or key.
 */
function changes(patch: SchedulePatch): Prisma.ReportingScheduleUncheckedUpdateManyInput {
  const { nameVi, nameEn, periodKind, due, offsetsDays, sendHour, timezone, audienceLevel, provinceId, escalateTo, reporterRole, active } = patch;
  return {
    ...(nameVi !== undefined && { name: nameVi }),
    ...(nameEn !== undefined && { nameEn }),
    ...(periodKind !== undefined && { periodType: periodTypeOf(periodKind) }),
    ...(due !== undefined && { dueRule: formatDueRule(due) }),
    ...(offsetsDays !== undefined && { offsetsDays: [...offsetsDays] }),
    ...(sendHour !== undefined && { sendHour }),
    ...(timezone !== undefined && { timezone }),
    ...(audienceLevel !== undefined && { audienceLevel }),
    ...(provinceId !== undefined && { provinceId }),
    ...(escalateTo !== undefined && { escalateTo }),
    ...(reporterRole !== undefined && { reporterRole }),
    ...(active !== undefined && { active }),
  };
}

/** A row as the core's schedule; fails naming the schedule when a column was edited into nonsense. */
function toSchedule(row: ScheduleRow): ReportingSchedule {
  const due = parseDueRule(row.dueRule);
  const periodKind = periodKindOf(row.periodType);
  if (!due || !periodKind) {
    throw new InvariantError(
      `Schedule ${row.key} has an unreadable period_type ${JSON.stringify(row.periodType)} ` + `or due_rule ${JSON.stringify(row.dueRule)}.`,
    );
  }
  const source = row.source === null ? null : parseScheduleSource(row.source);
  // A source edited into a wrong shape would have answers quote half a document: say which schedule.
  if (row.source !== null && !source) throw new InvariantError(`Schedule ${row.key} has an unreadable source (see src/core/calendar/stored-source.ts).`);
  return {
    id: row.id,
    key: row.key,
    nameVi: row.name,
    nameEn: row.nameEn,
    periodKind,
    due,
    offsetsDays: row.offsetsDays,
    sendHour: row.sendHour,
    timezone: row.timezone,
    audienceLevel: row.audienceLevel,
    provinceId: row.provinceId,
    escalateTo: row.escalateTo,
    reporterRole: row.reporterRole,
    active: row.active,
    ...(source && { source }),
  };
}
