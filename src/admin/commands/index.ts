/**
 * Administrator commands, independent of the CLI entry so that tests run them on any Store. Each
 * writes human-readable lines through `out`, and throws UsageError (exit 2) or an error whose message
 * is fit to show (exit 1).
 */

import type { Clock } from '../../ports/clock.js';
import { assignmentsArgs, assignmentsCommand, revokeAssignmentArgs, revokeAssignmentCommand } from './assignments.js';
import { auditArgs, auditCommand } from './audit.js';
import type { AdminCommand, AdminContext, Out, StandaloneCommand } from './command.js';
import { historyArgs, historyCommand } from './history.js';
import {
  holidayAddArgs,
  holidayAddCommand,
  holidayRemoveArgs,
  holidayRemoveCommand,
  holidaysArgs,
  holidaysCommand,
  holidayWorkArgs,
  holidayWorkCommand,
} from './holidays.js';
import { importFactsArgs, importFactsCommand } from './import-facts.js';
import { importUnitsArgs, importUnitsCommand } from './import-units.js';
import { inviteArgs, inviteCommand } from './invite.js';
import { invitesArgs, invitesCommand, revokeInviteArgs, revokeInviteCommand } from './invites.js';
import { remindersArgs, remindersCommand } from './reminders.js';
import { scheduleArgs, scheduleCommand, schedulesArgs, schedulesCommand } from './schedules.js';
import { exportArgs, exportCommand, importArgs, importCommand, templateArgs, templateCommand } from './spreadsheets.js';

export { assignmentsCommand, revokeAssignmentCommand } from './assignments.js';
export { auditCommand } from './audit.js';
export type { AdminCommand, AdminContext, Out, StandaloneCommand, StuckCommandDeps } from './command.js';
export { historyCommand } from './history.js';
export { importFactsCommand } from './import-facts.js';
export { importUnitsCommand } from './import-units.js';
export { inviteCommand } from './invite.js';
export { invitesCommand, revokeInviteCommand } from './invites.js';
export { USAGE, UsageError } from './usage.js';

/** A command that takes only the clock of the context. */
function withClock<S>(
  run: (store: S, args: readonly string[], out: Out, clock: Clock) => Promise<void>,
): (store: S, args: readonly string[], out: Out, context: AdminContext) => Promise<void> {
  return (store, args, out, context) => run(store, args, out, context.clock);
}

/** The commands that need a store, by name (`help` needs none and is the CLI's own). */
export const COMMANDS: Readonly<Record<string, AdminCommand>> = {
  'import-units': { checkArgs: importUnitsArgs, run: importUnitsCommand },
  'import-facts': { checkArgs: importFactsArgs, run: importFactsCommand },
  import: { checkArgs: importArgs, run: withClock(importCommand) },
  export: { checkArgs: exportArgs, run: exportCommand },
  invite: { checkArgs: inviteArgs, run: withClock(inviteCommand) },
  invites: { checkArgs: invitesArgs, run: withClock(invitesCommand) },
  'revoke-invite': { checkArgs: revokeInviteArgs, run: withClock(revokeInviteCommand) },
  assignments: { checkArgs: assignmentsArgs, run: assignmentsCommand },
  'revoke-assignment': { checkArgs: revokeAssignmentArgs, run: withClock(revokeAssignmentCommand) },
  audit: { checkArgs: auditArgs, run: auditCommand },
  history: { checkArgs: historyArgs, run: historyCommand },
  reminders: {
    checkArgs: remindersArgs,
    run: (store, args, out, context) => remindersCommand(store, args, out, context.clock, () => context.stuckReminders()),
  },
  schedules: { checkArgs: schedulesArgs, run: schedulesCommand },
  schedule: { checkArgs: scheduleArgs, run: withClock(scheduleCommand) },
  holidays: { checkArgs: holidaysArgs, run: holidaysCommand },
  'holiday-add': { checkArgs: holidayAddArgs, run: withClock(holidayAddCommand) },
  'holiday-work': { checkArgs: holidayWorkArgs, run: withClock(holidayWorkCommand) },
  'holiday-remove': { checkArgs: holidayRemoveArgs, run: withClock(holidayRemoveCommand) },
};

/**
 * The commands that need no store (each reaches what it needs and returns its exit code). `doctor`,
 * which probes the database and the platforms itself, is added by the composition root
 * (composition/admin.ts), the one place that may reach the adapters.
 */
export const STANDALONE_COMMANDS: Readonly<Record<string, StandaloneCommand>> = {
  template: { checkArgs: templateArgs, run: templateCommand },
};
