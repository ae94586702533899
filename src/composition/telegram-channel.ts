/** The Telegram channel's start: the bot, its first call, its command menu, then its webhook or long polling. */
import {
  connectTelegram,
  createBot,
  createTelegramWebhook,
  registerCommands,
  setTelegramWebhook,
  startPolling,
  storeMembership,
} from '../adapters/telegram/index.js';
import { type ChannelConfig, webhookUrl } from '../config.js';
import { type ChannelWiring, chosenLanguageOn, type StartedChannel } from './channel-wiring.js';

/** Starts Telegram; rejects (naming the variable to check) when the platform refuses or cannot be reached. */
export async function startTelegramChannel(tg: ChannelConfig, wiring: ChannelWiring): Promise<StartedChannel> {
  const { store, log } = wiring;
  const bot = createBot(tg.token, {
    answer: wiring.answerFor(tg.mode),
    mode: tg.mode,
    log: log.child({ channel: 'telegram' }),
    apiRoot: tg.apiBase,
    onChatMoved: (from, to) => store.moveChat({ channel: 'telegram', externalChatId: from }, to),
    onMembershipChanged: storeMembership(store),
    chosenLanguage: chosenLanguageOn(store, 'telegram'),
    pacer: wiring.pacer,
  });
  log.info({ msg: 'connecting to Telegram', apiRoot: tg.apiBase });
  await connectTelegram(bot, wiring.startupLimitMs);
  // The menu is a convenience: typed commands work without it, so a failure is no reason to stop.
  await registerCommands(bot).catch((error: unknown) => {
    log.warn({ msg: 'Telegram command menu not set', channel: 'telegram', err: error });
  });
  if (tg.mode === 'polling') return { stop: await startPolling(bot, { log }) };
  await setTelegramWebhook(bot, webhookUrl(wiring, 'telegram'), tg.webhookSecret);
  return { webhook: createTelegramWebhook(bot, tg.webhookSecret, log) };
}
