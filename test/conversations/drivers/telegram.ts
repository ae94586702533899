/**
 * The Telegram driver, for a service in webhook or polling mode. A text goes out as a private-chat
 * message update (a choice as a press on the reply's button); by webhook it is POSTed to the
 * service with the secret header, by polling it is queued at the fake Bot API for getUpdates. The
 * reply is what the fake recorded as successful sendMessage calls to that chat; so is a reminder.
 */
import type { Update } from 'grammy/types';
import { pressedChoice } from '../../../src/adapters/telegram/choice-keyboard.js';
import { callbackUpdate, type FakeTelegramApi, type RecordedRequest, textUpdate } from '../../fakes/fake-telegram-api.js';
import type { Persona } from '../scripts.js';
import { type Mode, TELEGRAM_SECRET, type TestService } from '../test-service.js';
import { type ChannelDriver, type SeenButton, type SeenMessage, waitFor } from './driver.js';

/** Each persona's Telegram user id (also their private chat's id). */
const USER_IDS: Readonly<Record<Persona, number>> = { focal: 700_001, official: 700_002 };

/** How long a chat must stay quiet before a polled reply counts as complete. */
const QUIET_MS = 250;

/** Drives the Telegram channel of `service`, delivering updates in `mode`. */
export function telegramDriver(service: TestService, mode: Mode): ChannelDriver {
  const api = service.telegram;
  const lastButtons = new Map<Persona, readonly SeenButton[]>();

  return {
    name: `telegram (${mode})`,
    async say(persona, text, options = {}) {
      const id = USER_IDS[persona];
      let update: Update;
      if (options.choose) {
        const button = lastButtons.get(persona)?.find((b) => pressedChoice(b.data)?.text === text);
        if (!button) throw new Error(`no button "${text}" under the last reply to ${persona}`);
        update = callbackUpdate({ chatId: id, userId: id, data: button.data, bot: api.botInfo });
      } else {
        update = textUpdate({ chatId: id, userId: id, text });
      }
      const before = api.requests.length;
      let reply: readonly SeenMessage[];
      if (mode === 'webhook') {
        const status = await service.post('/webhooks/telegram', update, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET });
        if (status !== 200) throw new Error(`the Telegram webhook answered ${status}`);
        reply = sentTo(api, before, id);
      } else {
        api.queueUpdate(update);
        reply = await settledReply(api, before, id);
      }
      lastButtons.set(persona, reply.at(-1)?.buttons ?? []);
      return reply;
    },
    async remind(persona) {
      const before = api.requests.length;
      await service.remind();
      return sentTo(api, before, USER_IDS[persona]);
    },
    close: () => service.stop(),
  };
}

/** sendMessage calls to `chatId` recorded since `before`, answered or not yet. */
function sendsTo(api: FakeTelegramApi, before: number, chatId: number): RecordedRequest[] {
  return api.requests.slice(before).filter((r) => r.method === 'sendMessage' && Number(r.params.chat_id) === chatId);
}

/** The messages the chat received since `before` (calls the API refused never reached the user). */
export function sentTo(api: FakeTelegramApi, before: number, chatId: number): SeenMessage[] {
  return sendsTo(api, before, chatId)
    .filter((r) => r.status === 200)
    .map(seen);
}

/** Waits for a reply to arrive, every call answered and the chat quiet for QUIET_MS. */
async function settledReply(api: FakeTelegramApi, before: number, chatId: number): Promise<SeenMessage[]> {
  let count = 0;
  let changedAt = Date.now();
  return waitFor('the Telegram reply', () => {
    const sends = sendsTo(api, before, chatId);
    if (sends.length !== count) {
      count = sends.length;
      changedAt = Date.now();
    }
    const complete = count > 0 && sends.every((r) => r.status !== undefined) && Date.now() - changedAt >= QUIET_MS;
    return complete ? sentTo(api, before, chatId) : undefined;
  });
}

/** A sendMessage call as the user sees it: the text and the inline keyboard's buttons. */
function seen(request: RecordedRequest): SeenMessage {
  return { text: String(request.params.text), buttons: buttonsOf(request.params.reply_markup) };
}

function buttonsOf(markup: unknown): SeenButton[] {
  if (typeof markup !== 'object' || markup === null || !('inline_keyboard' in markup) || !Array.isArray(markup.inline_keyboard)) return [];
  return (markup.inline_keyboard as unknown[]).flat().flatMap((button): SeenButton[] => {
    if (typeof button !== 'object' || button === null || !('text' in button) || !('callback_data' in button)) return [];
    return [{ label: String(button.text), data: String(button.callback_data) }];
  });
}
