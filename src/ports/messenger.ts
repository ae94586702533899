/**
 * The messenger port: how a message goes out on one channel, a reply to a person's message (the
 * channel turns the application's Reply into an OutgoingMessage, adapters/channel/outgoing-reply.ts)
 * as well as a message the service starts (a reminder). Implemented by the chat channels
 * (adapters/telegram/telegram-messenger.ts, adapters/zalo/zalo-messenger.ts); the console prints.
 */
import { ExternalServiceError } from '../core/errors.js';
import type { Channel } from '../core/types.js';

/**
 * A file that goes with a reply: a chart (`image`, a PNG) or a workbook (`document`, an XLSX). The text
 * of the reply is its caption or the line beside it. `id` is unguessable (at least 128 random bits): a
 * channel that cannot upload (Zalo) links to it under PUBLIC_URL, where it is kept until `expiresAt`.
 */
export interface Attachment {
  readonly kind: 'image' | 'document';
  readonly id: string;
  /** The name a user sees, with its extension ("bhxh-nghe-an.png", "so-lieu-nghe-an.xlsx"). */
  readonly fileName: string;
  /** "image/png" or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet". */
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface OutgoingMessage {
  readonly chatId: string;
  readonly text: string;
  /** Choices the channel may show as buttons; channels without buttons show them as numbered text. */
  readonly choices?: readonly string[];
  /** The id of the list the choices answer, carried by the buttons so a press is read against it (Reply.choiceList). */
  readonly choiceList?: string;
  /** The id of the message this answers: a channel that can quote it does so on the first part (Telegram, in groups). */
  readonly replyTo?: string;
  /** The topic of the chat to post in (a Telegram forum topic); channels without topics have none. */
  readonly topic?: string;
  /** A file sent with the text (a chart, a workbook); see Attachment. */
  readonly attachment?: Attachment;
  /**
   * The delivery this answers, when it may come again: a channel that splits the text may skip on a
   * redelivery the parts of the same text it delivered before.
   */
  readonly deliveryKey?: string;
}

/** Why a send failed, as far as the caller needs to know to retry or give up. */
export type SendFailure =
  /** The user blocked the bot or left the chat: stop writing there. */
  | 'blocked'
  /** Too many requests: retry after `retryAfterSeconds`. */
  | 'rate_limited'
  /** A network error or a 5xx: retry with backoff. */
  | 'transient'
  /** The request itself is wrong (bad chat id, text too long after splitting …): do not retry. */
  | 'rejected';

/** A failed send, with the platform's description (never a token). */
export class SendError extends ExternalServiceError {
  /** The chat's new id, when the platform refused because the chat moved (a group became a supergroup). */
  readonly movedTo: string | null;

  constructor(
    readonly failure: SendFailure,
    message: string,
    readonly retryAfterSeconds: number | null = null,
    options?: { cause?: unknown; movedTo?: string },
  ) {
    super('messenger', message, { cause: options?.cause, code: 'SEND_FAILED' });
    this.movedTo = options?.movedTo ?? null;
  }
}

export interface Messenger {
  readonly channel: Channel;
  /** Sends the text (split into several messages when longer than the platform allows). */
  send(message: OutgoingMessage): Promise<void>;
}
