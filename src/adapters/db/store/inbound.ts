/**
 * Answered messages per (channel, chat, message), so that a redelivered webhook update is not answered
 * twice. The record runs for every webhook message, so it runs on the driver (../statements.ts), and
 * records close together share one statement (createLedgerWriter); the ledger is read in the turn's
 * opening read (turn-opening.ts), where a row without a reply counts as not answered.
 */
import type { InboundKey, InboundStore } from '../../../ports/inbound-store.js';
import type { Statements } from '../statements.js';

/**
 * Our choice: a record waits up to 20 ms for others to share its statement. The reply is already out
 * when it is recorded, so only the webhook's own answer to the platform waits; at 200 messages a
 * second about four records go in one statement instead of four. A delivery of the same message
 * coming meanwhile to this process is caught by answer-once's in-flight set.
 */
export const LEDGER_WINDOW_MS = 20;
/** Our choice: records in one statement at most; a fuller batch goes at once. */
const LEDGER_BATCH = 200;

/**
 * The insert cannot fail on the unique key when two deliveries finish at once, keeps the first reply,
 * and gives this one to a row recorded without. Instants are stored as UTC wall time, as Prisma
 * stores them (a zone in a timestamp's input is ignored).
 */
const MARK_ANSWERED = {
  name: 'inbound_mark_answered',
  text: `INSERT INTO inbound_message (channel, external_chat_id, external_message_id, reply, received_at)
         SELECT r.channel::"Channel", r.chat, r.message, r.reply, r.at::timestamp(3)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS r(channel, chat, message, reply, at)
         ON CONFLICT (channel, external_chat_id, external_message_id)
         DO UPDATE SET reply = EXCLUDED.reply WHERE inbound_message.reply IS NULL`,
};

interface Pending {
  readonly key: InboundKey;
  readonly reply: string;
  readonly at: string;
  readonly settle: { resolve(): void; reject(error: unknown): void };
}

/**
 * InboundStore.markAnswered over `sql`: each call resolves once its record is in, recorded with the
 * others made within `windowMs` of the first of them in one statement. Within a batch the first
 * record of a message wins, as across batches.
 */
export function createLedgerWriter(sql: Statements, windowMs = LEDGER_WINDOW_MS): InboundStore['markAnswered'] {
  let pending: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    // One row per message, its first record: a statement may not update a row twice.
    const byMessage = new Map<string, Pending>();
    for (const p of batch) {
      const key = JSON.stringify([p.key.channel, p.key.chatId, p.key.messageId]);
      if (!byMessage.has(key)) byMessage.set(key, p);
    }
    const rows = [...byMessage.values()];
    const columns = [
      rows.map((r) => r.key.channel),
      rows.map((r) => r.key.chatId),
      rows.map((r) => r.key.messageId),
      rows.map((r) => r.reply),
      rows.map((r) => r.at),
    ];
    sql.run(MARK_ANSWERED, columns).then(
      () => {
        for (const p of batch) p.settle.resolve();
      },
      (error: unknown) => {
        for (const p of batch) p.settle.reject(error);
      },
    );
  };

  return (key, reply, at) =>
    new Promise<void>((resolve, reject) => {
      // An invalid date throws here, before its record joins a batch.
      pending.push({ key, reply, at: at.toISOString(), settle: { resolve, reject } });
      if (pending.length >= LEDGER_BATCH) flush();
      else timer ??= setTimeout(flush, windowMs);
    });
}
