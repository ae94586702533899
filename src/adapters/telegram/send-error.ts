/**
 * grammY's errors as the messenger port's SendError: what a caller needs to decide between giving
 * up on a chat, waiting, retrying and dropping the message.
 */
import { GrammyError, HttpError } from 'grammy';
import { SendError } from '../../ports/messenger.js';

/** Maps an error from a Bot API call to a SendError (never carrying the token). */
export function toSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  if (error instanceof GrammyError) {
    const message = `${error.method}: ${error.description}`;
    if (error.error_code === 403) return new SendError('blocked', message, null, { cause: error });
    if (error.error_code === 429) {
      const retryAfter = error.parameters.retry_after;
      return new SendError('rate_limited', message, typeof retryAfter === 'number' ? retryAfter : null, { cause: error });
    }
    if (error.error_code >= 500) return new SendError('transient', message, null, { cause: error });
    // "group chat was upgraded to a supergroup chat": the new id comes with the refusal.
    const movedTo = error.parameters.migrate_to_chat_id;
    return new SendError('rejected', message, null, { cause: error, ...(movedTo === undefined ? {} : { movedTo: String(movedTo) }) });
  }
  // A network failure: the underlying error may hold the request URL, and with it the token.
  if (error instanceof HttpError) return new SendError('transient', error.message);
  return new SendError('transient', error instanceof Error ? error.message : String(error));
}
