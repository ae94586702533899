/**
 * Everything that is neither text nor a button: stickers, photos, voice notes … In a private chat the
 * sender gets one short line saying the bot reads text; in a group the bot stays quiet. An edited
 * text gets a line saying the edit changed nothing and to send it again, in a private chat or when it
 * is a command for this bot in a group. Each line goes to a chat at most once in 30 s
 * (../channel/line-guard.ts), through the messenger like every reply. Channel posts are not listened
 * to at all.
 */
import { Composer } from 'grammy';
import type { User } from 'grammy/types';
import { EDIT_NOT_READ, TEXT_ONLY } from '../../core/replies/text-only.js';
import type { Language } from '../../core/types.js';
import { chosenLanguageOf, createLineGuard } from '../channel/index.js';
import { addressedText, isCommand } from './addressing.js';
import type { BotContext, TelegramBotDeps } from './context.js';
import { languageHintOf } from './language-hint.js';
import { topicOf } from './send-reply.js';
import type { TelegramMessenger } from './telegram-messenger.js';

export { TEXT_ONLY };

/** The composer that answers non-text messages. */
export function otherUpdates(deps: Pick<TelegramBotDeps, 'chosenLanguage'>, messenger: Pick<TelegramMessenger, 'reply'>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const mayTell = createLineGuard();
  /** The user's chosen language, else Telegram's hint, else Vietnamese. */
  const languageOf = async (ctx: BotContext, from: User): Promise<Language> =>
    (await chosenLanguageOf(deps.chosenLanguage, String(from.id), ctx.log)) ?? languageHintOf(from.language_code) ?? 'vi';
  composer.on('message', async (ctx) => {
    // A message without a sender is a forged update (Telegram always sends one): no answer.
    const from: typeof ctx.message.from | undefined = ctx.message.from;
    if (ctx.message.chat.type !== 'private' || from === undefined || from.is_bot) return;
    // Service messages (a pinned message, a new member …) carry no sender's intent: no answer.
    if (!isContent(ctx.message) || !mayTell(`${ctx.message.chat.id}/text-only`)) return;
    const chatId = String(ctx.message.chat.id);
    await messenger.reply({ chatId, text: TEXT_ONLY[await languageOf(ctx, from)], ...topicOf(ctx.message) });
  });
  composer.on('edited_message:text', async (ctx) => {
    const edited = ctx.editedMessage;
    const from: typeof edited.from | undefined = edited.from;
    if (from === undefined || from.is_bot || !isForUs(edited.chat.type, edited.text, ctx.me.username)) return;
    if (!mayTell(`${edited.chat.id}/${from.id}/edit`)) return;
    const text = EDIT_NOT_READ[await languageOf(ctx, from)];
    await messenger.reply({ chatId: String(edited.chat.id), text, replyTo: String(edited.message_id), ...topicOf(edited) });
  });
  return composer;
}

/** Whether an edited text was meant for the bot: any in a private chat, a command for us in a group. */
function isForUs(chatType: string, text: string, botUsername: string): boolean {
  if (chatType === 'private') return true;
  if (chatType !== 'group' && chatType !== 'supergroup') return false;
  return isCommand(text) && addressedText(text, botUsername) !== null;
}

const CONTENT_KEYS = ['sticker', 'photo', 'video', 'voice', 'audio', 'document', 'animation', 'video_note', 'location', 'contact', 'poll', 'dice', 'venue'];

function isContent(message: object): boolean {
  return CONTENT_KEYS.some((key) => key in message);
}
