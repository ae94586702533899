/**
 * Registers the webhook bench's officials as in real use: one single-use invite each (role
 * official, spread over the post-2025 provinces), redeemed for their Telegram identity.
 */
import { openDatabase } from '../src/adapters/db/open-database.js';
import { createPrismaStore } from '../src/adapters/db/prisma-store.js';
import { newInviteCode } from '../src/app/access/invites.js';

/** Opens the database, registers each Telegram user id as an official, and closes it again. */
export async function registerOfficials(
  where: { readonly dataDir: string; readonly databaseUrl: string | undefined },
  userIds: readonly number[],
  now: Date,
): Promise<void> {
  const db = await openDatabase({ dataDir: where.dataDir, ...(where.databaseUrl ? { databaseUrl: where.databaseUrl } : {}) });
  try {
    const store = createPrismaStore(db);
    const provinces = (await store.listUnits()).filter((u) => u.structure === 'post2025' && u.level === 'province');
    if (provinces.length === 0) throw new Error('webhook bench: no post-2025 province to register officials for');
    const expiresAt = new Date(now.getTime() + 86_400_000).toISOString();
    for (const [i, userId] of userIds.entries()) {
      const unit = provinces[i % provinces.length];
      if (!unit) continue;
      const code = newInviteCode();
      await store.createInvite({ code, unitId: unit.id, role: 'official', createdById: null, expiresAt });
      const redeemed = await store.redeemInvite(code, { channel: 'telegram', userId: String(userId), displayName: `Bench official ${i}` }, now);
      if (!redeemed.ok) throw new Error(`webhook bench: invite refused: ${redeemed.reason}`);
    }
  } finally {
    await db.close();
  }
}
