/**
 * Administration in chat, for administrators and the console's local administrator:
 * "/invite <unit> <role>", "/invites", "/revoke <code>", "/assignments [unit]",
 * "/revoke_assignment <number>". An administrator acts on their own units and those under them.
 */

import {
  composeAdminUsage,
  composeAssignmentList,
  composeAssignmentRevoked,
  composeInviteCreated,
  composeInviteList,
  composeInviteRevoked,
  composePermissionDenied,
  composeRoleProvinceOnly,
  composeUnitNotResolved,
} from '../../core/access/admin-replies.js';
import type { Role, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { PeopleStore } from '../../ports/people-store.js';
import type { Reply } from '../message.js';
import { actorOfTurn } from '../speaker.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { readUnitArgument } from '../units/unit-argument.js';
import { redactSecrets, shownHint } from './invite-code.js';
import { issueInvite, revokeAssignmentById, revokeInviteCode, roleFitsUnit } from './invites.js';
import { adminScope, isAdmin, isAnyAdmin, readRole, unitAndDescendants } from './roles.js';

const COMMAND = /^\/(invite|invites|revoke|revoke_invite|assignments|revoke_assignment)(?:@[\w.]+)?(?:\s+([\s\S]*))?$/i;

type Handler = (turn: Turn, deps: AppDeps<PeopleStore & AuditLog>, args: string) => Promise<Reply>;

/** Answers the administration commands; refuses them to anyone who administers nothing. */
export const adminChat: Feature<AuditLog & PeopleStore> = async (turn, deps) => {
  const match = COMMAND.exec(turn.text.trim());
  if (!match) return null;
  if (!isAnyAdmin(turn.speaker)) return { text: composePermissionDenied(turn.language) };
  const handler = HANDLERS[(match[1] as string).toLowerCase()] as Handler;
  return handler(turn, deps, (match[2] ?? '').trim());
};

const HANDLERS: Readonly<Record<string, Handler>> = {
  invite: invite,
  invites: async (turn, deps) => {
    const scope = adminScope(turn.speaker, deps.units());
    const invites = await deps.store.listInvites(scope === 'all' ? { now: turn.now } : { unitIds: scope, now: turn.now });
    return {
      text: composeInviteList(
        turn.language,
        invites.map((i) => ({ ...i, unitLabel: labelOf(turn, deps, i.unitId) })),
      ),
    };
  },
  revoke: revoke,
  revoke_invite: revoke,
  assignments,
  revoke_assignment: async (turn, deps, args) => {
    if (!/^#?\d{1,9}$/.test(args)) return { text: composeAdminUsage(turn.language) };
    const id = args.replace('#', '');
    const done = await revokeAssignmentById(deps.store, Number(id), adminScope(turn.speaker, deps.units()), turn.now, actorOfTurn(turn));
    return { text: composeAssignmentRevoked(turn.language, id, done) };
  },
};

async function invite(turn: Turn, deps: AppDeps<AuditLog & PeopleStore>, args: string): Promise<Reply> {
  const parts = splitRole(args);
  if (!parts) return { text: composeAdminUsage(turn.language) };
  const unit = resolveUnit(turn, deps, parts.unitText);
  if (!unit.ok) return unit.reply;
  const index = deps.units();
  if (!isAdmin(turn.speaker, unit.unit, index)) return { text: composePermissionDenied(turn.language, labelOf(turn, deps, unit.unit.id)) };
  if (!roleFitsUnit(parts.role, unit.unit)) {
    const province = index.provinceOf(unit.unit);
    return { text: composeRoleProvinceOnly(turn.language, parts.role, labelOf(turn, deps, unit.unit.id), labelOf(turn, deps, province.id)) };
  }
  const created = await issueInvite(deps.store, { unit: unit.unit, role: parts.role, now: turn.now }, actorOfTurn(turn));
  // The code is shown this once: the reply ledger keeps the reply with ‹code› in its place.
  return { text: composeInviteCreated(turn.language, { ...created, unitLabel: labelOf(turn, deps, created.unitId) }), secrets: [created.code] };
}

async function revoke(turn: Turn, deps: AppDeps<AuditLog & PeopleStore>, args: string): Promise<Reply> {
  if (!/^\S+$/.test(args)) return { text: composeAdminUsage(turn.language) };
  // A code typed to revoke it stays out of the audit's raw text and the reply ledger ("#12" is no secret).
  const secrets = args.startsWith('#') ? [] : [args];
  const actor = actorOfTurn(turn);
  const scope = adminScope(turn.speaker, deps.units());
  const done = await revokeInviteCode(deps.store, args, scope, turn.now, { ...actor, rawText: redactSecrets(actor.rawText, secrets) });
  return { text: composeInviteRevoked(turn.language, done ? `#${done.id} (${shownHint(done.codeHint)})` : args, done !== null), secrets };
}

async function assignments(turn: Turn, deps: AppDeps<PeopleStore>, args: string): Promise<Reply> {
  const index = deps.units();
  let scope = adminScope(turn.speaker, index);
  if (args !== '') {
    const unit = resolveUnit(turn, deps, args);
    if (!unit.ok) return unit.reply;
    if (!isAdmin(turn.speaker, unit.unit, index)) return { text: composePermissionDenied(turn.language, labelOf(turn, deps, unit.unit.id)) };
    scope = unitAndDescendants([unit.unit.id], index);
  }
  const listed = await deps.store.listAssignments(scope === 'all' ? {} : { unitIds: scope });
  const lines = listed.map((a) => ({
    ...a,
    unitLabel: labelOf(turn, deps, a.unitId),
    identities: a.identities.map((i) => `${i.channel}:${i.userId}`),
  }));
  return { text: composeAssignmentList(turn.language, lines) };
}

/** "Phường Thành Vinh đầu mối" → the unit words and the role; the role may come first or last. */
export function splitRole(args: string): { readonly unitText: string; readonly role: Role } | null {
  const words = args.split(/\s+/).filter((w) => w !== '');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const last = readRole(words.slice(-n).join(' '));
    if (last) return { unitText: words.slice(0, -n).join(' '), role: last };
    const first = readRole(words.slice(0, n).join(' '));
    if (first) return { unitText: words.slice(n).join(' '), role: first };
  }
  return null;
}

function resolveUnit(turn: Turn, deps: AppDeps<unknown>, text: string): { ok: true; unit: Unit } | { ok: false; reply: Reply } {
  const index = deps.units();
  const found = readUnitArgument(text, index);
  if (found.kind === 'found') return { ok: true, unit: found.unit };
  const others = found.kind === 'ambiguous' ? found.candidates : found.suggestions;
  return {
    ok: false,
    reply: {
      text: composeUnitNotResolved(
        turn.language,
        text,
        others.map((u) => describeUnit(u, index, turn.language)),
      ),
    },
  };
}

function labelOf(turn: Turn, deps: AppDeps<unknown>, unitId: number): string {
  const index = deps.units();
  const unit = index.get(unitId);
  return unit ? describeUnit(unit, index, turn.language) : `#${unitId}`;
}
