/**
 * Everything that is neither text nor a button: stickers, photos, voice notes … In a private chat the
 * sender gets one short line saying the bot reads text; in a group the bot stays quiet. Edited
 * messages and channel posts are not listened to at all (a correction is sent as a new message).
 */
import { Composer } from 'grammy';
import type { BotContext } from './context.js';
import { TEXT_ONLY } from '../../core/replies/text-only.js';
import { languageHintOf } from './language-hint.js';

export { TEXT_ONLY };

/** The composer that answers non-text messages. */
export function otherUpdates(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message', async (ctx) => {
    // A message without a sender is a forged update (Telegram always sends one): no answer.
    const from: typeof ctx.message.from | undefined = ctx.message.from;
    if (ctx.message.chat.type !== 'private' || from === undefined || from.is_bot) return;
    // Service messages (a pinned message, a new member …) carry no sender's intent: no answer.
    if (!isContent(ctx.message)) return;
    await ctx.reply(TEXT_ONLY[languageHintOf(from.language_code) ?? 'vi']);
  });
  return composer;
}

const CONTENT_KEYS = ['sticker', 'photo', 'video', 'voice', 'audio', 'document', 'animation', 'video_note', 'location', 'contact', 'poll', 'dice', 'venue'];

function isContent(message: object): boolean {
  return CONTENT_KEYS.some((key) => key in message);
}
