/**
 * Who to remind: the people holding a role for some units, with the private chats they can be reached
 * in, and those closed to the bot (to say why a unit cannot be reached). A handful of queries
 * whatever the number of people (planning for 10,000 focal points), never one per person.
 */

import type { ChatRef, Contact } from '../../../core/reminders/types.js';
import type { Role } from '../../../core/types.js';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import { asContact, type RoleHolder } from '../../../ports/role-holders.js';
import { chunks } from './mapping.js';
import { BATCH } from './reminders-chats.js';

/** The channels whose private chat id is the user's id; console identities cannot be messaged. */
const REACHABLE = ['telegram', 'zalo'] as const;

const refKey = (ref: ChatRef): string => `${ref.channel}|${ref.externalChatId}`;

/**
 * See RoleHolders.roleHolders. Ordered by person id; each holder's units ascending and its chats,
 * open and blocked, in the order the identities were bound.
 */
export async function roleHolders(prisma: PrismaClient, unitIds: readonly number[], role: Role): Promise<RoleHolder[]> {
  const unitsOf = new Map<number, Set<number>>();
  for (const part of chunks([...new Set(unitIds)], BATCH)) {
    const rows = await prisma.assignment.findMany({
      where: { unitId: { in: part }, role, revokedAt: null },
      select: { personId: true, unitId: true },
    });
    for (const row of rows) unitsOf.set(row.personId, (unitsOf.get(row.personId) ?? new Set()).add(row.unitId));
  }

  const people = [];
  for (const part of chunks([...unitsOf.keys()], BATCH)) {
    people.push(
      ...(await prisma.person.findMany({
        where: { id: { in: part } },
        select: {
          id: true,
          displayName: true,
          language: true,
          identities: { where: { channel: { in: [...REACHABLE] } }, select: { channel: true, externalUserId: true }, orderBy: { id: 'asc' } },
        },
      })),
    );
  }

  const inactive = await inactivePrivateChats(
    prisma,
    people.flatMap((p) =>
      p.identities.map((i) => ({
        channel: i.channel,
        externalChatId: i.externalUserId,
      })),
    ),
  );
  return people
    .sort((a, b) => a.id - b.id)
    .map((person) => {
      const all = person.identities.map((i): ChatRef => ({ channel: i.channel, externalChatId: i.externalUserId }));
      return {
        personId: person.id,
        displayName: person.displayName,
        language: person.language === 'vi' || person.language === 'en' ? person.language : null,
        unitIds: [...(unitsOf.get(person.id) ?? [])].sort((a, b) => a - b),
        chats: all.filter((chat) => !inactive.has(refKey(chat))),
        blockedChats: all.filter((chat) => inactive.has(refKey(chat))),
      };
    });
}

/** See RoleHolders.contacts: the role holders without the chats that are closed to the bot. */
export async function contacts(prisma: PrismaClient, unitIds: readonly number[], role: Role): Promise<Contact[]> {
  return (await roleHolders(prisma, unitIds, role)).map(asContact);
}

/** The keys of the private chats among `refs` that are stored inactive (the person blocked the bot). */
async function inactivePrivateChats(prisma: PrismaClient, refs: readonly ChatRef[]): Promise<Set<string>> {
  const inactive = new Set<string>();
  for (const channel of REACHABLE) {
    const ids = [...new Set(refs.filter((r) => r.channel === channel).map((r) => r.externalChatId))];
    for (const part of chunks(ids, BATCH)) {
      const rows = await prisma.chat.findMany({
        where: { channel, kind: 'private', active: false, externalChatId: { in: part } },
        select: { externalChatId: true },
      });
      for (const row of rows) inactive.add(refKey({ channel, externalChatId: row.externalChatId }));
    }
  }
  return inactive;
}
