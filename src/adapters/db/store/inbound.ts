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
 * See InboundStore.markAnswered. One statement, written out because it runs for every message and
 * Prisma's createMany is planned anew on each call: the insert cannot fail on the unique key when two
 * deliveries finish at once, keeps the first reply, and gives this one to a row recorded without.
 * The instant is stored as UTC wall time, as Prisma stores it (a zone in a timestamp's input is ignored).
 */
export async function markAnswered(prisma: PrismaClient, key: InboundKey, reply: string, at: Date): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO inbound_message (channel, external_chat_id, external_message_id, reply, received_at)
    VALUES (${key.channel}::"Channel", ${key.chatId}, ${key.messageId}, ${reply}, ${at.toISOString()}::timestamp(3))
    ON CONFLICT (channel, external_chat_id, external_message_id)
    DO UPDATE SET reply = EXCLUDED.reply WHERE inbound_message.reply IS NULL`;
}
