import { Api } from 'grammy';
import { apiClientOptions } from '../../../src/adapters/telegram/api-fetch.js';
import { TELEGRAM_TEXT_LIMIT } from '../../../src/adapters/telegram/send-reply.js';
import { createTelegramMessenger } from '../../../src/adapters/telegram/telegram-messenger.js';
import { startFakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { describeMessengerContract, type PlatformFailure } from '../../ports/messenger-contract.js';
import { TOKEN } from './bot-harness.js';

const RETRY_AFTER = 17;

/** The inline keyboard's button texts of a sendMessage call. */
function buttonsOf(params: Record<string, unknown>): string[] {
  const markup = params.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.text);
}

describeMessengerContract('Telegram over the fake Bot API', async () => {
  const api = await startFakeTelegramApi(TOKEN);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await api.close();
  };
  const failures: Record<PlatformFailure, Parameters<typeof api.failNext>[1]> = {
    unknown_chat: { kind: 'bad_request', description: 'chat not found' },
    server_error: { kind: 'server_error' },
    rate_limited: { kind: 'rate_limited', retryAfter: RETRY_AFTER },
  };
  return {
    // A bare client (no auto-retry), as reminders' deliveries use: each failure reaches the caller.
    messenger: createTelegramMessenger(new Api(TOKEN, apiClientOptions(api.apiRoot))),
    channel: 'telegram',
    chatId: '501',
    textLimit: TELEGRAM_TEXT_LIMIT,
    token: TOKEN,
    retryAfterSeconds: RETRY_AFTER,
    arrived: (chatId) =>
      api
        .succeeded('sendMessage')
        .filter((r) => String(r.params.chat_id) === chatId)
        .map((r) => ({ text: String(r.params.text), buttons: buttonsOf(r.params) })),
    sendCalls: () => api.calls('sendMessage').length,
    failNext: (failure) => api.failNext('sendMessage', failures[failure]),
    stopPlatform: stop,
    close: stop,
  };
});
