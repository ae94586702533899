/** What every chat channel is started with, and what a started channel hands back. */
import type { OpenedStore } from '../adapters/db/open-store.js';
import type { WebhookHandler } from '../adapters/http/server.js';
import type { SendingLimits } from '../adapters/queue/sending-limits.js';
import type { AnswerMessage } from '../app/answer-once.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import type { Stop } from './limits.js';

/** What a channel is started with. */
export interface ChannelWiring {
  /** How a message is answered: once per delivery for a webhook, directly for a polled update. */
  answerFor(mode: 'webhook' | 'polling'): AnswerMessage;
  /** The store with its time limits (the hot path's). */
  readonly store: Store;
  /** The store as opened, for the attachment links. */
  readonly opened: Pick<OpenedStore, 'attachments'>;
  readonly pacer: SendingLimits['pacer'];
  readonly clock: Clock;
  readonly log: Logger;
  /** How long start-up waits for the platform's getMe. */
  readonly startupLimitMs: number;
  /** The base URL the platforms call (webhook mode). */
  readonly publicUrl: string | undefined;
}

/** A started channel: its webhook handler, or how to stop its polling. */
export interface StartedChannel {
  readonly webhook?: WebhookHandler;
  readonly stop?: Stop;
}

/** The language a person chose on `channel` (the /lang command), or null. */
export function chosenLanguageOn(store: Pick<Store, 'findPerson'>, channel: 'telegram' | 'zalo') {
  return async (userId: string) => (await store.findPerson({ channel, userId }))?.language ?? null;
}
