import type { Channel, Language } from '../core/types.js';
import type { Attachment } from '../ports/messenger.js';

/** A text message from any channel, reduced to what the core needs. */
export interface IncomingMessage {
  readonly channel: Channel;
  /** The chat the message came from (a private chat or a group). */
  readonly chatId: string;
  /** The sender's id on that channel. */
  readonly userId: string;
  readonly text: string;
  /** Whether the chat is private (the default) or a group; in a group a submission needs its keyword. */
  readonly chatKind?: 'private' | 'group';
  /** The channel's id of the message, when it has one: the same delivered message twice is recorded once. */
  readonly messageId?: string;
  /** The sender's name as the platform shows it (Telegram first/last name, Zalo display_name), if known. */
  readonly displayName?: string;
  /**
   * The platform's guess at the sender's language (Telegram's language_code), if any. It decides only
   * when neither the person's choice nor the text says anything (core/query/reply-language.ts).
   */
  readonly languageHint?: Language;
  /** For a pressed button: the id of the list it came with (choice-list.ts); a typed answer has none. */
  readonly choiceList?: string;
  /** A file sent with the message (its caption is `text`), fetched only when a feature wants it. */
  readonly document?: IncomingDocument;
}

/** A file a user sent: what the platform says of it, and how to fetch its bytes. */
export interface IncomingDocument {
  readonly fileName: string;
  /** Its size in bytes as the platform declares it, when it does. */
  readonly size: number | null;
  /** Downloads it; rejects when the platform does not deliver, or delivers more than `maxBytes`. */
  fetch(maxBytes: number): Promise<Uint8Array>;
}

/** What the bot answers: plain text, and optionally choices a channel may show as buttons. */
export interface Reply {
  readonly text: string;
  /** A file sent with the text (see Attachment); a channel without files sends a link or a path. */
  readonly attachment?: Attachment;
  /** Numbered choices ("1", "2" …) the user can answer with; channels without buttons show them as text. */
  readonly choices?: readonly string[];
  /** The id of the open list the choices answer; a channel with buttons sends it back with a press. */
  readonly choiceList?: string;
  /**
   * Secrets the text shows this once (a new invite code): sent as they are, but the reply ledger
   * keeps the text with each replaced by ‹code› (redactSecrets in invite-code.ts).
   */
  readonly secrets?: readonly string[];
  /**
   * Nothing to send: the message was dropped by the flood limit (the sender was already warned), or
   * it was a delivery already answered (`duplicate`).
   */
  readonly silent?: boolean;
  /**
   * A note for the sender alone (a button from an earlier list): a channel whose group members all see
   * the bot's messages leaves it out in a group, rather than post it to everyone.
   */
  readonly senderOnly?: boolean;
  /** The turn recorded a new version of a submission (counted in the metrics). */
  readonly recorded?: boolean;
  /** The inbound ledger says this delivery was answered before: the turn stopped after its opening read. */
  readonly duplicate?: boolean;
  /**
   * The message could not be handled because the database is unreachable. The text is a polite
   * apology; a channel that can have the message delivered again (a webhook) asks for that instead.
   */
  readonly unavailable?: boolean;
}
