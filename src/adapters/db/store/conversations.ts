/**
 * Conversation state per (channel, chat, user), kept in the database so any replica can continue it.
 * Read and written around most messages, so on the driver (../statements.ts). Instants are stored as
 * UTC wall time, as Prisma stores them.
 */
import type { ConversationKey, ConversationState } from '../../../ports/conversation-store.js';
import { isoInstant, type Statements } from '../statements.js';

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

const CLEAR = { name: 'conversation_clear', text: `DELETE FROM conversation_state WHERE ${KEY}` };

const keyParams = (key: ConversationKey) => [key.channel, key.chatId, key.userId];

/** The state, or null when there is none or it expired at or before `now`. */
export async function getConversation(sql: Statements, key: ConversationKey, now: Date): Promise<ConversationState | null> {
  const { rows } = await sql.run<{ kind: string; payload: unknown; expires_at: string }>(GET, keyParams(key));
  const row = rows[0];
  if (!row || Date.parse(row.expires_at) <= now.getTime()) return null;
  return { kind: row.kind, payload: row.payload, expiresAt: row.expires_at };
}

/** Creates or replaces the state. */
export async function setConversation(sql: Statements, key: ConversationKey, state: ConversationState): Promise<void> {
  const expiresAt = new Date(state.expiresAt).toISOString();
  await sql.run(SET, [...keyParams(key), state.kind, JSON.stringify(state.payload ?? null), expiresAt, new Date().toISOString()]);
}

/** Removes the state; no error when there is none. */
export async function clearConversation(sql: Statements, key: ConversationKey): Promise<void> {
  await sql.run(CLEAR, keyParams(key));
}
