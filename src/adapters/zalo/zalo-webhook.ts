/**
 * The Zalo webhook, free of any HTTP framework: given the request headers and the parsed JSON body,
 * it answers the status to return. The platform sends the secret set with setWebhook in the header
 * X-Bot-Api-Secret-Token: a request without the right one is refused (403) and nothing is read.
 * A message answered before (the inbound ledger behind `answer`) is acknowledged and skipped. When
 * answering fails in a way worth retrying (the database or Zalo unreachable, a 429), 500 asks the
 * platform to deliver it again; with the database unreachable the sender also gets the apology.
 * Deliveries of one chat are answered one after another, in the order they arrived.
 */

import { type AnswerMessage, RedeliveryRequested } from '../../app/answer-once.js';
import { StartupError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { type Messenger, SendError } from '../../ports/messenger.js';
import { type ChosenLanguage, createLineGuard, createSecretCheck, type WebhookHeaders } from '../channel/index.js';
import { answerMessage, answerNonText } from './answer-message.js';
import { chatSequence } from './chat-sequence.js';
import { parseZaloUpdate } from './zalo-update.js';

/** The header that carries the webhook secret. */
export const SECRET_HEADER = 'x-bot-api-secret-token';

export type { WebhookHeaders };

/** The webhook's dependencies, in one object. */
export interface ZaloWebhookDeps {
  /** The secret_token given to setWebhook: Zalo takes 8 to 256 characters, our configuration asks for 16 at least. */
  readonly secret: string;
  /** The application's answer, once per message (`answerOnce`). */
  readonly answer: AnswerMessage;
  readonly messenger: Messenger;
  readonly log: Logger;
  /** The reply language a person chose, for the lines sent without the handler (see answerNonText). */
  readonly chosenLanguage?: ChosenLanguage;
}

/** Handles one webhook request; never throws. */
export type ZaloWebhook = ((headers: WebhookHeaders, body: unknown) => Promise<{ status: number }>) & {
  /** 403 when the headers lack the right secret, else null: the HTTP server asks before it reads the body. */
  readonly refuse: (headers: WebhookHeaders) => number | null;
};

/** Creates the webhook handler. */
export function createZaloWebhook(deps: ZaloWebhookDeps): ZaloWebhook {
  if (deps.secret.length === 0) throw new StartupError('the Zalo webhook secret is empty');
  const hasSecret = createSecretCheck(deps.secret, SECRET_HEADER);
  const inSequence = chatSequence();
  const mayTell = createLineGuard();
  const mayApologise = createLineGuard(APOLOGY_WINDOW_MS);

  /**
   * Zalo's documentation says nothing of redelivering a webhook that failed, so the 500 alone might
   * leave the sender in silence: they get the apology too, once in a while, and the answer if the
   * message does come again.
   */
  async function apologise(chatId: string, apology: string | null): Promise<void> {
    if (apology === null || !mayApologise(chatId)) return;
    await deps.messenger.send({ chatId, text: apology }).catch((error: unknown) => {
      deps.log.warn({ msg: 'zalo apology not sent', chatId, err: error });
    });
  }

  const refuse = (headers: WebhookHeaders): number | null => (hasSecret(headers) ? null : 403);

  const handle = async (headers: WebhookHeaders, body: unknown): Promise<{ status: number }> => {
    const refused = refuse(headers);
    if (refused !== null) return { status: refused };

    const update = typeof body === 'string' ? parseJson(body) : body;
    const message = parseZaloUpdate(update);
    if (!message) {
      await answerNonText(update, { messenger: deps.messenger, log: deps.log, mayTell, chosenLanguage: deps.chosenLanguage });
      return { status: 200 };
    }
    const log = deps.log.child({ channel: 'zalo', chatId: message.chatId, messageId: message.messageId });
    try {
      const outcome = await inSequence(message.chatId, () => answerMessage(message, deps));
      if (outcome === 'duplicate') log.debug({ msg: 'duplicate delivery skipped' });
      return { status: 200 };
    } catch (error) {
      // Anything but a refused send (RedeliveryRequested, a transient failure, a 429) is worth another delivery.
      const retry = !(error instanceof SendError) || error.failure === 'transient' || error.failure === 'rate_limited';
      log[retry ? 'warn' : 'error']({ msg: 'zalo reply failed', retry, err: error });
      if (error instanceof RedeliveryRequested) await apologise(message.chatId, error.apology);
      return { status: retry ? 500 : 200 };
    }
  };
  return Object.assign(handle, { refuse });
}

/** Our choice: a sender gets the database's apology at most once in 10 minutes, however often Zalo retries. */
export const APOLOGY_WINDOW_MS = 10 * 60_000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
