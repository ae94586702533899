/**
 * Long polling for development: getUpdates returns one update at a time (408 when none came), and
 * each is answered before the next is asked for. First any webhook is removed, since getUpdates does
 * not work while one is set. Errors back off exponentially (or as long as the platform asks);
 * aborting the signal ends the wait at once and the loop after the current update. An update is
 * delivered once: the messenger retries a failed send (POLLING_RETRY), and what still fails is logged.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { AnswerMessage } from '../../app/answer-once.js';
import type { Logger } from '../../logger.js';
import type { Messenger } from '../../ports/messenger.js';
import { type ChosenLanguage, createLineGuard, type LineGuard } from '../channel/index.js';
import { answerMessage, answerNonText } from './answer-message.js';
import { ZaloApiError } from './zalo-api-error.js';
import type { ZaloClient } from './zalo-client.js';
import { parseZaloUpdate } from './zalo-update.js';

/** The polling loop's dependencies and tuning, in one object. */
export interface ZaloPollingOptions {
  readonly client: Pick<ZaloClient, 'getUpdates' | 'deleteWebhook'>;
  /** The application's answer (`answerDirectly`: a polled update is not delivered again). */
  readonly answer: AnswerMessage;
  readonly messenger: Messenger;
  readonly log: Logger;
  /** Stops the loop. */
  readonly signal: AbortSignal;
  /** Seconds one getUpdates may wait for an update. Default 30. */
  readonly pollTimeoutSeconds?: number;
  /** Wait after a failed getUpdates, doubled on each failure in a row. Default 1 s up to 30 s. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  /** The reply language a person chose, for the lines sent without the handler (see answerNonText). */
  readonly chosenLanguage?: ChosenLanguage;
}

/** Polls until the signal is aborted; resolves then. Never rejects. */
export async function startZaloPolling(options: ZaloPollingOptions): Promise<void> {
  const { client, log, signal } = options;
  const timeout = options.pollTimeoutSeconds ?? 30;
  const backoff = options.backoff ?? { initialMs: 1000, maxMs: 30_000 };
  let delayMs = backoff.initialMs;
  let webhookRemoved = false;
  const mayTell = createLineGuard();
  log.info({ msg: 'zalo polling started', timeout });

  while (!signal.aborted) {
    let update: unknown;
    const method = webhookRemoved ? 'getUpdates' : 'deleteWebhook';
    try {
      if (webhookRemoved) {
        update = await client.getUpdates({ timeout, signal });
      } else {
        await client.deleteWebhook();
        webhookRemoved = true;
      }
      delayMs = backoff.initialMs;
    } catch (error) {
      if (signal.aborted) break;
      const waitMs = error instanceof ZaloApiError && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : delayMs;
      log.warn({ msg: `zalo ${method} failed`, waitMs, err: error });
      await pause(waitMs, signal);
      delayMs = Math.min(delayMs * 2, backoff.maxMs);
      continue;
    }
    if (update) await processUpdate(update, options, mayTell);
  }
  log.info({ msg: 'zalo polling stopped' });
}

async function processUpdate(update: unknown, options: ZaloPollingOptions, mayTell: LineGuard): Promise<void> {
  const message = parseZaloUpdate(update);
  if (!message) {
    await answerNonText(update, { messenger: options.messenger, log: options.log, mayTell, chosenLanguage: options.chosenLanguage });
    return;
  }
  const log = options.log.child({ channel: 'zalo', chatId: message.chatId, messageId: message.messageId });
  try {
    await answerMessage(message, options);
  } catch (error) {
    log.error({ msg: 'zalo reply failed', err: error });
  }
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    // Aborted: the loop sees the signal and stops.
  }
}
