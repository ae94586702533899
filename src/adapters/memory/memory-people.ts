/** The in-memory PeopleStore: people, chat identities, assignments and single-use invite codes. */

import { hashInviteCode, inviteCodeHint } from '../../app/access/invite-code.js';
import { ConflictError } from '../../core/errors.js';
import type { Invite, PeopleStore, Person, RedeemFailure } from '../../ports/people-store.js';
import { clone, type MemoryTables, nextId, replaceRow, requirePerson, requireUnitId, type StoredAssignment } from './memory-tables.js';

const usableAt = (invite: Invite, now: Date): boolean => invite.usedAt === null && invite.revokedAt === null && Date.parse(invite.expiresAt) > now.getTime();

const newestFirst = (a: Invite, b: Invite): number => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

/** Creates the people part of the memory store over shared tables. */
export function createMemoryPeople(tables: MemoryTables): PeopleStore {
  const personOf = (personId: number): Person => {
    const person = requirePerson(tables, personId);
    const assignments = tables.assignments
      .filter((a) => a.personId === personId && a.revokedAt === null)
      .map(({ revokedAt: _revokedAt, ...assignment }) => assignment);
    return clone({ ...person, assignments });
  };

  const refusal = (invite: Invite | undefined): RedeemFailure => {
    if (!invite) return 'unknown';
    if (invite.revokedAt) return 'revoked';
    return invite.usedAt ? 'used' : 'expired';
  };

  const grant = (personId: number, unitId: number, role: StoredAssignment['role']): void => {
    const existing = tables.assignments.find((a) => a.personId === personId && a.unitId === unitId && a.role === role);
    if (existing) replaceRow(tables.assignments, { ...existing, revokedAt: null });
    else {
      tables.assignments.push({
        id: nextId(tables, 'assignment'),
        personId,
        unitId,
        role,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      });
    }
  };

  return {
    async findPerson(identity) {
      const bound = tables.identities.find((i) => i.channel === identity.channel && i.userId === identity.userId);
      return bound ? personOf(bound.personId) : null;
    },

    async setLanguage(personId, language) {
      replaceRow(tables.people, { ...requirePerson(tables, personId), language });
    },

    async createInvite(input) {
      requireUnitId(tables, input.unitId);
      if (input.createdById !== null) requirePerson(tables, input.createdById);
      const codeHash = hashInviteCode(input.code);
      if (tables.invites.some((i) => i.codeHash === codeHash)) throw new ConflictError('An invite with this code exists.');
      const invite: Invite = {
        id: nextId(tables, 'invite'),
        codeHash,
        codeHint: inviteCodeHint(input.code),
        unitId: input.unitId,
        role: input.role,
        createdById: input.createdById,
        createdAt: new Date().toISOString(),
        expiresAt: new Date(input.expiresAt).toISOString(),
        usedAt: null,
        usedById: null,
        revokedAt: null,
      };
      tables.invites.push(invite);
      return clone(invite);
    },

    // No await between reading and writing: the whole redemption happens in one turn of the event loop.
    async redeemInvite(code, identity, now) {
      const codeHash = hashInviteCode(code);
      const invite = tables.invites.find((i) => i.codeHash === codeHash);
      if (!invite || !usableAt(invite, now)) return { ok: false, reason: refusal(invite) };
      const bound = tables.identities.find((i) => i.channel === identity.channel && i.userId === identity.userId);
      let personId = bound?.personId;
      if (personId === undefined) {
        personId = nextId(tables, 'person');
        tables.people.push({ id: personId, displayName: identity.displayName, language: null });
        tables.identities.push({ personId, channel: identity.channel, userId: identity.userId });
      }
      const used: Invite = { ...invite, usedAt: now.toISOString(), usedById: personId };
      replaceRow(tables.invites, used);
      grant(personId, invite.unitId, invite.role);
      return { ok: true, person: personOf(personId), invite: clone(used) };
    },

    async listInvites(filter) {
      return tables.invites
        .filter((i) => (filter.unitIds ? filter.unitIds.includes(i.unitId) : true))
        .filter((i) => filter.all || usableAt(i, filter.now))
        .sort(newestFirst)
        .map(clone);
    },

    async revokeInvite(id, now) {
      const invite = tables.invites.find((i) => i.id === id);
      if (!invite || !usableAt(invite, now)) return false;
      replaceRow(tables.invites, { ...invite, revokedAt: now.toISOString() });
      return true;
    },

    async listAssignments(filter) {
      return tables.assignments
        .filter((a) => a.revokedAt === null && (filter.unitIds ? filter.unitIds.includes(a.unitId) : true))
        .map(({ revokedAt: _revokedAt, ...assignment }) =>
          clone({
            ...assignment,
            displayName: requirePerson(tables, assignment.personId).displayName,
            identities: tables.identities.filter((i) => i.personId === assignment.personId).map((i) => ({ channel: i.channel, userId: i.userId })),
          }),
        );
    },

    async revokeAssignment(id, now) {
      const assignment = tables.assignments.find((a) => a.id === id && a.revokedAt === null);
      if (!assignment) return false;
      replaceRow(tables.assignments, { ...assignment, revokedAt: now.toISOString() });
      return true;
    },
  };
}
