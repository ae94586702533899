/**
 * People's picks among places of one name, one row per (person, name key). Read whenever a question
 * names a shared name ("Châu Thành"), so on the driver (../statements.ts); written only when a list
 * is answered, on Prisma.
 */
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { Statements } from '../statements.js';

const RECALL = { name: 'place_pick_recall', text: 'SELECT unit_id FROM place_pick WHERE person_id = $1 AND name_key = $2' };

/** See PlacePicks.rememberPick: an upsert on (person, name key); the foreign keys reject an unknown person or unit. */
export async function rememberPick(prisma: PrismaClient, personId: number, nameKey: string, unitId: number): Promise<void> {
  await prisma.placePick.upsert({
    where: { personId_nameKey: { personId, nameKey } },
    create: { personId, nameKey, unitId },
    update: { unitId },
  });
}

/** See PlacePicks.recallPick. */
export async function recallPick(sql: Statements, personId: number, nameKey: string): Promise<number | null> {
  const { rows } = await sql.run<{ unit_id: number }>(RECALL, [personId, nameKey]);
  return rows[0]?.unit_id ?? null;
}
