/**
 * `invites [--unit X] [--all]`: usable invites (or every invite with --all), newest first, each by its
 * id and hint ("#12  …XP"): the codes are not stored, so not shown;
 * `revoke-invite <code or #id>`: makes an unused code unusable.
 */

import { redactSecrets, shownHint } from '../../app/access/invite-code.js';
import { revokeInviteCode } from '../../app/access/invites.js';
import { unitAndDescendants } from '../../app/access/roles.js';
import { commandLineActor } from '../../app/speaker.js';
import { loadUnitDirectory } from '../../app/units/unit-directory.js';
import { formatVietnamTime } from '../../core/civil-time/index.js';
import { NotFoundError } from '../../core/errors.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { Clock } from '../../ports/clock.js';
import type { Invite, PeopleStore } from '../../ports/people-store.js';
import type { UnitStore } from '../../ports/unit-store.js';
import type { Out } from './command.js';
import { commandText, readOptions, unitLabel, unitOption } from './options.js';

/** Checks the arguments of `invites`. */
export function invitesArgs(args: readonly string[]) {
  const { values } = readOptions('invites', args, { unit: { type: 'string' }, all: { type: 'boolean' } });
  return { unit: typeof values.unit === 'string' ? values.unit : null, all: values.all === true };
}

/** Lists invites of a unit and the units under it, or of every unit. */
export async function invitesCommand(store: PeopleStore & AuditLog & UnitStore, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const options = invitesArgs(args);
  const now = clock.now();
  const named = options.unit === null ? null : await unitOption('invites', store, options.unit);
  const index = named?.index ?? (await loadUnitDirectory(store)).current();
  const unitIds = named ? unitAndDescendants([named.unit.id], index) : undefined;
  const invites = await store.listInvites({ ...(unitIds ? { unitIds } : {}), all: options.all, now });
  if (invites.length === 0) out(options.all ? 'no invites' : 'no usable invites');
  for (const invite of invites) out(inviteLine(invite, index, now));
}

function inviteLine(invite: Invite, index: UnitIndex, now: Date): string {
  const unit = index.get(invite.unitId);
  return [`#${invite.id}`, shownHint(invite.codeHint), invite.role, unit ? unitLabel(unit, index) : `unit #${invite.unitId}`, stateOf(invite, now)].join('  ');
}

function stateOf(invite: Invite, now: Date): string {
  if (invite.usedAt) return `used ${formatVietnamTime(invite.usedAt)}${invite.usedById === null ? '' : ` by person #${invite.usedById}`}`;
  if (invite.revokedAt) return `revoked ${formatVietnamTime(invite.revokedAt)}`;
  const until = formatVietnamTime(invite.expiresAt);
  return Date.parse(invite.expiresAt) <= now.getTime() ? `expired ${until}` : `usable until ${until}`;
}

/** Checks the arguments of `revoke-invite`. */
export function revokeInviteArgs(args: readonly string[]): string {
  const { positionals } = readOptions('revoke-invite', args, {}, 1);
  return positionals[0] as string;
}

/** Revokes a usable invite by code or "#id"; an error (exit 1) when no usable invite has that code. */
export async function revokeInviteCommand(store: PeopleStore & AuditLog & UnitStore, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const code = revokeInviteArgs(args);
  // The audit's raw text keeps ‹code› for a code typed ("#12" is no secret).
  const rawText = redactSecrets(commandText('revoke-invite', args), code.startsWith('#') ? [] : [code]);
  const revoked = await revokeInviteCode(store, code, 'all', clock.now(), commandLineActor([rawText]));
  if (!revoked) throw new NotFoundError(`no usable invite has the code "${code}" (already used, revoked, expired or never issued)`);
  out(`revoked invite #${revoked.id} (${shownHint(revoked.codeHint)}, ${revoked.role})`);
}
