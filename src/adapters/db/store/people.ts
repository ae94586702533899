/** People, their chat identities and their active assignments (roles for units). */
import type { Language, Role } from '../../../core/types.js';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.js';
import type { Assignment, AssignmentListing, Identity, Person } from '../../../ports/people-store.js';
import { isoInstant, type Statements } from '../statements.js';

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

/** One row of the speaker's join: the person, and one active assignment or none. */
export interface SpeakerRow {
  readonly id: number | null;
  readonly display_name: string | null;
  readonly language: string | null;
  readonly assignment_id: number | null;
  readonly unit_id: number | null;
  readonly role: Role | null;
  readonly assigned_at: string | null;
}

/**
 * The speaker's rows (one per active assignment, or one with none) for the identity ($1 channel, $2
 * user id). It runs for every message, so it is a join on the driver: the include would take three
 * queries (identity, person, assignments), and each Prisma query costs far more than the join itself.
 */
export const SPEAKER_ROWS = `SELECT p.id, p.display_name, p.language,
         a.id AS assignment_id, a.unit_id, a.role::text AS role, ${isoInstant('a.created_at')} AS assigned_at
       FROM chat_identity i
       JOIN person p ON p.id = i.person_id
       LEFT JOIN assignment a ON a.person_id = p.id AND a.revoked_at IS NULL
       WHERE i.channel = $1::"Channel" AND i.external_user_id = $2`;

const FIND_SPEAKER = { name: 'people_find_speaker', text: `${SPEAKER_ROWS} ORDER BY a.id` };

/** See PeopleStore.findPerson. */
export async function findPerson(sql: Statements, identity: Identity): Promise<Person | null> {
  const { rows } = await sql.run<SpeakerRow>(FIND_SPEAKER, [identity.channel, identity.userId]);
  return personOfRows(rows);
}

/** The person of the speaker's rows (ordered by assignment), or null: no rows, or a row without a person (TurnOpener.openTurn's for an unknown identity). */
export function personOfRows(rows: readonly SpeakerRow[]): Person | null {
  const first = rows[0];
  if (!first || first.id === null || first.display_name === null) return null;
  const personId = first.id;
  const assignments = rows.flatMap((row): Assignment[] =>
    row.assignment_id === null || row.unit_id === null || row.role === null || row.assigned_at === null
      ? []
      : [{ id: row.assignment_id, personId, unitId: row.unit_id, role: row.role, createdAt: row.assigned_at }],
  );
  return { id: personId, displayName: first.display_name, language: toLanguage(first.language), assignments };
}

/** See PeopleStore.setLanguage; update fails (P2025) when there is no such person. */
export async function setLanguage(prisma: PrismaClient, personId: number, language: Language | null): Promise<void> {
  await prisma.person.update({ where: { id: personId }, data: { language } });
}

/** See PeopleStore.listAssignments: active assignments in the order they were made. */
export async function listAssignments(prisma: PrismaClient, filter: { readonly unitIds?: readonly number[] }): Promise<AssignmentListing[]> {
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
