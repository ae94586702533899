/**
 * `reminders --date YYYY-MM-DD --dry-run`: who would get what on that day, without sending or
 * recording anything — each occasion (schedule, period, nudge or late summary), how many units have
 * not reported, and one line per message: channel, chat, kind and the units it names; for a nudge,
 * the units owing the report that no message can reach, and why; then what the ledger already holds
 * for the occasion (sent, failed, and sends a crash left unconfirmed).
 * Sending is the worker's job (`npm run worker`), so the command line only offers the dry run, and for
 * the reminders a stopped worker left unconfirmed `--stuck` (list) and `--resend-stuck` (stuck-reminders.ts).
 */

import { type OccasionPlan, previewReminders } from '../../app/reminders/plan-reminders.js';
import { unreachableForNudge } from '../../app/reminders/reachability.js';
import type { ReminderDeps, RemindersStore } from '../../app/reminders/reminder-deps.js';
import { loadUnitDirectory } from '../../app/units/unit-directory.js';
import { InvariantError, NotFoundError } from '../../core/errors.js';
import { composeUnreachable } from '../../core/reminders/reachability-replies.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import { createLogger } from '../../logger.js';
import type { Clock } from '../../ports/clock.js';
import type { Delivery } from '../../ports/delivery-ledger.js';
import type { UnitStore } from '../../ports/unit-store.js';
import type { Out } from './command.js';
import { readOptions, requiredOption } from './options.js';
import { listStuckCommand, resendStuckCommand, type StuckCommandDeps } from './stuck-reminders.js';
import { UsageError } from './usage.js';

const NAME = 'reminders';
/** Units named per message line; the rest are counted. */
const UNITS_SHOWN = 5;

export function remindersArgs(args: readonly string[]) {
  const { values } = readOptions(NAME, args, {
    date: { type: 'string' },
    'dry-run': { type: 'boolean' },
    schedule: { type: 'string' },
    stuck: { type: 'boolean' },
    'resend-stuck': { type: 'boolean' },
  });
  if (values.stuck === true || values['resend-stuck'] === true) {
    if (values.stuck === true && values['resend-stuck'] === true) throw new UsageError(`${NAME}: give --stuck or --resend-stuck, not both`);
    if (Object.keys(values).length > 1) throw new InvariantError(`${NAME}: --stuck and --resend-stuck take no other option`);
    return { stuck: values.stuck === true ? ('list' as const) : ('resend' as const) };
  }
  const date = requiredOption(NAME, 'date', values.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new UsageError(`${NAME}: --date "${date}" is not a date (YYYY-MM-DD)`);
  }
  if (values['dry-run'] !== true) throw new UsageError(`${NAME}: only --dry-run is offered here; the worker (npm run worker) sends reminders`);
  return { date, scheduleKey: typeof values.schedule === 'string' ? values.schedule : undefined };
}

/** When the command line was given no queue settings (a test of other commands). */
function noStuckDeps(): StuckCommandDeps {
  throw new InvariantError(`${NAME}: --stuck and --resend-stuck are not available here`);
}

export async function remindersCommand(
  store: RemindersStore & UnitStore,
  args: readonly string[],
  out: Out,
  clock: Clock,
  stuckDeps: () => StuckCommandDeps = noStuckDeps,
): Promise<void> {
  const parsed = remindersArgs(args);
  if ('stuck' in parsed) {
    if (parsed.stuck === 'list') return listStuckCommand(store, out, stuckDeps());
    const directory = await loadUnitDirectory(store);
    return resendStuckCommand(store, out, stuckDeps(), { units: directory.current, clock, log: createLogger('silent', false) });
  }
  const { date, scheduleKey } = parsed;
  const directory = await loadUnitDirectory(store);
  const schedules = (await store.listSchedules()).filter((s) => scheduleKey === undefined || s.key === scheduleKey);
  if (scheduleKey !== undefined && schedules.length === 0) throw new NotFoundError(`${NAME}: no schedule "${scheduleKey}" (see: schedules)`);
  const deps = { store, units: directory.current, clock, log: createLogger('silent', false) };
  const plans = await previewReminders(deps, date, schedules);
  const messages = plans.reduce((n, p) => n + p.deliveries.length, 0);
  out(`reminders for ${date} (dry run, nothing sent): ${plans.length} occasion(s), ${messages} message(s)`);
  for (const plan of plans) {
    for (const line of planLines(plan, directory.current())) out(line);
    for (const line of await unreachableLines(deps, plan)) out(line);
    const { schedule, period, offsetDays } = plan.occasion;
    const line = ledgerLine(await store.listDeliveries({ scheduleId: schedule.id, period, offsetDays }));
    if (line) out(line);
  }
}

/** What the ledger holds for an occasion already, or null when nothing was planned for it yet. */
export function ledgerLine(rows: readonly Delivery[]): string | null {
  if (rows.length === 0) return null;
  const count = (status: Delivery['status']) => rows.filter((r) => r.status === status).length;
  const counts = (['sent', 'pending', 'sending', 'failed', 'skipped'] as const).map((s) => `${count(s)} ${s}`).join(', ');
  const unconfirmed =
    count('sending') > 0
      ? '; "sending" = being sent now or cut short by a stopped worker (sent again after a minute unless REMINDER_STUCK=list; see: reminders --stuck)'
      : '';
  return `  already in the ledger: ${counts}${unconfirmed}`;
}

/** The lines of one occasion: a heading, then one line per message. */
export function planLines(plan: OccasionPlan, index: UnitIndex): string[] {
  const { occasion } = plan;
  const when =
    occasion.kind === 'late'
      ? `late summary (due ${occasion.due})`
      : `nudge ${occasion.offsetDays === 0 ? 'on the due date' : `${occasion.offsetDays} day(s) before`} ${occasion.due}`;
  const missing = plan.audienceSize - plan.submittedCount;
  const lines = [`${occasion.schedule.key} ${occasion.period}: ${when}; ${missing}/${plan.audienceSize} unit(s) have not reported`];
  if (plan.deliveries.length === 0) lines.push('  (no message: nobody to remind)');
  for (const d of plan.deliveries) {
    const names = d.unitIds.slice(0, UNITS_SHOWN).map((id) => unitLabel(index, id));
    const more = d.unitIds.length > UNITS_SHOWN ? ` and ${d.unitIds.length - UNITS_SHOWN} more` : '';
    lines.push(`  ${d.chat.channel} ${d.chat.externalChatId}  ${d.kind} (${d.language})  ${names.join('; ')}${more}`);
  }
  return lines;
}

/** For a nudge: the units owing the report that no message can reach, indented under the occasion. */
async function unreachableLines(deps: ReminderDeps, plan: OccasionPlan): Promise<string[]> {
  const index = deps.units();
  const units = await unreachableForNudge(deps, plan);
  const text = composeUnreachable(
    'en',
    units.map((u) => ({ unit: unitLabel(index, u.unitId), reason: u.reason })),
  );
  return text === null ? [] : text.split('\n').map((line) => `  ${line}`);
}

/** Unit names stay Vietnamese, as the officials write them. */
function unitLabel(index: UnitIndex, id: number): string {
  const unit = index.get(id);
  return unit ? describeUnit(unit, index, 'vi') : `#${id}`;
}
