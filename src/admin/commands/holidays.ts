/**
 * The days off deadlines and reminders move over. Viet Nam's public holidays are computed for any
 * year (core/calendar/holidays.ts); what an administrator stores overrides them:
 *   holidays [--year Y]                  the year's days off, computed and stored (no year: the stored days)
 *   holiday-add <YYYY-MM-DD> <name>      a day off the government set (a Tết day, a bridging day)
 *   holiday-work <YYYY-MM-DD> <reason>   a computed holiday that is a working day that year
 *   holiday-remove <YYYY-MM-DD>          forget a stored day (the computed calendar holds again)
 * The running service reads the stored days again within 5 minutes (CALENDAR_REFRESH_MS).
 */

import { commandLineActor, recordAudit } from '../../app/speaker.js';
import { publicHolidays } from '../../core/calendar/index.js';
import { NotFoundError } from '../../core/errors.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { CalendarStore, Holiday } from '../../ports/calendar-store.js';
import type { Clock } from '../../ports/clock.js';
import type { Out } from './command.js';
import { readOptions, wholeNumber } from './options.js';
import { UsageError } from './usage.js';

function isoDate(command: string, text: string | undefined): string {
  const ok = text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
  if (!ok) throw new UsageError(`${command}: "${text ?? ''}" is not a date (YYYY-MM-DD)`);
  return text;
}

export function holidaysArgs(args: readonly string[]) {
  const { values } = readOptions('holidays', args, { year: { type: 'string' } });
  return { year: typeof values.year === 'string' ? wholeNumber('holidays', '--year', values.year, 2000, 2100) : null };
}

export async function holidaysCommand(store: CalendarStore & AuditLog, args: readonly string[], out: Out): Promise<void> {
  const { year } = holidaysArgs(args);
  const [from, to] = year === null ? ['2000-01-01', '2100-12-31'] : [`${year}-01-01`, `${year}-12-31`];
  const stored = await store.listHolidays(from, to);
  const mark = (h: Holiday) => (h.off === false ? '  (stored: working day)' : '  (stored)');
  if (year === null) {
    out(`${stored.length} stored day(s)`);
    for (const h of stored) out(`  ${h.date}  ${h.name}${mark(h)}`);
    return;
  }
  const days = new Map(publicHolidays(year).map((h) => [h.date, { line: `  ${h.date}  ${h.name}`, off: true }]));
  for (const h of stored) days.set(h.date, { line: `  ${h.date}  ${h.name}${mark(h)}`, off: h.off !== false });
  const sorted = [...days].sort(([a], [b]) => a.localeCompare(b));
  out(`${sorted.filter(([, d]) => d.off).length} day(s) off in ${year}`);
  for (const [, d] of sorted) out(d.line);
}

export function holidayAddArgs(args: readonly string[]) {
  const [date, ...name] = args;
  const text = name.join(' ').trim();
  if (!text) throw new UsageError('holiday-add <YYYY-MM-DD> <name>');
  return { date: isoDate('holiday-add', date), name: text.slice(0, 100) };
}

export async function holidayAddCommand(store: CalendarStore & AuditLog, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const holiday = holidayAddArgs(args);
  await store.saveHoliday({ ...holiday, off: true });
  await recordAudit(store, commandLineActor(['holiday-add', ...args]), clock.now(), 'add_holiday', null, holiday);
  out(`holiday ${holiday.date} (${holiday.name}) saved: a deadline on it runs to the next working day, a reminder on it goes out the working day before`);
}

export function holidayWorkArgs(args: readonly string[]) {
  const [date, ...reason] = args;
  const text = reason.join(' ').trim();
  if (!text) throw new UsageError('holiday-work <YYYY-MM-DD> <reason>');
  return { date: isoDate('holiday-work', date), name: text.slice(0, 100) };
}

export async function holidayWorkCommand(store: CalendarStore & AuditLog, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const day = holidayWorkArgs(args);
  await store.saveHoliday({ ...day, off: false });
  await recordAudit(store, commandLineActor(['holiday-work', ...args]), clock.now(), 'add_holiday', null, { ...day, off: false });
  out(`working day ${day.date} (${day.name}) saved: deadlines and reminders treat it as a working day`);
}

export function holidayRemoveArgs(args: readonly string[]) {
  if (args.length !== 1) throw new UsageError('holiday-remove <YYYY-MM-DD>');
  return { date: isoDate('holiday-remove', args[0]) };
}

export async function holidayRemoveCommand(store: CalendarStore & AuditLog, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const { date } = holidayRemoveArgs(args);
  const removed = await store.removeHoliday(date);
  if (!removed) throw new NotFoundError(`holiday-remove: no stored day on ${date}`);
  await recordAudit(store, commandLineActor(['holiday-remove', ...args]), clock.now(), 'remove_holiday', null, { date });
  out(`stored day ${date} removed: the computed holidays hold for it again`);
}
