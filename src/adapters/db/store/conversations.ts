/**
 * Conversation state per (channel, chat, user), kept in the database so any replica can continue it.
 * Read and written around most messages, so on the driver (../statements.ts). Instants are stored as
 * UTC wall time, as Prisma stores them.
 */
import type { ConversationKey, ConversationState } from '../../../ports/conversation-store.js';
import { isoInstant, type Statements, textArrays } from '../statements.js';

const KEY = `channel = $1::"Channel" AND external_chat_id = $2 AND external_user_id = $3`;

const GET = {
  name: 'conversation_get',
  text: `SELECT kind, payload, ${isoInstant('expires_at')} AS expires_at FROM conversation_state WHERE ${KEY}`,
};

const SET = {
  name: 'conversation_set',
  text: `INSERT INTO conversation_state (channel, external_chat_id, external_user_id, kind, payload, expires_at, updated_at)
         VALUES ($1::"Channel", $2, $3, $4, $5::jsonb, $6::timestamp(3), $7::timestamp(3))
         ON CONFLICT (channel, external_chat_id, external_user_id)
         DO UPDATE SET kind = EXCLUDED.kind, payload = EXCLUDED.payload, expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at`,
};

/**
 * The upsert of states given as seven text arrays from parameter `$first` on (channel, chat, user,
 * kind, payload as JSON, expiry, instant written), for the states set soon (waiting-writes.ts); one
 * row per key.
 */
export function setConversationRows(first: number): string {
  return `INSERT INTO conversation_state (channel, external_chat_id, external_user_id, kind, payload, expires_at, updated_at)
         SELECT r.channel::"Channel", r.chat, r.speaker, r.kind, r.payload::jsonb, r.expires::timestamp(3), r.at::timestamp(3)
         FROM unnest(${textArrays(first, 7)}) AS r(channel, chat, speaker, kind, payload, expires, at)
         ON CONFLICT (channel, external_chat_id, external_user_id)
         DO UPDATE SET kind = EXCLUDED.kind, payload = EXCLUDED.payload, expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at`;
}

const CLEAR = { name: 'conversation_clear', text: `DELETE FROM conversation_state WHERE ${KEY}` };

const keyParams = (key: ConversationKey) => [key.channel, key.chatId, key.userId];

/** The states set soon and not yet known to be in (waiting-writes.ts), as the reads and writes here see them. */
export interface StatesWaiting {
  /** The last state set soon for `key` that may not be in yet; undefined when none. */
  waitingState(key: ConversationKey): ConversationState | undefined;
  /**
   * Resolves once no state set soon for `key` can land any more, for a write about to be made: one
   * still waiting is dropped (its call resolves, the write replacing it), one in a statement waited for.
   */
  quiet(key: ConversationKey): Promise<void>;
}

/** The state, or null when there is none or it expired at or before `now`; a state waiting is the state. */
export async function getConversation(sql: Statements, key: ConversationKey, now: Date, waiting: StatesWaiting): Promise<ConversationState | null> {
  const state = waiting.waitingState(key) ?? (await readConversation(sql, key));
  return state && Date.parse(state.expiresAt) > now.getTime() ? state : null;
}

async function readConversation(sql: Statements, key: ConversationKey): Promise<ConversationState | null> {
  const { rows } = await sql.run<{ kind: string; payload: unknown; expires_at: string }>(GET, keyParams(key));
  const row = rows[0];
  return row ? { kind: row.kind, payload: row.payload, expiresAt: row.expires_at } : null;
}

/** Creates or replaces the state, after any state set soon for the key. */
export async function setConversation(sql: Statements, key: ConversationKey, state: ConversationState, waiting: StatesWaiting): Promise<void> {
  const expiresAt = new Date(state.expiresAt).toISOString();
  await waiting.quiet(key);
  await sql.run(SET, [...keyParams(key), state.kind, JSON.stringify(state.payload ?? null), expiresAt, new Date().toISOString()]);
}

/** Removes the state, and any set soon; no error when there is none. */
export async function clearConversation(sql: Statements, key: ConversationKey, waiting: StatesWaiting): Promise<void> {
  await waiting.quiet(key);
  await sql.run(CLEAR, keyParams(key));
}
