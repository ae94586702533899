/**
 * Text messages, in private chats and groups: each becomes one IncomingMessage for the handler and
 * the handler's reply goes back to the same chat. A photo's or a file's caption counts as its text. In
 * a group only commands and replies to the bot are answered, so a group with privacy mode switched off
 * is not flooded with answers.
 */
import { Composer } from 'grammy';
import type { IncomingMessage } from '../../app/message.js';
import { ANONYMOUS_SENDER } from '../../core/replies/text-only.js';
import { outgoingReply } from '../channel/index.js';
import { addressedText, chatKindOf, isCommand } from './addressing.js';
import type { BotContext, TelegramBotDeps } from './context.js';
import { languageHintOf } from './language-hint.js';
import { topicOf } from './send-reply.js';
import type { TelegramMessenger } from './telegram-messenger.js';

/** The composer that answers text messages. */
export function textMessages(deps: Pick<TelegramBotDeps, 'answer'>, messenger: Pick<TelegramMessenger, 'reply'>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // A report photographed with its figures typed under it is read by its caption.
  composer.on(['message:text', 'message:caption'], async (ctx) => {
    const { message } = ctx;
    const kind = chatKindOf(message.chat);
    // Telegram always sends both; only a forged update (it still needs the secret) lacks them.
    const from: typeof message.from | undefined = message.from;
    const written: unknown = message.text ?? message.caption;
    if (kind === null || from === undefined || typeof written !== 'string') return;
    const text = addressedText(written, ctx.me.username);
    if (text === null) {
      ctx.log.debug({ msg: 'command for another bot ignored' });
      return;
    }
    const repliesToUs = message.reply_to_message?.from?.id === ctx.me.id;
    if (kind === 'group' && !isCommand(text) && !repliesToUs) return;
    // An anonymous group administrator writes as the group (from is Telegram's GroupAnonymousBot).
    if (kind === 'group' && message.sender_chat?.id === message.chat.id) {
      await messenger.reply({ chatId: String(message.chat.id), text: ANONYMOUS_SENDER, replyTo: String(message.message_id), ...topicOf(message) });
      return;
    }
    if (from.is_bot) return;
    const incoming: IncomingMessage = {
      channel: 'telegram',
      chatId: String(message.chat.id),
      userId: String(message.from.id),
      displayName: [message.from.first_name, message.from.last_name].filter(Boolean).join(' '),
      text,
      chatKind: kind,
      messageId: String(message.message_id),
      languageHint: languageHintOf(message.from.language_code),
    };
    const address = {
      chatId: incoming.chatId,
      deliveryKey: `${message.chat.id}/${message.message_id}`,
      // In a group the first part quotes the message it answers.
      ...(kind === 'group' ? { replyTo: String(message.message_id) } : {}),
      ...topicOf(message),
    };
    const outcome = await deps.answer(incoming, async (reply) => {
      const outgoing = outgoingReply(reply, address);
      if (outgoing) await messenger.reply(outgoing);
    });
    ctx.log.debug({ msg: outcome === 'duplicate' ? 'already answered' : 'answered' });
  });
  return composer;
}
