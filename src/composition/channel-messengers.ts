/** The channels' messengers for messages the bot starts itself (reminders). */
import { Api } from 'grammy';
import { apiClientOptions, createTelegramMessenger } from '../adapters/telegram/index.js';
import { createZaloClient, createZaloMessenger } from '../adapters/zalo/index.js';
import type { Config } from '../config.js';
import type { Channel } from '../core/types.js';
import type { Messenger } from '../ports/messenger.js';

/**
 * The messengers of the channels that are on, for reminders. Telegram's client has no auto-retry
 * here: a 429 or a 5xx goes back to the queue, which pauses or backs off without holding a worker.
 */
export function reminderMessengers(config: Pick<Config, 'telegram' | 'zalo'>): Partial<Record<Channel, Messenger>> {
  const messengers: Partial<Record<Channel, Messenger>> = {};
  if (config.telegram) {
    messengers.telegram = createTelegramMessenger(new Api(config.telegram.token, apiClientOptions(config.telegram.apiBase)));
  }
  if (config.zalo) {
    messengers.zalo = createZaloMessenger(createZaloClient({ token: config.zalo.token, baseUrl: config.zalo.apiBase }));
  }
  return messengers;
}
