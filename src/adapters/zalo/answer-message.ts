/**
 * One turn on Zalo, shared by the webhook and the polling loop: the application answers the message
 * and the reply goes back to the same chat through the messenger.
 */
import type { AnswerMessage } from '../../app/answer-once.js';
import type { IncomingMessage } from '../../app/message.js';
import { TEXT_ONLY, WITHHELD } from '../../core/replies/text-only.js';
import type { Logger } from '../../logger.js';
import type { Messenger } from '../../ports/messenger.js';
import { type ChosenLanguage, chosenLanguageOf, type LineGuard, outgoingReply } from '../channel/index.js';
import { unreadableMessage } from './zalo-update.js';

/** Answers the message. Throws what the answer or the messenger throws (SendError for a send). */
export function answerMessage(message: IncomingMessage, deps: { answer: AnswerMessage; messenger: Messenger }): Promise<'answered' | 'duplicate'> {
  const address = { chatId: message.chatId, ...(message.messageId === undefined ? {} : { deliveryKey: `${message.chatId}/${message.messageId}` }) };
  return deps.answer(message, async (reply) => {
    const outgoing = outgoingReply(reply, address);
    if (outgoing) await deps.messenger.send(outgoing);
  });
}

/** What answerNonText needs. */
export interface NonTextDeps {
  readonly messenger: Messenger;
  readonly log: Logger;
  readonly mayTell: LineGuard;
  /** The reply language the person chose (`/lang`), or null; Vietnamese without it. */
  readonly chosenLanguage?: ChosenLanguage;
}

/**
 * Tells a person who sent something other than text (an image, a sticker …) in a private chat that
 * the bot reads text only, or, when Zalo withheld the content, that it did not arrive; in the
 * language the person chose, else Vietnamese (Zalo gives no language hint); each line at most once in
 * a while per chat (`mayTell`). Never throws: a failed send is logged, and the update is not worth
 * another delivery.
 */
export async function answerNonText(body: unknown, deps: NonTextDeps): Promise<void> {
  const unreadable = unreadableMessage(body);
  if (unreadable === null) return;
  const { chatId, userId, withheld } = unreadable;
  if (!deps.mayTell(`${chatId}/${withheld ? 'withheld' : 'text-only'}`)) return;
  const { messenger, log } = deps;
  const lang = (await chosenLanguageOf(deps.chosenLanguage, userId, log)) ?? 'vi';
  await messenger.send({ chatId, text: (withheld ? WITHHELD : TEXT_ONLY)[lang] }).catch((error: unknown) => {
    log.warn({ msg: 'zalo text-only line not sent', chatId, err: error });
  });
}
