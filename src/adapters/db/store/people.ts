/** People, their chat identities and their active assignments (roles for units). */
import type { Language } from '../../../core/types.js';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.js';
import type { Assignment, AssignmentListing, Identity, Person } from '../../../ports/people-store.js';

/** What to load with a person so that it maps to the port's Person. */
export const withActiveAssignments = {
  assignments: { where: { revokedAt: null }, orderBy: { id: 'asc' } },
} as const satisfies Prisma.PersonInclude;

type PersonRow = Prisma.PersonGetPayload<{ include: typeof withActiveAssignments }>;
type AssignmentRow = PersonRow['assignments'][number];

/** A person row with its active assignments as the port's Person. */
export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    displayName: row.displayName,
    language: toLanguage(row.language),
    assignments: row.assignments.map(toAssignment),
  };
}

/** See PeopleStore.findPerson. */
export async function findPerson(prisma: PrismaClient, identity: Identity): Promise<Person | null> {
  const row = await prisma.chatIdentity.findUnique({
    where: { channel_externalUserId: { channel: identity.channel, externalUserId: identity.userId } },
    include: { person: { include: withActiveAssignments } },
  });
  return row ? toPerson(row.person) : null;
}

/** See PeopleStore.setLanguage; update fails (P2025) when there is no such person. */
export async function setLanguage(prisma: PrismaClient, personId: number, language: Language | null): Promise<void> {
  await prisma.person.update({ where: { id: personId }, data: { language } });
}

/** See PeopleStore.listAssignments: active assignments in the order they were made. */
export async function listAssignments(
  prisma: PrismaClient, filter: { readonly unitIds?: readonly number[] },
): Promise<AssignmentListing[]> {
  const rows = await prisma.assignment.findMany({
    where: { revokedAt: null, ...(filter.unitIds ? { unitId: { in: [...filter.unitIds] } } : {}) },
    include: { person: { include: { identities: { orderBy: { id: 'asc' } } } } },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({
    ...toAssignment(row),
    displayName: row.person.displayName,
    identities: row.person.identities.map((i) => ({ channel: i.channel, userId: i.externalUserId })),
  }));
}

/** See PeopleStore.revokeAssignment. */
export async function revokeAssignment(prisma: PrismaClient, id: number, now: Date): Promise<boolean> {
  const { count } = await prisma.assignment.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}

function toAssignment(row: AssignmentRow): Assignment {
  return { id: row.id, personId: row.personId, unitId: row.unitId, role: row.role, createdAt: row.createdAt.toISOString() };
}

function toLanguage(value: string | null): Language | null {
  return value === 'vi' || value === 'en' ? value : null;
}
