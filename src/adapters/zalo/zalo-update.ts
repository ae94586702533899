/**
 * Reads one Zalo update (a webhook body or a getUpdates result) into an IncomingMessage. Pure and
 * total: any JSON value gives a message or null, never an exception.
 *
 * Shapes accepted: `{event_name, message}` and the same wrapped in `{ok, result}`. Only text from a
 * person in a private chat becomes a message, an image's caption counting as text; images without
 * one, stickers, unsupported events, bots, groups and malformed bodies give null. There is no update
 * id: the message id identifies a delivery. A message without message_id (some of Zalo's samples have
 * none) but with its date is identified by a key made of its sender, chat, date and text (`z:` and
 * 32 hex digits of a SHA-256), the same for every delivery of it, so that it is de-duplicated as well;
 * one with neither is answered without the ledger, as before.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from '../../app/message.js';
import { isRecord, type JsonRecord, readId, readRecord, readString } from './zalo-json.js';

/** The event of a text message. */
export const TEXT_EVENT = 'message.text.received';
/** The event of an image, which may come with a caption: the caption is read as the message's text. */
export const IMAGE_EVENT = 'message.image.received';

/** Zalo's event for a message whose content it withholds from bots (see WITHHELD in core/replies). */
export const WITHHELD_EVENT = 'message.unsupported.received';

/** Events of a person's message the bot cannot read: an image, a sticker, a GIF, an unsupported kind … */
const OTHER_MESSAGE_EVENT = /^message\.[a-z_]+\.received$/;

/** The message in a Zalo update, or null when there is nothing for the bot to answer. */
export function parseZaloUpdate(body: unknown): IncomingMessage | null {
  const update = unwrap(body);
  if (!update) return null;
  const event = update.event_name;
  // A getUpdates sample in the documentation has no event_name: then the text decides.
  if (event !== undefined && event !== TEXT_EVENT && event !== IMAGE_EVENT) return null;
  const message = readRecord(update, 'message');
  if (!message) return null;
  const from = readRecord(message, 'from');
  const chat = readRecord(message, 'chat');
  const text = readString(message, event === IMAGE_EVENT ? 'caption' : 'text');
  if (!from || !chat || text === null || text.trim().length === 0) return null;
  if (from.is_bot === true || !isPrivate(chat)) return null;
  const userId = readId(from, 'id');
  const chatId = readId(chat, 'id');
  if (userId === null || chatId === null) return null;
  const messageId = readId(message, 'message_id') ?? stableKey(userId, chatId, readId(message, 'date'), text);
  // Webhook samples name the sender display_name; getUpdates samples first_name.
  const displayName = readString(from, 'display_name') ?? readString(from, 'first_name');
  return {
    channel: 'zalo',
    chatId,
    userId,
    ...(displayName ? { displayName } : {}),
    text,
    chatKind: 'private',
    ...(messageId === null ? {} : { messageId }),
  };
}

/**
 * A person's message in a private chat that the bot cannot read (any `message.*.received` event but
 * text): its chat, its sender, and whether Zalo withheld its content; null for anything else.
 */
export function unreadableMessage(body: unknown): { readonly chatId: string; readonly userId: string; readonly withheld: boolean } | null {
  const update = unwrap(body);
  const event = update?.event_name;
  if (!update || typeof event !== 'string' || event === TEXT_EVENT || !OTHER_MESSAGE_EVENT.test(event)) return null;
  if (parseZaloUpdate(update) !== null) return null;
  const message = readRecord(update, 'message');
  const from = message ? readRecord(message, 'from') : null;
  const chat = message ? readRecord(message, 'chat') : null;
  if (!from || !chat || from.is_bot === true || !isPrivate(chat)) return null;
  const chatId = readId(chat, 'id');
  const userId = readId(from, 'id');
  return chatId === null || userId === null ? null : { chatId, userId, withheld: event === WITHHELD_EVENT };
}

/** A delivery key for a message without message_id: its sender, chat, date and text; null without a date. */
function stableKey(userId: string, chatId: string, date: string | null, text: string): string | null {
  if (date === null) return null;
  return `z:${createHash('sha256')
    .update(JSON.stringify([userId, chatId, date, text]), 'utf8')
    .digest('hex')
    .slice(0, 32)}`;
}

/** The update itself, whether it came bare or wrapped in `{ok, result}`. */
function unwrap(body: unknown): JsonRecord | null {
  if (!isRecord(body)) return null;
  if ('event_name' in body || 'message' in body) return body;
  if (body.ok === false) return null;
  return readRecord(body, 'result');
}

/** Groups are not generally available on Zalo; a chat without a type is taken as private. */
function isPrivate(chat: JsonRecord): boolean {
  const type = chat.chat_type;
  return type === undefined || (typeof type === 'string' && type.toUpperCase() === 'PRIVATE');
}
