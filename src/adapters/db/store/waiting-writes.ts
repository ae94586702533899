/**
 * Writes that need not hold up the message they belong to wait a moment, so that several share one
 * statement, or ride on the next turn's opening read (turn-opening.ts) instead of a statement of
 * their own: the inbound ledger's records (the reply is already out when one is made) and the
 * conversation states set soon (ConversationStore.setConversationSoon: the chart button's offer,
 * which nobody answers before the reply has reached them). This process reads a state waiting, or in
 * a statement not yet done, as the conversation's (`waitingState`); another replica reads it once its
 * statement is in, a few milliseconds later.
 */
import type { ConversationKey, ConversationState } from '../../../ports/conversation-store.js';
import type { InboundKey, InboundStore } from '../../../ports/inbound-store.js';
import type { Statements } from '../statements.js';
import { type StatesWaiting, setConversationRows } from './conversations.js';
import { markAnsweredRows } from './inbound.js';

/**
 * Our choice: a write waits up to 20 ms for others to share its statement. At 200 messages a second
 * about four records go in one statement instead of four, when no opening read takes them sooner. A
 * delivery of the same message coming meanwhile to this process is caught by answer-once's in-flight set.
 */
export const WRITE_WINDOW_MS = 20;
/** Our choice: writes in one statement at most; a fuller batch goes at once. */
const BATCH = 200;

const FLUSH = {
  name: 'waiting_writes',
  text: `WITH marked AS (${markAnsweredRows(1)}), kept AS (${setConversationRows(6)}) SELECT 1`,
};

interface Settle {
  resolve(): void;
  reject(error: unknown): void;
}

interface AnsweredRecord {
  readonly key: InboundKey;
  readonly reply: string;
  readonly at: string;
  readonly settle: Settle;
}

interface StateWrite {
  readonly key: ConversationKey;
  readonly state: ConversationState;
  /** The payload as written, frozen when it was set. */
  readonly payload: string;
  readonly at: string;
  /** The calls it answers: its own, and those of earlier states of the key it replaced while waiting. */
  readonly settles: readonly Settle[];
}

/** Writes taken from the waiting: the columns of the two inserts, and how to settle their calls. */
export interface WaitingRows {
  /** The five columns of markAnsweredRows. */
  readonly answered: readonly (readonly string[])[];
  /** The seven columns of setConversationRows. */
  readonly conversations: readonly (readonly string[])[];
  /** Resolves every call whose write is in the rows, or rejects them with the statement's error. */
  settle(error?: unknown): void;
}

/** InboundStore.markAnswered and ConversationStore.setConversationSoon, waiting for a statement. */
export interface WaitingWrites extends StatesWaiting {
  readonly markAnswered: InboundStore['markAnswered'];
  setConversationSoon(key: ConversationKey, state: ConversationState): Promise<void>;
  /** Takes the writes waiting (none: empty columns) for a statement about to run anyway, which settles them. */
  take(): WaitingRows;
  /** Writes what waits now and resolves once every statement carrying waiting writes has ended: before the database closes. */
  drain(): Promise<void>;
}

/** No write waiting: the columns of both inserts empty, nothing to settle. */
export const NOTHING: WaitingRows = {
  answered: [[], [], [], [], []],
  conversations: [[], [], [], [], [], [], []],
  settle: () => undefined,
};

const NO_STATES = { writes: [] as readonly StateWrite[], finish: (): void => undefined };

const stateKey = (key: ConversationKey): string => `${key.channel}\u0000${key.chatId}\u0000${key.userId}`;

/**
 * The waiting writes over `sql`: each call resolves once its write is in, made with the others of
 * `windowMs` after the first of them in one statement, or sooner in the statement of whoever takes
 * them. Within a statement the first record of a message wins, as across statements, and the last
 * state of a key; a state whose key is still in a statement waits for it, so that the states of one
 * key land in the order they were set.
 */
export function createWaitingWrites(sql: Statements, windowMs = WRITE_WINDOW_MS): WaitingWrites {
  let records: AnsweredRecord[] = [];
  const states = new Map<string, StateWrite>();
  const inStatement = new Map<string, { readonly state: ConversationState; readonly done: Promise<void> }>();
  let timer: NodeJS.Timeout | undefined;
  /** The window's own statements still running. */
  const running = new Set<Promise<void>>();

  const arm = (): void => {
    if (records.length + states.size >= BATCH) flush();
    else if (records.length + states.size > 0) timer ??= setTimeout(flush, windowMs);
  };

  /** The states waiting whose key is in no statement, now in the statement whose settling calls `finish`. */
  const takeStates = (): { writes: readonly StateWrite[]; finish: () => void } => {
    const writes: StateWrite[] = [];
    let finish = (): void => undefined;
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    for (const [key, write] of states) {
      if (inStatement.has(key)) continue;
      states.delete(key);
      inStatement.set(key, { state: write.state, done });
      writes.push(write);
    }
    const landed = (): void => {
      for (const w of writes) if (inStatement.get(stateKey(w.key))?.done === done) inStatement.delete(stateKey(w.key));
      finish();
    };
    return { writes, finish: landed };
  };

  const take = (): WaitingRows => {
    clearTimeout(timer);
    timer = undefined;
    const { writes, finish } = states.size === 0 ? NO_STATES : takeStates();
    if (records.length === 0 && writes.length === 0) return NOTHING;
    const batch = records;
    records = [];
    // One row per message, its first record: a statement may not update a row twice.
    const byMessage = new Map<string, AnsweredRecord>();
    for (const r of batch) {
      const key = `${r.key.channel}\u0000${r.key.chatId}\u0000${r.key.messageId}`;
      if (!byMessage.has(key)) byMessage.set(key, r);
    }
    const answered = [...byMessage.values()];
    return {
      answered: [
        answered.map((r) => r.key.channel),
        answered.map((r) => r.key.chatId),
        answered.map((r) => r.key.messageId),
        answered.map((r) => r.reply),
        answered.map((r) => r.at),
      ],
      conversations: [
        writes.map((w) => w.key.channel),
        writes.map((w) => w.key.chatId),
        writes.map((w) => w.key.userId),
        writes.map((w) => w.state.kind),
        writes.map((w) => w.payload),
        writes.map((w) => w.state.expiresAt),
        writes.map((w) => w.at),
      ],
      settle(error?: unknown) {
        finish();
        const settles = [...batch.map((r) => r.settle), ...writes.flatMap((w) => w.settles)];
        for (const settle of settles) {
          if (error === undefined) settle.resolve();
          else settle.reject(error);
        }
        // States held back while their key was in this statement go now.
        arm();
      },
    };
  };

  const flush = (): void => {
    const rows = take();
    if (rows === NOTHING) return;
    const statement = sql.run(FLUSH, [...rows.answered, ...rows.conversations]).then(
      () => rows.settle(),
      (error: unknown) => rows.settle(error ?? new Error('the waiting writes statement failed')),
    );
    running.add(statement);
    void statement.finally(() => running.delete(statement));
  };

  return {
    take,
    markAnswered: (key, reply, at) =>
      new Promise<void>((resolve, reject) => {
        // An invalid date throws here, before its record joins a batch.
        records.push({ key, reply, at: at.toISOString(), settle: { resolve, reject } });
        arm();
      }),
    setConversationSoon: (key, state) =>
      new Promise<void>((resolve, reject) => {
        const frozen = { kind: state.kind, payload: state.payload ?? null, expiresAt: new Date(state.expiresAt).toISOString() };
        const earlier = states.get(stateKey(key))?.settles ?? [];
        const write = { key, state: frozen, payload: JSON.stringify(frozen.payload), at: new Date().toISOString() };
        states.set(stateKey(key), { ...write, settles: [...earlier, { resolve, reject }] });
        arm();
      }),
    waitingState(key) {
      if (states.size === 0 && inStatement.size === 0) return undefined;
      const k = stateKey(key);
      return states.get(k)?.state ?? inStatement.get(k)?.state;
    },
    async drain() {
      for (;;) {
        flush();
        const ending = [...running, ...[...inStatement.values()].map((s) => s.done)];
        if (ending.length === 0) return;
        await Promise.all(ending);
      }
    },
    async quiet(key) {
      const waiting = states.get(stateKey(key));
      if (waiting) {
        states.delete(stateKey(key));
        for (const settle of waiting.settles) settle.resolve();
      }
      await inStatement.get(stateKey(key))?.done;
    },
  };
}
