/**
 * The chat channels' wiring: what every channel gets from the service (the answering function per
 * mode, the store's few calls it makes, the pacer, the start-up limit), and the start of each channel
 * that is on. A channel in webhook mode hands back its handler for the HTTP server; one that polls
 * hands back how to stop polling.
 */
import type { WebhookHandler } from '../adapters/http/server.js';
import type { Config } from '../config.js';
import type { ChannelWiring } from './channel-wiring.js';
import type { Stop } from './limits.js';
import { startTelegramChannel } from './telegram-channel.js';
import { startZaloChannel } from './zalo-channel.js';

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
