/**
 * Public holidays, on which no reminder goes out (it moves to the previous working day):
 * `holidays [--year Y]` lists them, `holiday-add <YYYY-MM-DD> <name>` adds or renames one,
 * `holiday-remove <YYYY-MM-DD>` removes one. None are loaded by default: Tết and the Hùng Kings'
 * day follow the lunar calendar and the government fixes the days off each year, so an admin enters them.
 */
import { commandLineActor, recordAudit } from '../../app/speaker.js';
import type { Store } from '../../ports/store.js';
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

export async function holidaysCommand(store: Store, args: readonly string[], out: Out): Promise<void> {
  const { year } = holidaysArgs(args);
  const [from, to] = year === null ? ['2000-01-01', '2100-12-31'] : [`${year}-01-01`, `${year}-12-31`];
  const holidays = await store.listHolidays(from, to);
  out(`${holidays.length} holiday(s)${year === null ? '' : ` in ${year}`}`);
  for (const h of holidays) out(`  ${h.date}  ${h.name}`);
}

export function holidayAddArgs(args: readonly string[]) {
  const [date, ...name] = args;
  const text = name.join(' ').trim();
  if (!text) throw new UsageError('holiday-add <YYYY-MM-DD> <name>');
  return { date: isoDate('holiday-add', date), name: text.slice(0, 100) };
}

export async function holidayAddCommand(store: Store, args: readonly string[], out: Out): Promise<void> {
  const holiday = holidayAddArgs(args);
  await store.saveHoliday(holiday);
  await recordAudit(store, commandLineActor(['holiday-add', ...args]), new Date(), 'add_holiday', null, holiday);
  out(`holiday ${holiday.date} (${holiday.name}) saved: reminders due that day go out on the working day before`);
}

export function holidayRemoveArgs(args: readonly string[]) {
  if (args.length !== 1) throw new UsageError('holiday-remove <YYYY-MM-DD>');
  return { date: isoDate('holiday-remove', args[0]) };
}

export async function holidayRemoveCommand(store: Store, args: readonly string[], out: Out): Promise<void> {
  const { date } = holidayRemoveArgs(args);
  const removed = await store.removeHoliday(date);
  if (!removed) throw new Error(`holiday-remove: no holiday on ${date}`);
  await recordAudit(store, commandLineActor(['holiday-remove', ...args]), new Date(), 'remove_holiday', null, { date });
  out(`holiday ${date} removed`);
}
