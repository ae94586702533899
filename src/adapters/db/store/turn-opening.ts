/**
 * TurnOpener.openTurn on the database: the speaker, the delivery's entry in the inbound ledger, the
 * figures' version, the conversation's state, the chat's reactivation and the writes waiting for a
 * statement (waiting-writes.ts) in one statement. Each statement of its own would be a round
 * trip, and under load every round trip is a socket write and a wake-up of the server on each side.
 */
import type { ConversationState } from '../../../ports/conversation-store.js';
import type { InboundKey } from '../../../ports/inbound-store.js';
import type { Identity } from '../../../ports/people-store.js';
import type { TurnAlso, TurnOpening } from '../../../ports/turn-opening.js';
import { isoInstant, type Statements } from '../statements.js';
import { setConversationRows } from './conversations.js';
import { versionToken } from './facts-version.js';
import { markAnsweredRows } from './inbound.js';
import { personOfRows, SPEAKER_ROWS, type SpeakerRow } from './people.js';
import { NOTHING, type WaitingWrites } from './waiting-writes.js';

interface OpeningRow extends SpeakerRow {
  readonly facts_version: string | null;
  readonly answered: string | null;
  readonly conversation_kind: string | null;
  readonly conversation_payload: unknown;
  readonly conversation_expires_at: string | null;
}

/**
 * One row per active assignment of the speaker (one row when they hold none or are not known), each
 * carrying the version, the ledger's reply and the conversation's state. A key not given is nulls,
 * and a null matches no row: the ledger ($3 channel, $4 chat, $5 message id), the conversation ($6
 * channel, $7 chat, $8 user), the chat to mark active ($9 channel, $10 chat; its update, as
 * ChatStore.reactivateChat's, only touches an inactive row, and runs whether or not it is read), the
 * answered records ($11–$15, arrays, empty when none wait) and the conversation states set soon
 * ($16–$22, the same). A write and a read of its row in one statement do not see each other: a
 * redelivery while its record waits is stopped before its turn opens (answer-once's in-flight set),
 * and the conversation read is the state waiting when there is one.
 */
const OPEN_TURN = {
  name: 'turn_open',
  text: `WITH reactivated AS (
           UPDATE chat SET active = true WHERE channel = $9::"Channel" AND external_chat_id = $10::text AND active = false RETURNING 1
         ),
         marked AS (${markAnsweredRows(11)}),
         kept AS (${setConversationRows(16)})
         SELECT s.*, v.version::text AS facts_version, l.reply AS answered,
                c.kind AS conversation_kind, c.payload AS conversation_payload, ${isoInstant('c.expires_at')} AS conversation_expires_at
         FROM (SELECT 1) AS one
         LEFT JOIN (${SPEAKER_ROWS}) AS s ON true
         LEFT JOIN facts_version v ON v.id = 1
         LEFT JOIN inbound_message l
           ON l.channel = $3::"Channel" AND l.external_chat_id = $4::text AND l.external_message_id = $5::text
         LEFT JOIN conversation_state c
           ON c.channel = $6::"Channel" AND c.external_chat_id = $7::text AND c.external_user_id = $8::text
         ORDER BY s.assignment_id`,
};

/** See TurnOpener.openTurn; the writes `waiting` ride along. */
export async function openTurn(
  sql: Statements,
  identity: Identity,
  inbound: InboundKey | null,
  also: TurnAlso = {},
  waiting?: Pick<WaitingWrites, 'take' | 'waitingState'>,
): Promise<TurnOpening> {
  const entry = inbound ? [inbound.channel, inbound.chatId, inbound.messageId] : [null, null, null];
  const { conversation: talk, reactivate } = also;
  const conversation = talk ? [talk.channel, talk.chatId, talk.userId] : [null, null, null];
  const chat = reactivate ? [reactivate.channel, reactivate.externalChatId] : [null, null];
  const writes = waiting?.take() ?? NOTHING;
  const waitingState = talk ? waiting?.waitingState(talk) : undefined;
  const params = [identity.channel, identity.userId, ...entry, ...conversation, ...chat, ...writes.answered, ...writes.conversations];
  const { rows } = await sql.run<OpeningRow>(OPEN_TURN, params).then(
    (result) => {
      writes.settle();
      return result;
    },
    (error: unknown) => {
      writes.settle(error);
      throw error;
    },
  );
  const first = rows[0];
  return {
    person: personOfRows(rows),
    answered: first?.answered == null ? null : { reply: first.answered },
    factsVersion: versionToken(sql, first?.facts_version),
    conversation: waitingState ?? conversationOf(first),
  };
}

function conversationOf(row: OpeningRow | undefined): ConversationState | null {
  if (!row?.conversation_kind || !row.conversation_expires_at) return null;
  return { kind: row.conversation_kind, payload: row.conversation_payload, expiresAt: row.conversation_expires_at };
}
