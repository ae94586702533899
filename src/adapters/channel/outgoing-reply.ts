/**
 * The application's reply to a message as the Messenger port's message: every channel sends its
 * replies through its messenger, with what it knows of the message answered.
 */
import type { Reply } from '../../app/message.js';
import type { OutgoingMessage } from '../../ports/messenger.js';

/** Where a reply goes, and what the channel knows of the message it answers. */
export interface ReplyAddress {
  readonly chatId: string;
  /** The delivery answered, when it may come again (see OutgoingMessage.deliveryKey). */
  readonly deliveryKey?: string;
  /** The message to quote (see OutgoingMessage.replyTo). */
  readonly replyTo?: string;
  /** The topic to post in (see OutgoingMessage.topic). */
  readonly topic?: string;
}

/** The message to send for `reply`; null when there is nothing to say (dropped by the flood limit, or empty). */
export function outgoingReply(reply: Reply, to: ReplyAddress): OutgoingMessage | null {
  if (reply.silent === true || reply.text.length === 0) return null;
  return {
    chatId: to.chatId,
    text: reply.text,
    ...(reply.choices ? { choices: reply.choices } : {}),
    ...(reply.choiceList === undefined ? {} : { choiceList: reply.choiceList }),
    ...(reply.attachment ? { attachment: reply.attachment } : {}),
    ...(to.deliveryKey === undefined ? {} : { deliveryKey: to.deliveryKey }),
    ...(to.replyTo === undefined ? {} : { replyTo: to.replyTo }),
    ...(to.topic === undefined ? {} : { topic: to.topic }),
  };
}
