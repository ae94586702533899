/**
 * Pruning the operational tables (ports/retention.ts says which and why): two deletes, each by its
 * own column, through Prisma so that the instants are compared as Prisma stores them (UTC wall time).
 */
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { PruneResult, RetentionCutoffs } from '../../../ports/retention.js';

/** See RetentionStore.pruneOperational. */
export async function pruneOperational(prisma: PrismaClient, cutoffs: RetentionCutoffs): Promise<PruneResult> {
  const inbound = await prisma.inboundMessage.deleteMany({ where: { receivedAt: { lt: cutoffs.inboundBefore } } });
  const conversations = await prisma.conversationState.deleteMany({ where: { expiresAt: { lt: cutoffs.conversationsExpiredBefore } } });
  return { inbound: inbound.count, conversations: conversations.count };
}
