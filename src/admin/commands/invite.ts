/**
 * `invite --unit <name or code> --role <focal_point|official|statistics|admin> [--days N]`: creates a
 * single-use invite code and prints it alone on the last line, so scripts can take `tail -n 1`. The
 * code is shown this once: the database keeps its hash, and `invites` lists it by id and hint. The
 * statistics role is granted for a province only.
 */

import { shownHint } from '../../app/access/invite-code.js';
import { INVITE_DAYS, issueInvite, MAX_INVITE_DAYS, roleFitsUnit } from '../../app/access/invites.js';
import { commandLineActor } from '../../app/speaker.js';
import { roleLabel } from '../../core/access/registration-replies.js';
import { formatVietnamTime } from '../../core/civil-time/index.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { Clock } from '../../ports/clock.js';
import type { PeopleStore } from '../../ports/people-store.js';
import type { UnitStore } from '../../ports/unit-store.js';
import type { Out } from './command.js';
import { commandText, readOptions, requiredOption, roleOption, unitLabel, unitOption, wholeNumber } from './options.js';
import { UsageError } from './usage.js';

const NAME = 'invite';

/** Checks the arguments before any store is opened. */
export function inviteArgs(args: readonly string[]) {
  const { values } = readOptions(NAME, args, { unit: { type: 'string' }, role: { type: 'string' }, days: { type: 'string' } });
  return {
    unit: requiredOption(NAME, 'unit', values.unit),
    role: roleOption(NAME, requiredOption(NAME, 'role', values.role)),
    days: values.days === undefined ? INVITE_DAYS : wholeNumber(NAME, '--days', String(values.days), 1, MAX_INVITE_DAYS),
  };
}

/** Creates the invite and prints what it grants, then the code. */
export async function inviteCommand(store: PeopleStore & AuditLog & UnitStore, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const options = inviteArgs(args);
  const { index, unit, label } = await unitOption(NAME, store, options.unit);
  if (!roleFitsUnit(options.role, unit)) {
    throw new UsageError(
      `${NAME}: --role ${options.role} is granted for a province only, not for ${label}; ` +
        `give its province instead: --unit "${unitLabel(index.provinceOf(unit), index)}"`,
    );
  }
  const actor = commandLineActor([commandText(NAME, args)]);
  const invite = await issueInvite(store, { unit, role: options.role, days: options.days, now: clock.now() }, actor);
  out(`invite for ${roleLabel(invite.role, 'en')} of ${label}`);
  out(`single use, valid until ${formatVietnamTime(invite.expiresAt)} (Asia/Ho_Chi_Minh)`);
  out(`the person sends the bot: dangky ${invite.code}  (Telegram: /start ${invite.code})`);
  out(`shown this once; invites lists it as #${invite.id} (${shownHint(invite.codeHint)})`);
  out(invite.code);
}
