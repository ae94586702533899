/**
 * The Zalo messenger: sends a reply as one or more text messages. Zalo has no inline keyboards, so
 * choices are shown as a numbered list (unless the text already lists them), and the user answers
 * with the number. A part that fails for a passing reason is retried as the policy allows (none by
 * default); what still fails becomes a SendError the caller can act on. With a pacer (the service's),
 * each part waits for the chat's send slot (../channel/reply-pacing.ts); Zalo's chats with the bot are private.
 */
import { withChoices } from '../../core/replies/choice-lines.js';
import { type Messenger, type OutgoingMessage, SendError } from '../../ports/messenger.js';
import { createSentParts, type ReplyPacer, type SplitRule, sendParts, splitText } from '../channel/index.js';
import type { AttachmentLinks } from '../http/attachment-links.js';
import { NO_RETRY, type RetryPolicy, sendWithRetry } from './send-retry.js';
import { ZaloApiError } from './zalo-api-error.js';
import type { ZaloClient } from './zalo-client.js';

/** How choices are written on Zalo (shared with the console, which has no buttons either). */
export { withChoices };

/** Longest text of one Zalo message (characters). */
export const ZALO_TEXT_LIMIT = 2000;

/** How a long text is split on Zalo: at its limit, the white space at each cut dropped (see SplitRule). */
export const ZALO_SPLIT: SplitRule = { limit: ZALO_TEXT_LIMIT, whiteSpaceAtCut: 'drop' };

/**
 * Creates the Zalo messenger over a client. A reply's file goes by link (Zalo fetches a photo from a
 * URL; it takes no upload): with `links` (PUBLIC_URL set), a chart is kept and sent with sendPhoto,
 * the text as its caption when it fits in one message (else the text follows the photo), and a
 * workbook's link is added to the text; without them, the text goes alone.
 */
export function createZaloMessenger(
  client: Pick<ZaloClient, 'sendMessage'> & Partial<Pick<ZaloClient, 'sendPhoto'>>,
  retry: RetryPolicy = NO_RETRY,
  pacer?: ReplyPacer,
  links?: AttachmentLinks,
): Messenger {
  const sent = createSentParts();
  return {
    channel: 'zalo',
    async send(message: OutgoingMessage): Promise<void> {
      let text = withChoices(message.text, message.choices ?? []);
      let photo: { url: string; caption: string | null } | null = null;
      const file = message.attachment;
      if (file && links) {
        const url = await links.publish(file);
        if (file.kind === 'image' && client.sendPhoto) photo = { url, caption: text.length <= ZALO_TEXT_LIMIT ? text : null };
        else text = `${text}\n📎 ${url}`;
      }
      const pieces = [...(photo ? [`photo ${photo.url}`] : []), ...(photo?.caption != null ? [] : splitText(text, ZALO_SPLIT))];
      const resume = message.deliveryKey === undefined ? undefined : { key: message.deliveryKey, sent };
      // Only the part that failed is sent again: the parts before it arrived.
      await sendParts(
        pieces,
        photo ? `${photo.url}\n${text}` : text,
        async (piece, index) => {
          // Each part waits for the chat's send slot; a part the pacer drops (too much queued) is left out.
          if (pacer && !(await pacer.wait({ channel: 'zalo', chatId: message.chatId, kind: 'private' }))) return;
          await sendWithRetry(
            async () => {
              if (photo && index === 0 && client.sendPhoto) {
                await client.sendPhoto({ chat_id: message.chatId, photo: photo.url, ...(photo.caption === null ? {} : { caption: photo.caption }) });
              } else await client.sendMessage({ chat_id: message.chatId, text: piece });
            },
            toSendError,
            retry,
          );
        },
        resume,
      );
    },
  };
}

/**
 * Maps a client failure to what the caller needs to know: retry, wait, stop or give up. Zalo's error
 * table calls 403 an internal server error, not a block, so it is worth retrying; no code in the
 * table says the user blocked the bot, so 'blocked' is never given.
 */
export function toSendError(error: unknown): SendError {
  if (!(error instanceof ZaloApiError)) {
    return new SendError('transient', error instanceof Error ? error.message : 'unknown error');
  }
  const code = error.errorCode;
  const failure = code === 429 ? 'rate_limited' : code === null || code === 403 || code === 408 || code >= 500 ? 'transient' : 'rejected';
  return new SendError(failure, error.message, failure === 'rate_limited' ? error.retryAfterSeconds : null, { cause: error });
}
