/**
 * Sends one reply through the Bot API: split at Telegram's limit on line boundaries, the choices as an
 * inline keyboard under the last part (so the buttons sit next to the question).
 */
import { type Api, InputFile } from 'grammy';
import type { Attachment } from '../../ports/messenger.js';
import { type SentParts, sendParts } from '../sent-parts.js';
import { choiceKeyboard } from './choice-keyboard.js';
import { splitText } from './split-text.js';

/** What to send: the text and, optionally, choices shown as buttons. */
export interface TelegramReply {
  readonly text: string;
  readonly choices?: readonly string[];
  /** The id of the list the choices answer (see choice-keyboard.ts). */
  readonly choiceList?: string;
  readonly silent?: boolean;
  /** A chart (sent with sendPhoto) or a workbook (sendDocument), uploaded from its bytes. */
  readonly attachment?: Attachment;
}

/** Telegram's limit for a photo's or a document's caption, in characters. */
export const CAPTION_LIMIT = 1024;

/** Where the reply goes. */
export interface ReplyTarget {
  readonly chatId: number | string;
  /** In a group, the first part quotes the message it answers (if that message still exists). */
  readonly replyToMessageId?: number;
  /** In a forum topic, the topic: every part goes there, not to the group's General topic. */
  readonly threadId?: number;
  /** The delivery answered, to skip on a redelivery the parts delivered before (see sent-parts.ts). */
  readonly resume?: { readonly key: string; readonly sent: SentParts };
}

/** The forum topic a message was posted in, as a reply target's `threadId`; nothing outside topics. */
export function topicOf(message: { readonly is_topic_message?: boolean; readonly message_thread_id?: number }): { threadId?: number } {
  return message.is_topic_message === true && message.message_thread_id !== undefined ? { threadId: message.message_thread_id } : {};
}

/**
 * Sends every part in order (but those sent before); rejects with grammY's error on the first part that
 * fails. A file goes first, uploaded: the text as its caption (with the buttons) when it fits, else the
 * file alone and the text after it.
 */
export async function sendReply(api: Api, target: ReplyTarget, reply: TelegramReply): Promise<void> {
  // A message dropped by the flood limit has nothing to say.
  if (reply.silent === true || reply.text.length === 0) return;
  const file = reply.attachment;
  const captioned = file !== undefined && reply.text.length <= CAPTION_LIMIT;
  const textParts = captioned ? [] : splitText(reply.text);
  const parts = file ? [`${file.kind} ${file.id}`, ...textParts] : textParts;
  const keyboard = choiceKeyboard(reply.choices, reply.choiceList ?? '');
  await sendParts(
    parts,
    file ? `${file.id}\n${reply.text}` : reply.text,
    async (part, index) => {
      const last = index === parts.length - 1;
      const quote =
        index === 0 && target.replyToMessageId !== undefined
          ? { reply_parameters: { message_id: target.replyToMessageId, allow_sending_without_reply: true } }
          : {};
      const common = {
        ...(target.threadId === undefined ? {} : { message_thread_id: target.threadId }),
        ...quote,
        ...(last && keyboard ? { reply_markup: keyboard } : {}),
      };
      if (file && index === 0) {
        await sendFile(api, target.chatId, file, { ...common, ...(captioned ? { caption: reply.text } : {}) });
        return;
      }
      await api.sendMessage(target.chatId, part, { link_preview_options: { is_disabled: true }, ...common });
    },
    target.resume,
  );
}

/** Uploads the file: a PNG chart as a photo, anything else as a document. */
async function sendFile(
  api: Api,
  chatId: number | string,
  file: Attachment,
  other: Parameters<Api['sendPhoto']>[2] & Parameters<Api['sendDocument']>[2],
): Promise<void> {
  const upload = new InputFile(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), file.fileName);
  if (file.kind === 'image') await api.sendPhoto(chatId, upload, other);
  else await api.sendDocument(chatId, upload, other);
}
