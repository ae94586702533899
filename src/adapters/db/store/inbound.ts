/**
 * Answered messages per (channel, chat, message), so that a redelivered webhook update is not answered
 * twice. Both statements run for every webhook message, so they run on the driver (../statements.ts).
 */
import type { InboundKey } from '../../../ports/inbound-store.js';
import type { Statements } from '../statements.js';

const FIND_ANSWERED = {
  name: 'inbound_find_answered',
  text: `SELECT reply FROM inbound_message
         WHERE channel = $1::"Channel" AND external_chat_id = $2 AND external_message_id = $3`,
};

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

/** See InboundStore.findAnswered: a row without a reply counts as not answered. */
export async function findAnswered(sql: Statements, key: InboundKey): Promise<{ readonly reply: string } | null> {
  const { rows } = await sql.run<{ reply: string | null }>(FIND_ANSWERED, keyParams(key));
  const reply = rows[0]?.reply;
  return reply == null ? null : { reply };
}

/** See InboundStore.markAnswered. */
export async function markAnswered(sql: Statements, key: InboundKey, reply: string, at: Date): Promise<void> {
  await sql.run(MARK_ANSWERED, [...keyParams(key), reply, at.toISOString()]);
}
