/**
 * TurnOpener.openTurn on the database: the speaker, the delivery's entry in the inbound ledger and the
 * figures' version in one statement. Each statement of its own would be a round trip, and under
 * load every round trip is a socket write and a wake-up of the server on each side.
 */
import type { InboundKey } from '../../../ports/inbound-store.js';
import type { Identity } from '../../../ports/people-store.js';
import type { TurnOpening } from '../../../ports/turn-opening.js';
import type { Statements } from '../statements.js';
import { missingVersion } from './facts-version.js';
import { personOfRows, SPEAKER_ROWS, type SpeakerRow } from './people.js';

interface OpeningRow extends SpeakerRow {
  readonly facts_version: string | null;
  readonly answered: string | null;
}

/**
 * One row per active assignment of the speaker (one row when they hold none or are not known), each
 * carrying the version and the ledger's reply. The ledger key ($3 channel, $4 chat, $5 message id) is
 * null without one, and a null matches no ledger row.
 */
const OPEN_TURN = {
  name: 'turn_open',
  text: `SELECT s.*, v.version::text AS facts_version, l.reply AS answered
         FROM (SELECT 1) AS one
         LEFT JOIN (${SPEAKER_ROWS}) AS s ON true
         LEFT JOIN facts_version v ON v.id = 1
         LEFT JOIN inbound_message l
           ON l.channel = $3::"Channel" AND l.external_chat_id = $4::text AND l.external_message_id = $5::text
         ORDER BY s.assignment_id`,
};

/** See TurnOpener.openTurn. */
export async function openTurn(sql: Statements, identity: Identity, inbound: InboundKey | null): Promise<TurnOpening> {
  const ledger = inbound ? [inbound.channel, inbound.chatId, inbound.messageId] : [null, null, null];
  const { rows } = await sql.run<OpeningRow>(OPEN_TURN, [identity.channel, identity.userId, ...ledger]);
  const first = rows[0];
  return {
    person: personOfRows(rows),
    answered: first?.answered == null ? null : { reply: first.answered },
    factsVersion: first?.facts_version ?? missingVersion(),
  };
}
