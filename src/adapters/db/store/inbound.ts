/** Answered messages per (channel, chat, message), so that a redelivered webhook update is not answered twice. */
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { InboundKey } from '../../../ports/inbound-store.js';

function columns(key: InboundKey) {
  return { channel: key.channel, externalChatId: key.chatId, externalMessageId: key.messageId };
}

/** See InboundStore.findAnswered: a row without a reply counts as not answered. */
export async function findAnswered(prisma: PrismaClient, key: InboundKey): Promise<{ readonly reply: string } | null> {
  const row = await prisma.inboundMessage.findUnique({
    where: { channel_externalChatId_externalMessageId: columns(key) },
    select: { reply: true },
  });
  return row?.reply == null ? null : { reply: row.reply };
}

/**
 * See InboundStore.markAnswered. INSERT … ON CONFLICT DO NOTHING keeps the first reply and cannot fail
 * on the unique key when two deliveries finish at once; a row recorded earlier without a reply gets this one.
 */
export async function markAnswered(prisma: PrismaClient, key: InboundKey, reply: string, at: Date): Promise<void> {
  const inserted = await prisma.inboundMessage.createMany({
    data: [{ ...columns(key), reply, receivedAt: at }],
    skipDuplicates: true,
  });
  if (inserted.count > 0) return;
  await prisma.inboundMessage.updateMany({ where: { ...columns(key), reply: null }, data: { reply } });
}
