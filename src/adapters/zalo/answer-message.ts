/**
 * One turn on Zalo, shared by the webhook and the polling loop: the application answers the message
 * and the reply goes back to the same chat through the messenger.
 */
import type { AnswerMessage } from '../../app/answer-once.js';
import type { IncomingMessage } from '../../app/message.js';
import type { Messenger } from '../../ports/messenger.js';

/** Answers the message. Throws what the answer or the messenger throws (SendError for a send). */
export function answerMessage(message: IncomingMessage, deps: { answer: AnswerMessage; messenger: Messenger }): Promise<'answered' | 'duplicate'> {
  return deps.answer(message, async (reply) => {
    // A message dropped by the flood limit has nothing to say.
    if (reply.silent === true || reply.text.length === 0) return;
    await deps.messenger.send({ chatId: message.chatId, text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}) });
  });
}
