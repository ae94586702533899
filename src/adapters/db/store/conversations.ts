/** Conversation state per (channel, chat, user), kept in the database so any replica can continue it. */
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { ConversationKey, ConversationState } from '../../../ports/store.js';
import { jsonInput } from './mapping.js';

function where(key: ConversationKey) {
  return {
    channel_externalChatId_externalUserId: {
      channel: key.channel, externalChatId: key.chatId, externalUserId: key.userId,
    },
  };
}

/** The state, or null when there is none or it expired at or before `now`. */
export async function getConversation(
  prisma: PrismaClient, key: ConversationKey, now: Date,
): Promise<ConversationState | null> {
  const row = await prisma.conversationState.findUnique({ where: where(key) });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return { kind: row.kind, payload: row.payload, expiresAt: row.expiresAt.toISOString() };
}

/** Creates or replaces the state. */
export async function setConversation(
  prisma: PrismaClient, key: ConversationKey, state: ConversationState,
): Promise<void> {
  const data = { kind: state.kind, payload: jsonInput(state.payload), expiresAt: new Date(state.expiresAt) };
  await prisma.conversationState.upsert({
    where: where(key),
    create: { channel: key.channel, externalChatId: key.chatId, externalUserId: key.userId, ...data },
    update: data,
  });
}

/** Removes the state; no error when there is none. */
export async function clearConversation(prisma: PrismaClient, key: ConversationKey): Promise<void> {
  await prisma.conversationState.deleteMany({
    where: { channel: key.channel, externalChatId: key.chatId, externalUserId: key.userId },
  });
}
