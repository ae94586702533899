/**
 * Files sent to the bot (documents) in a private chat: one IncomingMessage whose caption is its text
 * and whose document is fetched only if the handler wants it (an administrator's spreadsheet), by
 * getFile and the Bot API's file URL `${apiRoot}/file/bot<token>/<file_path>`, with the declared size
 * checked first and the download cut off past the limit. In a group only the caption is read, as
 * text (the bot does not import what members share there).
 */

import { type Api, Composer } from 'grammy';
import type { IncomingMessage } from '../../app/message.js';
import { ExternalServiceError } from '../../core/errors.js';
import { outgoingReply } from '../channel/index.js';
import { chatKindOf } from './addressing.js';
import type { BotContext, TelegramBotDeps } from './context.js';
import { languageHintOf } from './language-hint.js';
import { topicOf } from './send-reply.js';
import type { TelegramMessenger } from './telegram-messenger.js';

/** The Bot API's default root, whose files are under /file/bot<token>/. */
const DEFAULT_API_ROOT = 'https://api.telegram.org';

/** A download that failed; the message never carries the URL (it holds the token). */
export class FileDownloadError extends ExternalServiceError {
  constructor(message: string, options?: ErrorOptions) {
    super('telegram', message, { cause: options?.cause, code: 'FILE_DOWNLOAD' });
  }
}

/** Fetches a file by its id, refusing one larger than `maxBytes` before or while downloading it. */
export async function downloadFile(api: Api, url: (path: string) => string, fileId: string, maxBytes: number): Promise<Uint8Array> {
  const file = await api.getFile(fileId);
  if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileDownloadError(`file of ${file.file_size} bytes is over ${maxBytes}`);
  if (!file.file_path) throw new FileDownloadError('getFile gave no file_path');
  let response: Response;
  try {
    response = await fetch(url(file.file_path), { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new FileDownloadError(`download failed: ${error instanceof Error ? error.name : 'error'}`);
  }
  if (!response.ok || !response.body) throw new FileDownloadError(`download answered ${response.status}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > maxBytes) throw new FileDownloadError(`download exceeds ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The composer that hands documents of private chats to the handler (before the caption is read as text). */
export function documentMessages(
  deps: Pick<TelegramBotDeps, 'answer' | 'apiRoot'> & { readonly token: string },
  messenger: Pick<TelegramMessenger, 'reply'>,
): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const root = (deps.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
  const url = (path: string) => `${root}/file/bot${deps.token}/${path}`;
  composer.on('message:document', async (ctx, next) => {
    const { message } = ctx;
    const from: typeof message.from | undefined = message.from;
    // A group's file is read by its caption alone, as before (text-messages.ts).
    if (chatKindOf(message.chat) !== 'private') return next();
    if (from === undefined || from.is_bot) return;
    const { document } = message;
    const incoming: IncomingMessage = {
      channel: 'telegram',
      chatId: String(message.chat.id),
      userId: String(from.id),
      displayName: [from.first_name, from.last_name].filter(Boolean).join(' '),
      text: message.caption ?? '',
      chatKind: 'private',
      messageId: String(message.message_id),
      languageHint: languageHintOf(from.language_code),
      document: {
        fileName: document.file_name ?? 'file',
        size: document.file_size ?? null,
        fetch: (maxBytes) => downloadFile(ctx.api, url, document.file_id, maxBytes),
      },
    };
    const address = { chatId: incoming.chatId, deliveryKey: `${message.chat.id}/${message.message_id}`, ...topicOf(message) };
    const outcome = await deps.answer(incoming, async (reply) => {
      const outgoing = outgoingReply(reply, address);
      if (outgoing) await messenger.reply(outgoing);
    });
    ctx.log.debug({ msg: outcome === 'duplicate' ? 'already answered' : 'document answered' });
  });
  return composer;
}
