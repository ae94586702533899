/**
 * The messenger port: how the application sends a message on one channel (replies go back the same
 * way; reminders go out through it). Implemented per channel (Telegram, Zalo, console).
 */
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
export class SendError extends Error {
  /** The chat's new id, when the platform refused because the chat moved (a group became a supergroup). */
  readonly movedTo: string | null;

  constructor(
    readonly failure: SendFailure,
    message: string,
    readonly retryAfterSeconds: number | null = null,
    options?: { cause?: unknown; movedTo?: string },
  ) {
    super(message, options);
    this.name = 'SendError';
    this.movedTo = options?.movedTo ?? null;
  }
}

export interface Messenger {
  readonly channel: Channel;
  /** Sends the text (split into several messages when longer than the platform allows). */
  send(message: OutgoingMessage): Promise<void>;
}
