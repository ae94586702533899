/**
 * Answered messages per (channel, chat, message), so that a redelivered webhook update is not answered
 * twice. The record runs for every webhook message, so it runs on the driver (../statements.ts); the
 * ledger is read in the turn's opening read (turn-opening.ts), where a row without a reply counts as
 * not answered.
 */
import type { InboundKey } from '../../../ports/inbound-store.js';
import type { Statements } from '../statements.js';

/**
 * The insert cannot fail on the unique key when two deliveries finish at once, keeps the first reply,
 * and gives this one to a row recorded without. The instant is stored as UTC wall time, as Prisma
 * stores it (a zone in a timestamp's input is ignored).
 */
const MARK_ANSWERED = {
  name: 'inbound_mark_answered',
  text: `INSERT INTO inbound_message (channel, external_chat_id, external_message_id, reply, received_at)
         VALUES ($1::"Channel", $2, $3, $4, $5::timestamp(3))
         ON CONFLICT (channel, external_chat_id, external_message_id)
         DO UPDATE SET reply = EXCLUDED.reply WHERE inbound_message.reply IS NULL`,
};

const keyParams = (key: InboundKey) => [key.channel, key.chatId, key.messageId];

/** See InboundStore.markAnswered. */
export async function markAnswered(sql: Statements, key: InboundKey, reply: string, at: Date): Promise<void> {
  await sql.run(MARK_ANSWERED, [...keyParams(key), reply, at.toISOString()]);
}
