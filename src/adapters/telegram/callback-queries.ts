/**
 * Button presses (answered at once by `answerPresses`, so that the client stops its spinner) are
 * handled as if the user had typed the choice's number or word in that chat, with the list it came
 * with (the handler refuses a button whose list is no longer open). Once answered in a private chat,
 * the buttons are taken off the message; in a group they stay, since another member's press (which
 * answers no list of theirs) must not take them from the person they were for, and the note such a
 * press gets is not posted for the whole group to read.
 */
import { Composer } from 'grammy';
import type { IncomingMessage } from '../../app/message.js';
import { outgoingReply } from '../channel/index.js';
import { chatKindOf } from './addressing.js';
import { pressedChoice } from './choice-keyboard.js';
import type { BotContext, TelegramBotDeps } from './context.js';
import { languageHintOf } from './language-hint.js';
import { topicOf } from './send-reply.js';
import type { TelegramMessenger } from './telegram-messenger.js';

/**
 * Answers every press as it arrives, before it waits behind the chat's earlier updates: a client shows
 * its spinner until then, and a press answered late is refused ("query is too old").
 */
export function answerPresses(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('callback_query', async (ctx, next) => {
    // Not a message to the chat but the end of the client's spinner, which only the query's own
    // answer gives: it has no place in the Messenger port. An old press (the bot was down) can no
    // longer be answered, but it is still the user's answer.
    await ctx.answerCallbackQuery().catch((error: unknown) => {
      ctx.log.warn({ msg: 'answerCallbackQuery failed', err: error });
    });
    await next();
  });
  return composer;
}

/** The composer that handles inline keyboard buttons. */
export function callbackQueries(deps: Pick<TelegramBotDeps, 'answer'>, messenger: Pick<TelegramMessenger, 'reply'>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('callback_query:data', async (ctx) => {
    const query = ctx.callbackQuery;
    const pressed = pressedChoice(query.data);
    const chat = query.message?.chat;
    const kind = chat ? chatKindOf(chat) : null;
    if (pressed === null || !chat || kind === null) {
      ctx.log.debug({ msg: 'button ignored', hasChat: chat !== undefined });
      return;
    }
    const incoming: IncomingMessage = {
      channel: 'telegram',
      chatId: String(chat.id),
      userId: String(query.from.id),
      text: pressed.text,
      choiceList: pressed.list,
      chatKind: kind,
      // A redelivered press is the same answer: the handler records it once.
      messageId: `callback-${query.id}`,
      languageHint: languageHintOf(query.from.language_code),
    };
    const address = { chatId: incoming.chatId, deliveryKey: `callback-${query.id}`, ...(query.message ? topicOf(query.message) : {}) };
    await deps.answer(incoming, async (reply) => {
      // The press was answered already (answerPresses): in a group, a note for the presser alone is dropped.
      if (reply.senderOnly === true && kind === 'group') {
        ctx.log.debug({ msg: 'note for the presser not posted in the group' });
        return;
      }
      const outgoing = outgoingReply(reply, address);
      if (outgoing) await messenger.reply(outgoing);
    });
    if (kind !== 'private') return;
    // Taking the buttons off the message pressed edits that message, which is no message to send:
    // it has no place in the Messenger port.
    await ctx.editMessageReplyMarkup().catch((error: unknown) => {
      // The message may be too old to edit, or already without buttons: nothing is lost.
      ctx.log.debug({ msg: 'buttons not removed', err: error });
    });
  });
  return composer;
}
