/**
 * `schedules`: the reporting calendar as stored; `schedule <key> <field> <value>`: change one field
 * (offsets, hour, due, active, reporter). The worker derives its queue schedulers from the calendar when it
 * starts and on its periodic sync, so an edit made here is picked up without a restart.
 */

import { composeScheduleProblem, EDITABLE_FIELDS, scheduleLine, schedulePatch } from '../../app/reminders/edit-schedule.js';
import { commandLineActor, recordAudit } from '../../app/speaker.js';
import { NotFoundError } from '../../core/errors.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { CalendarStore } from '../../ports/calendar-store.js';
import type { Clock } from '../../ports/clock.js';
import type { Out } from './command.js';
import { readOptions } from './options.js';
import { UsageError } from './usage.js';

export function schedulesArgs(args: readonly string[]): void {
  readOptions('schedules', args, {});
}

export async function schedulesCommand(store: CalendarStore & AuditLog, args: readonly string[], out: Out): Promise<void> {
  schedulesArgs(args);
  const schedules = await store.listSchedules();
  out(`${schedules.length} schedule(s):`);
  for (const schedule of schedules) out(`  ${scheduleLine(schedule)}`);
}

export function scheduleArgs(args: readonly string[]) {
  const [key, field, ...rest] = args;
  if (!key || !field || rest.length === 0) throw new UsageError(`schedule <key> <${EDITABLE_FIELDS.join('|')}> <value>`);
  const result = schedulePatch(field, rest.join(' '));
  if (!result.ok) throw new UsageError(`schedule: ${composeScheduleProblem('en', result.problem)}`);
  return { key, patch: result.patch };
}

export async function scheduleCommand(store: CalendarStore & AuditLog, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const { key, patch } = scheduleArgs(args);
  const updated = await store.updateSchedule(key, patch);
  if (!updated) throw new NotFoundError(`schedule: no schedule "${key}" (see: schedules)`);
  await recordAudit(store, commandLineActor(['schedule', ...args]), clock.now(), 'edit_schedule', null, { key, patch });
  out(`changed: ${scheduleLine(updated)}`);
  out('the worker applies it on its next sync (within 10 minutes) or start');
}
