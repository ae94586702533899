/**
 * The Zalo driver, for a service in webhook or polling mode. A text goes out as a
 * message.text.received update from a private chat; by webhook it is POSTed to the service wrapped in
 * `{ok, result}` with the X-Bot-Api-Secret-Token header, by polling it is queued at the fake for getUpdates. The reply is the
 * sendMessage calls the fake received for that chat, and so is a reminder. Zalo has no buttons: a
 * choice is typed.
 */
import { randomBytes } from 'node:crypto';
import type { FakeZaloApi } from '../../fakes/fake-zalo-api.js';
import type { Persona } from '../scripts.js';
import { type Mode, type TestService, ZALO_SECRET } from '../test-service.js';
import { type ChannelDriver, type SeenMessage, waitFor } from './driver.js';

/** Each persona's Zalo user id (also their chat's id). */
const USER_IDS: Readonly<Record<Persona, string>> = { focal: 'a1f0c3d2e5b4a7f60001', official: 'b2e1d4c3f6a5b8e70002' };

/** A text message update as the platform sends it. */
export function zaloTextUpdate(userId: string, text: string): Record<string, unknown> {
  return {
    event_name: 'message.text.received',
    message: {
      from: { id: userId, display_name: 'Lan', is_bot: false },
      chat: { id: userId, chat_type: 'PRIVATE' },
      text,
      message_id: randomBytes(10).toString('hex'),
      date: Date.now(),
    },
  };
}

/** Drives the Zalo channel of `service`, delivering updates in `mode`. */
export function zaloDriver(service: TestService, mode: Mode): ChannelDriver {
  const api = service.zalo;
  return {
    name: `zalo (${mode})`,
    async say(persona, text) {
      const id = USER_IDS[persona];
      const update = zaloTextUpdate(id, text);
      const before = api.requests.length;
      if (mode === 'webhook') {
        // Wrapped, as the webhook documentation shows it; the bare form is covered by zalo-webhook.test.ts.
        const status = await service.post('/webhooks/zalo', { ok: true, result: update }, { 'X-Bot-Api-Secret-Token': ZALO_SECRET });
        if (status !== 200) throw new Error(`the Zalo webhook answered ${status}`);
        return sentTo(api, before, id);
      }
      api.queueUpdate(update);
      // The loop answers an update completely before it asks for the next one.
      return waitFor('the Zalo reply', () => {
        const later = api.requests.slice(before);
        const sends = later.flatMap((r, i) => (r.method === 'sendMessage' && chatOf(r.body) === id ? [i] : []));
        const lastSend = sends.at(-1);
        const polledAgain = lastSend !== undefined && later.slice(lastSend).some((r) => r.method === 'getUpdates');
        return polledAgain ? sentTo(api, before, id) : undefined;
      });
    },
    async remind(persona) {
      const before = api.requests.length;
      await service.remind();
      return sentTo(api, before, USER_IDS[persona]);
    },
    close: () => service.stop(),
  };
}

/** The messages the chat received since `before` (sends the platform refused are not received). */
export function sentTo(api: FakeZaloApi, before: number, chatId: string): SeenMessage[] {
  return api.requests
    .slice(before)
    .filter((r) => r.method === 'sendMessage' && r.status === 200 && chatOf(r.body) === chatId)
    .map((r) => ({ text: String(field(r.body, 'text')), buttons: [] }));
}

function chatOf(body: unknown): unknown {
  return field(body, 'chat_id');
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && name in body ? (body as Record<string, unknown>)[name] : undefined;
}
