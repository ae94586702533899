/**
 * `assignments [--unit X]`: active roles of a unit and the units under it (or of every unit);
 * `revoke-assignment <id>`: ends one role; the person keeps their other roles.
 */

import { revokeAssignmentById } from '../../app/access/invites.js';
import { unitAndDescendants } from '../../app/access/roles.js';
import { commandLineActor } from '../../app/speaker.js';
import { loadUnitDirectory } from '../../app/units/unit-directory.js';
import { formatVietnamTime } from '../../core/civil-time/index.js';
import { NotFoundError } from '../../core/errors.js';
import { visible } from '../../core/text/visible.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { Clock } from '../../ports/clock.js';
import type { PeopleStore } from '../../ports/people-store.js';
import type { UnitStore } from '../../ports/unit-store.js';
import type { Out } from './command.js';
import { commandText, readOptions, unitLabel, unitOption, wholeNumber } from './options.js';

/** Checks the arguments of `assignments`. */
export function assignmentsArgs(args: readonly string[]) {
  const { values } = readOptions('assignments', args, { unit: { type: 'string' } });
  return { unit: typeof values.unit === 'string' ? values.unit : null };
}

/** Lists active assignments, one a line, with the id that revokes it. */
export async function assignmentsCommand(store: PeopleStore & AuditLog & UnitStore, args: readonly string[], out: Out): Promise<void> {
  const options = assignmentsArgs(args);
  const named = options.unit === null ? null : await unitOption('assignments', store, options.unit);
  const index = named?.index ?? (await loadUnitDirectory(store)).current();
  const listed = await store.listAssignments(named ? { unitIds: unitAndDescendants([named.unit.id], index) } : {});
  if (listed.length === 0) out('no active assignments');
  for (const a of listed) {
    const unit = index.get(a.unitId);
    const who = visible([a.displayName, ...a.identities.map((i) => `${i.channel}:${i.userId}`)].join(' '));
    out([`#${a.id}`, a.role, unit ? unitLabel(unit, index) : `unit #${a.unitId}`, who, `since ${formatVietnamTime(a.createdAt)}`].join('  '));
  }
}

/** Checks the arguments of `revoke-assignment`. */
export function revokeAssignmentArgs(args: readonly string[]): number {
  const { positionals } = readOptions('revoke-assignment', args, {}, 1);
  return wholeNumber('revoke-assignment', 'the assignment id', (positionals[0] as string).replace(/^#/, ''), 1, 999_999_999);
}

/** Revokes one active assignment; an error (exit 1) when there is none with that id. */
export async function revokeAssignmentCommand(store: PeopleStore & AuditLog & UnitStore, args: readonly string[], out: Out, clock: Clock): Promise<void> {
  const id = revokeAssignmentArgs(args);
  const done = await revokeAssignmentById(store, id, 'all', clock.now(), commandLineActor([commandText('revoke-assignment', args)]));
  if (!done) throw new NotFoundError(`no active assignment #${id}`);
  out(`revoked assignment #${id}`);
}
