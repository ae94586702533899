/**
 * The chat channels' wiring: what every channel gets from the service (the answering function per
 * mode, the store's few calls it makes, the pacer, the start-up limit), and the start of each channel
 * that is on. A channel in webhook mode hands back its handler for the HTTP server; one that polls
 * hands back how to stop polling.
 */
import type { OpenedStore } from '../adapters/db/open-store.js';
import type { WebhookHandler } from '../adapters/http/server.js';
import type { SendingLimits } from '../adapters/queue/sending-limits.js';
import type { AnswerMessage } from '../app/answer-once.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import type { Stop } from './limits.js';
import { startTelegramChannel } from './telegram-channel.js';
import { startZaloChannel } from './zalo-channel.js';

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

/** Starts the channels that are on, in turn (Telegram, then Zalo); `stops` receives each polling's stop. */
export async function startChannels(
  config: Pick<Config, 'telegram' | 'zalo'>,
  wiring: ChannelWiring,
  stops: Stop[],
): Promise<{ readonly telegram?: WebhookHandler; readonly zalo?: WebhookHandler }> {
  const telegram = config.telegram ? await startTelegramChannel(config.telegram, wiring) : {};
  if (telegram.stop) stops.push(telegram.stop);
  const zalo = config.zalo ? await startZaloChannel(config.zalo, wiring) : {};
  if (zalo.stop) stops.push(zalo.stop);
  return { telegram: telegram.webhook, zalo: zalo.webhook };
}
