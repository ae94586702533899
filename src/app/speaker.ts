/**
 * Who is speaking, and who is acting when something is recorded in the audit trail. A chat speaker
 * is whoever their channel identity is bound to; the console's default speaker is the local
 * administrator, who needs no registration. The admin command line acts as itself.
 */
import type { Channel } from '../core/types.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { Person } from '../ports/people-store.js';
import type { IncomingMessage } from './message.js';
import type { Speaker, Turn } from './turn.js';

/** The speaker of a message: the person bound to its identity (as the store found it), and whether it is the local admin. */
export function speakerOf(message: IncomingMessage, person: Person | null, localAdminId: string): Speaker {
  return { person, localAdmin: message.channel === 'console' && message.userId === localAdminId };
}

/** The name a newly registered person gets: the platform's name for them, else their channel identity. */
export function defaultDisplayName(message: IncomingMessage): string {
  const name = message.displayName?.replace(/\s+/g, ' ').trim().slice(0, 100);
  return name ? name : `${message.channel}:${message.userId}`;
}

/** Who did something, for the audit trail. */
export interface Actor {
  /** The registered person, or null (the local administrator without a person, the command line). */
  readonly personId: number | null;
  readonly channel: Channel | null;
  /** The message or command line as given. */
  readonly rawText: string;
  /** What the audit details say about an actor with no person. */
  readonly marks: Readonly<Record<string, unknown>>;
}

/** The actor of a chat turn. */
export function actorOfTurn(turn: Turn): Actor {
  return {
    personId: turn.speaker.person?.id ?? null,
    channel: turn.message.channel,
    rawText: turn.typed,
    marks: turn.speaker.localAdmin ? { localAdmin: true } : {},
  };
}

/** The actor of an admin command line (`argv` without the script name). */
export function commandLineActor(argv: readonly string[]): Actor {
  return { personId: null, channel: null, rawText: argv.join(' '), marks: { via: 'admin-cli' } };
}

/** Appends one audit event by `actor` at `at` (the application's clock, or the admin CLI's). */
export async function recordAudit(
  store: AuditLog,
  actor: Actor,
  at: Date,
  action: string,
  unitId: number | null,
  details: Readonly<Record<string, unknown>>,
): Promise<void> {
  await store.appendAudit({
    at: at.toISOString(),
    action,
    channel: actor.channel,
    actorId: actor.personId,
    unitId,
    reportId: null,
    rawText: actor.rawText,
    details: { ...details, ...actor.marks },
  });
}
