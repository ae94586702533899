/**
 * One turn on Zalo, shared by the webhook and the polling loop: the handler's reply to a message,
 * sent back to the same chat.
 */
import type { IncomingMessage, Reply } from '../../app/message.js';
import type { Messenger } from '../../ports/messenger.js';

/** Turns a message into a reply; the application's handler never throws, but a stand-in may. */
export type HandleMessage = (message: IncomingMessage) => Promise<Reply>;

/** Answers the message. Throws what the handler or the messenger throws (SendError for a send). */
export async function answerMessage(message: IncomingMessage, deps: { handle: HandleMessage; messenger: Messenger }): Promise<void> {
  const reply = await deps.handle(message);
  // A message dropped by the flood limit has nothing to say.
  if (reply.silent === true || reply.text.length === 0) return;
  await deps.messenger.send({ chatId: message.chatId, text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}) });
}
