/**
 * One message through the Bot API, as the Telegram messenger sends it: split at Telegram's limit on
 * line boundaries, the choices as an inline keyboard under the last part (so the buttons sit next to
 * the question), a file uploaded first.
 */
import { type Api, InputFile } from 'grammy';
import type { Attachment, OutgoingMessage } from '../../ports/messenger.js';
import { type SentParts, type SplitRule, sendParts, splitText } from '../channel/index.js';
import { choiceKeyboard } from './choice-keyboard.js';

/** Telegram's limit for one message's text, in UTF-16 code units (JavaScript string length). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** How a long text is split on Telegram: at its limit, the lines' own spaces kept (see SplitRule). */
export const TELEGRAM_SPLIT: SplitRule = { limit: TELEGRAM_TEXT_LIMIT, whiteSpaceAtCut: 'keep' };

/** Telegram's limit for a photo's or a document's caption, in characters. */
export const CAPTION_LIMIT = 1024;

/** The forum topic a message was posted in, as an outgoing message's `topic`; nothing outside topics. */
export function topicOf(message: { readonly is_topic_message?: boolean; readonly message_thread_id?: number }): { topic?: string } {
  return message.is_topic_message === true && message.message_thread_id !== undefined ? { topic: String(message.message_thread_id) } : {};
}

/**
 * A chat id as the Bot API is given it: Telegram's ids are integers (at most 52 bits, exact in a
 * number), a channel's public name ("@name") stays text.
 */
export function apiChatId(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}

/**
 * Sends every part in order (but those sent before for the message's deliveryKey, with `sent`);
 * rejects with grammY's error on the first part that fails. A file goes first, uploaded: the text as
 * its caption (with the buttons) when it fits, else the file alone and the text after it. In a topic
 * every part goes there; the first part quotes `replyTo` when that message still exists.
 */
export async function sendReply(api: Api, message: OutgoingMessage, sent?: SentParts): Promise<void> {
  if (message.text.length === 0) return;
  const chatId = apiChatId(message.chatId);
  const file = message.attachment;
  const captioned = file !== undefined && message.text.length <= CAPTION_LIMIT;
  const textParts = captioned ? [] : splitText(message.text, TELEGRAM_SPLIT);
  const parts = file ? [`${file.kind} ${file.id}`, ...textParts] : textParts;
  const keyboard = choiceKeyboard(message.choices, message.choiceList ?? '');
  const resume = sent && message.deliveryKey !== undefined ? { key: message.deliveryKey, sent } : undefined;
  await sendParts(
    parts,
    file ? `${file.id}\n${message.text}` : message.text,
    async (part, index) => {
      const last = index === parts.length - 1;
      const quote =
        index === 0 && message.replyTo !== undefined ? { reply_parameters: { message_id: Number(message.replyTo), allow_sending_without_reply: true } } : {};
      const common = {
        ...(message.topic === undefined ? {} : { message_thread_id: Number(message.topic) }),
        ...quote,
        ...(last && keyboard ? { reply_markup: keyboard } : {}),
      };
      if (file && index === 0) {
        await sendFile(api, chatId, file, { ...common, ...(captioned ? { caption: message.text } : {}) });
        return;
      }
      await api.sendMessage(chatId, part, { link_preview_options: { is_disabled: true }, ...common });
    },
    resume,
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
