/**
 * Stored days (a DATE column, ISO civil dates in and out): days off the government set each year, and
 * computed holidays it made working days (off = false). They override Viet Nam's computed holidays.
 */
import { InvariantError } from '../../../core/errors.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { Holiday } from '../../../ports/calendar-store.js';
import { dateColumn, isoDate } from './mapping.js';

/** A DATE column's value for an ISO date; fails on anything else rather than storing a wrong day. */
function day(iso: string): Date {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateColumn(iso) : null;
  if (!value || Number.isNaN(value.getTime())) throw new InvariantError(`Not an ISO date: ${JSON.stringify(iso)}.`);
  return value;
}

/** See ReminderStore.listHolidays. */
export async function listHolidays(prisma: PrismaClient, from: string, to: string): Promise<Holiday[]> {
  const rows = await prisma.holiday.findMany({ where: { date: { gte: day(from), lte: day(to) } }, orderBy: { date: 'asc' } });
  return rows.map((row) => ({ date: isoDate(row.date) ?? '', name: row.name, off: row.off }));
}

/** See ReminderStore.saveHoliday. */
export async function saveHoliday(prisma: PrismaClient, holiday: Holiday): Promise<void> {
  const date = day(holiday.date);
  const fields = { name: holiday.name, off: holiday.off ?? true };
  await prisma.holiday.upsert({ where: { date }, create: { date, ...fields }, update: fields });
}

/** See ReminderStore.removeHoliday. */
export async function removeHoliday(prisma: PrismaClient, date: string): Promise<boolean> {
  const { count } = await prisma.holiday.deleteMany({ where: { date: day(date) } });
  return count > 0;
}
