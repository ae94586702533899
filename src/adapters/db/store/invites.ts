/**
 * Single-use invite codes, stored as the hash of the code and a hint (app/access/invite-code.ts): the code
 * itself is in no row and no SQL parameter. Redeeming claims the code with a conditional update
 * (still unused, unrevoked and unexpired), so of two requests racing for one code exactly one wins.
 */

import { hashInviteCode, inviteCodeHint } from '../../../app/access/invite-code.js';
import type { Invite as InviteRow, PrismaClient } from '../../../generated/prisma/client.js';
import type { Identity, Invite, NewInvite, Person, RedeemFailure } from '../../../ports/people-store.js';
import { toPerson, withActiveAssignments } from './people.js';

type Redeemed = { readonly ok: true; readonly person: Person; readonly invite: Invite } | { readonly ok: false; readonly reason: RedeemFailure };

/** See PeopleStore.createInvite; a code already stored is rejected by the unique constraint on its hash. */
export async function createInvite(prisma: PrismaClient, input: NewInvite): Promise<Invite> {
  const row = await prisma.invite.create({
    data: {
      codeHash: hashInviteCode(input.code),
      codeHint: inviteCodeHint(input.code),
      unitId: input.unitId,
      role: input.role,
      createdById: input.createdById,
      expiresAt: new Date(input.expiresAt),
    },
  });
  return toInvite(row);
}

/** See PeopleStore.redeemInvite. */
export async function redeemInvite(prisma: PrismaClient, code: string, identity: Identity & { readonly displayName: string }, now: Date): Promise<Redeemed> {
  const codeHash = hashInviteCode(code);
  return prisma.$transaction(async (tx): Promise<Redeemed> => {
    const claimed = await tx.invite.updateMany({
      where: { codeHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) {
      const invite = await tx.invite.findUnique({ where: { codeHash } });
      return { ok: false, reason: invite ? refusal(invite, now) : 'unknown' };
    }
    const key = { channel: identity.channel, externalUserId: identity.userId };
    const known = await tx.chatIdentity.findUnique({ where: { channel_externalUserId: key }, select: { personId: true } });
    const personId =
      known?.personId ??
      (
        await tx.person.create({
          data: { displayName: identity.displayName, identities: { create: { ...key, displayName: identity.displayName } } },
          select: { id: true },
        })
      ).id;
    const invite = await tx.invite.update({ where: { codeHash }, data: { usedById: personId } });
    await tx.assignment.upsert({
      where: { personId_unitId_role: { personId, unitId: invite.unitId, role: invite.role } },
      create: { personId, unitId: invite.unitId, role: invite.role },
      update: { revokedAt: null },
    });
    const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, include: withActiveAssignments });
    return { ok: true, person: toPerson(person), invite: toInvite(invite) };
  });
}

/** See PeopleStore.listInvites: newest first. */
export async function listInvites(
  prisma: PrismaClient,
  filter: { readonly unitIds?: readonly number[]; readonly all?: boolean; readonly now: Date },
): Promise<Invite[]> {
  const rows = await prisma.invite.findMany({
    where: {
      ...(filter.unitIds ? { unitId: { in: [...filter.unitIds] } } : {}),
      ...(filter.all ? {} : { usedAt: null, revokedAt: null, expiresAt: { gt: filter.now } }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return rows.map(toInvite);
}

/** See PeopleStore.revokeInvite: only an invite that could still be used is revoked. */
export async function revokeInvite(prisma: PrismaClient, id: number, now: Date): Promise<boolean> {
  const { count } = await prisma.invite.updateMany({
    where: { id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return count > 0;
}

/** Why a known invite cannot be used at `now`. */
function refusal(invite: InviteRow, now: Date): RedeemFailure {
  if (invite.revokedAt) return 'revoked';
  if (invite.usedAt) return 'used';
  return invite.expiresAt.getTime() <= now.getTime() ? 'expired' : 'used';
}

function toInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    codeHash: row.codeHash,
    codeHint: row.codeHint,
    unitId: row.unitId,
    role: row.role,
    createdById: row.createdById,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
    usedById: row.usedById,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
