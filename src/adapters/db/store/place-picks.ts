/**
 * People's picks among places of one name, one row per (person, name key). Read only when a name
 * would need a numbered list, written only when one is answered: Prisma is fast enough here.
 */
import type { PrismaClient } from '../../../generated/prisma/client.js';

/** See PlacePicks.rememberPick: an upsert on (person, name key); the foreign keys reject an unknown person or unit. */
export async function rememberPick(prisma: PrismaClient, personId: number, nameKey: string, unitId: number): Promise<void> {
  await prisma.placePick.upsert({
    where: { personId_nameKey: { personId, nameKey } },
    create: { personId, nameKey, unitId },
    update: { unitId },
  });
}

/** See PlacePicks.recallPick. */
export async function recallPick(prisma: PrismaClient, personId: number, nameKey: string): Promise<number | null> {
  const row = await prisma.placePick.findUnique({ where: { personId_nameKey: { personId, nameKey } }, select: { unitId: true } });
  return row?.unitId ?? null;
}
