/**
 * Invite use cases shared by the admin command line and the chat commands: create a single-use
 * code for a unit and role, list and revoke codes, revoke roles. Each change is audited.
 */

import { randomInt } from 'node:crypto';
import { BaophuError } from '../../core/errors.js';
import type { Role, Unit, UnitLevel } from '../../core/types.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { Invite, PeopleStore } from '../../ports/people-store.js';
import { type Actor, recordAudit } from '../speaker.js';
import { hashInviteCode } from './invite-code.js';

/** Days an invite stays usable unless told otherwise. */
export const INVITE_DAYS = 7;
/** Longest validity an administrator may give. */
export const MAX_INVITE_DAYS = 90;
/** Letters and digits nobody confuses when reading a code aloud or copying it (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Characters in a code: 31^8 ≈ 8.5·10^11 codes, far beyond guessing within a week. */
export const INVITE_CODE_LENGTH = 8;

/** A new random code such as "K7QH2MXP"; `pick(n)` returns an integer in [0, n). */
export function newInviteCode(pick: (n: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_ALPHABET[pick(INVITE_ALPHABET.length)];
  return code;
}

export { normalizeCode } from './invite-code.js';

/**
 * The levels a role may be held at; a role not named here may be held at any. The statistics office
 * is the province's (Cục Thống kê): the figures it supplies are the province's, and nobody at a
 * commune or district compiles population or labour-force figures for the bot.
 */
const ROLE_LEVELS: Readonly<Partial<Record<Role, readonly UnitLevel[]>>> = { statistics: ['province'] };

/** Whether `role` may be granted for `unit` (the statistics office only for a province). */
export function roleFitsUnit(role: Role, unit: Pick<Unit, 'level'>): boolean {
  return ROLE_LEVELS[role]?.includes(unit.level) ?? true;
}

/** An invite asked for a role at a level it is not held at; callers check roleFitsUnit first and say why. */
export class RoleLevelError extends BaophuError {
  constructor(
    readonly role: Role,
    readonly unitId: number,
  ) {
    super('role_level', `The role ${role} cannot be granted for unit ${unitId} at its level.`);
  }
}

/** What a new invite grants, and until when. */
export interface InviteRequest {
  readonly unit: Unit;
  readonly role: Role;
  readonly days?: number;
  readonly now: Date;
}

/** A new invite and its code, which is shown this once and never stored. */
export type IssuedInvite = Invite & { readonly code: string };

/**
 * Creates and audits a single-use invite; a RoleLevelError when the role is not held at the unit's
 * level. The audit names the invite by id and hint, never by its code.
 */
export async function issueInvite(store: PeopleStore & AuditLog, request: InviteRequest, actor: Actor): Promise<IssuedInvite> {
  if (!roleFitsUnit(request.role, request.unit)) throw new RoleLevelError(request.role, request.unit.id);
  const days = request.days ?? INVITE_DAYS;
  const expiresAt = new Date(request.now.getTime() + days * 86_400_000).toISOString();
  const code = newInviteCode();
  const invite = await store.createInvite({ code, unitId: request.unit.id, role: request.role, createdById: actor.personId, expiresAt });
  await recordAudit(store, actor, request.now, 'invite', invite.unitId, { inviteId: invite.id, codeHint: invite.codeHint, role: invite.role, expiresAt });
  return { ...invite, code };
}

/** "#12" names an invite by its id, as listings show it; anything else is a code. */
const INVITE_ID = /^#(\d{1,9})$/;

/**
 * Revokes a usable invite among those of `unitIds` (all units when 'all') and audits it; `codeOrId` is
 * the code or "#<id>". Returns the revoked invite, or null when none usable matches within that scope.
 */
export async function revokeInviteCode(
  store: PeopleStore & AuditLog,
  codeOrId: string,
  scope: readonly number[] | 'all',
  now: Date,
  actor: Actor,
): Promise<Invite | null> {
  const id = INVITE_ID.exec(codeOrId.trim())?.[1];
  const hash = hashInviteCode(codeOrId);
  const usable = await store.listInvites(scope === 'all' ? { now } : { unitIds: scope, now });
  const invite = usable.find((i) => (id === undefined ? i.codeHash === hash : i.id === Number(id)));
  if (!invite || !(await store.revokeInvite(invite.id, now))) return null;
  await recordAudit(store, actor, now, 'revoke_invite', invite.unitId, { inviteId: invite.id, codeHint: invite.codeHint, role: invite.role });
  return invite;
}

/**
 * Revokes an active assignment among those of `unitIds` (all when 'all') and audits it; returns
 * false when there is no such active assignment within that scope.
 */
export async function revokeAssignmentById(
  store: PeopleStore & AuditLog,
  id: number,
  scope: readonly number[] | 'all',
  now: Date,
  actor: Actor,
): Promise<boolean> {
  const active = await store.listAssignments(scope === 'all' ? {} : { unitIds: scope });
  const assignment = active.find((a) => a.id === id);
  if (!assignment || !(await store.revokeAssignment(id, now))) return false;
  await recordAudit(store, actor, now, 'revoke_assignment', assignment.unitId, {
    assignmentId: id,
    personId: assignment.personId,
    displayName: assignment.displayName,
    role: assignment.role,
  });
  return true;
}
