/**
 * The Zalo webhook, free of any HTTP framework: given the request headers and the parsed JSON body,
 * it answers the status to return. The platform sends the secret set with setWebhook in the header
 * X-Bot-Api-Secret-Token: a request without the right one is refused (403) and nothing is read.
 * A delivery seen before is acknowledged and skipped. When handling or sending fails in a way worth
 * retrying, the delivery is forgotten and 500 asks the platform to deliver it again.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from '../../logger.js';
import { SendError, type Messenger } from '../../ports/messenger.js';
import { answerMessage, type HandleMessage } from './answer-message.js';
import { parseZaloUpdate } from './zalo-update.js';

/** The header that carries the webhook secret. */
export const SECRET_HEADER = 'x-bot-api-secret-token';

/** Request headers as node and fastify give them (names in any case). */
export type WebhookHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The webhook's dependencies, in one object. */
export interface ZaloWebhookDeps {
  /** The secret_token given to setWebhook (8 to 256 characters). */
  readonly secret: string;
  readonly handle: HandleMessage;
  readonly messenger: Messenger;
  /** Marks a delivery key; true when it was already processed. */
  readonly seen: (key: string) => Promise<boolean>;
  /** Unmarks a key after a failure worth retrying, so that the redelivery is processed. */
  readonly forget?: (key: string) => Promise<void>;
  readonly log: Logger;
}

/** Handles one webhook request; never throws. */
export type ZaloWebhook = (headers: WebhookHeaders, body: unknown) => Promise<{ status: number }>;

/** Creates the webhook handler. */
export function createZaloWebhook(deps: ZaloWebhookDeps): ZaloWebhook {
  if (deps.secret.length === 0) throw new Error('the Zalo webhook secret is empty');
  const expected = digest(deps.secret);

  return async (headers, body) => {
    const given = headerValue(headers, SECRET_HEADER);
    if (given === null || !timingSafeEqual(digest(given), expected)) return { status: 403 };

    const message = parseZaloUpdate(typeof body === 'string' ? parseJson(body) : body);
    if (!message) return { status: 200 };
    const log = deps.log.child({ channel: 'zalo', chatId: message.chatId, messageId: message.messageId });
    const key = message.messageId === undefined ? null : `zalo:${message.messageId}`;
    try {
      if (key !== null && (await deps.seen(key))) {
        log.debug({ msg: 'duplicate delivery skipped' });
        return { status: 200 };
      }
    } catch (error) {
      log.error({ msg: 'de-duplication failed', err: error });
      return { status: 500 };
    }

    try {
      await answerMessage(message, deps);
      return { status: 200 };
    } catch (error) {
      const retry = !(error instanceof SendError) || error.failure === 'transient' || error.failure === 'rate_limited';
      log[retry ? 'warn' : 'error']({ msg: 'zalo reply failed', retry, err: error });
      if (!retry) return { status: 200 };
      if (key !== null) await deps.forget?.(key).catch(() => undefined);
      return { status: 500 };
    }
  };
}

/** Fixed-length digests, so that the comparison takes the same time whatever the lengths. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function headerValue(headers: WebhookHeaders, name: string): string | null {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return typeof value === 'string' ? value : null;
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
