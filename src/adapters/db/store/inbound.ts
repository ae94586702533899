/**
 * Answered messages per (channel, chat, message), so that a redelivered webhook update is not answered
 * twice. The record runs for every webhook message, so it runs on the driver (../statements.ts) and
 * waits a moment to share a statement with others (waiting-writes.ts); the ledger is read in the
 * turn's opening read (turn-opening.ts), where a row without a reply counts as not answered.
 */
import { textArrays } from '../statements.js';

/**
 * The insert of answered records given as five text arrays from parameter `$first` on (channel, chat,
 * message, reply, instant). It cannot fail on the unique key when two deliveries finish at once,
 * keeps the first reply, and gives this one to a row recorded without. Instants are stored as UTC
 * wall time, as Prisma stores them (a zone in a timestamp's input is ignored).
 */
export function markAnsweredRows(first: number): string {
  return `INSERT INTO inbound_message (channel, external_chat_id, external_message_id, reply, received_at)
         SELECT r.channel::"Channel", r.chat, r.message, r.reply, r.at::timestamp(3)
         FROM unnest(${textArrays(first, 5)}) AS r(channel, chat, message, reply, at)
         ON CONFLICT (channel, external_chat_id, external_message_id)
         DO UPDATE SET reply = EXCLUDED.reply WHERE inbound_message.reply IS NULL`;
}
