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
 * The insert of answered records given as five text arrays from parameter `$first` on (channel, chat,
 * message, reply, instant). It cannot fail on the unique key when two deliveries finish at once,
 * keeps the first reply, and gives this one to a row recorded without. Instants are stored as UTC
 * wall time, as Prisma stores them (a zone in a timestamp's input is ignored).
 */
export function markAnsweredRows(first: number): string {
  const arrays = [0, 1, 2, 3, 4].map((i) => `$${first + i}::text[]`).join(', ');
  return `INSERT INTO inbound_message (channel, external_chat_id, external_message_id, reply, received_at)
         SELECT r.channel::"Channel", r.chat, r.message, r.reply, r.at::timestamp(3)
         FROM unnest(${arrays}) AS r(channel, chat, message, reply, at)
         ON CONFLICT (channel, external_chat_id, external_message_id)
         DO UPDATE SET reply = EXCLUDED.reply WHERE inbound_message.reply IS NULL`;
}

const MARK_ANSWERED = { name: 'inbound_mark_answered', text: markAnsweredRows(1) };

interface Pending {
  readonly key: InboundKey;
  readonly reply: string;
  readonly at: string;
  readonly settle: { resolve(): void; reject(error: unknown): void };
}

/** Records taken from the writer: the five columns of {@link markAnsweredRows}, and how to settle their calls. */
export interface LedgerRows {
  readonly columns: readonly (readonly string[])[];
  /** Resolves every call of the records, or rejects them with the statement's error. */
  settle(error?: unknown): void;
}

/** The records' writer: InboundStore.markAnswered, and the records waiting, for another statement to carry. */
export interface LedgerWriter {
  readonly markAnswered: InboundStore['markAnswered'];
  /**
   * Takes the records waiting (none: empty columns) for a statement about to run anyway (the turn's
   * opening read, turn-opening.ts), which settles them: under load a record rarely costs a
   * statement of its own.
   */
  take(): LedgerRows;
}

/**
 * The ledger's writer over `sql`: each markAnswered call resolves once its record is in, recorded
 * with the others made within `windowMs` of the first of them in one statement, or sooner in the
 * statement of whoever takes them. Within a batch the first record of a message wins, as across batches.
 */
export function createLedgerWriter(sql: Statements, windowMs = LEDGER_WINDOW_MS): LedgerWriter {
  let pending: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;

  const take = (): LedgerRows => {
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
    return {
      columns: [
        rows.map((r) => r.key.channel),
        rows.map((r) => r.key.chatId),
        rows.map((r) => r.key.messageId),
        rows.map((r) => r.reply),
        rows.map((r) => r.at),
      ],
      settle(error?: unknown) {
        for (const p of batch) {
          if (error === undefined) p.settle.resolve();
          else p.settle.reject(error);
        }
      },
    };
  };

  const flush = (): void => {
    const rows = take();
    sql.run(MARK_ANSWERED, rows.columns).then(
      () => rows.settle(),
      (error: unknown) => rows.settle(error ?? new Error('the ledger statement failed')),
    );
  };

  return {
    take,
    markAnswered: (key, reply, at) =>
      new Promise<void>((resolve, reject) => {
        // An invalid date throws here, before its record joins a batch.
        pending.push({ key, reply, at: at.toISOString(), settle: { resolve, reject } });
        if (pending.length >= LEDGER_BATCH) flush();
        else timer ??= setTimeout(flush, windowMs);
      }),
  };
}
