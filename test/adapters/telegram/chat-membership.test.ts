/**
 * The bot removed from a group (Telegram's my_chat_member, 'kicked' or 'left') marks the linked chat
 * inactive at once, so that planning skips it, instead of learning it from the next reminder's 403;
 * added again ('member', 'administrator'), the chat is active again. Through a webhook over the fake
 * Bot API, with the reminder store the service wires (storeMembership).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { storeMembership } from '../../../src/adapters/telegram/chat-membership.js';
import { createBot } from '../../../src/adapters/telegram/create-bot.js';
import { createTelegramWebhook } from '../../../src/adapters/telegram/webhook.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import type { Store } from '../../../src/ports/store.js';
import { type FakeTelegramApi, myChatMemberUpdate, startFakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { makeUnits } from '../../ports/store-fixtures.js';
import { capturingLogger, recordingHandler, TOKEN, USER } from './bot-harness.js';

const SECRET = 'membership-tests-secret';
const GROUP = -1_002_003_004_005;
const ref = { channel: 'telegram', externalChatId: String(GROUP) } as const;

let api: FakeTelegramApi;
afterEach(() => api.close());

async function linkedGroup(): Promise<{ store: Store; unitId: number }> {
  const store = createMemoryStore();
  const [unitId] = await makeUnits(store, 'MEMBER-1');
  await store.linkGroup(ref, unitId!, 'Đầu mối tỉnh');
  return { store, unitId: unitId! };
}

async function webhookOver(store: Store) {
  api = await startFakeTelegramApi(TOKEN);
  const { log, lines } = capturingLogger();
  const { handle, received } = recordingHandler();
  const bot = createBot(TOKEN, {
    answer: answerDirectly(handle),
    log,
    apiRoot: api.apiRoot,
    botInfo: api.botInfo,
    onMembershipChanged: storeMembership(store),
  });
  const webhook = createTelegramWebhook(bot, SECRET, log);
  const deliver = (update: unknown) => webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update);
  const change = (from: 'member' | 'administrator' | 'left' | 'kicked', to: typeof from, bot: { id: number; username: string } = api.botInfo) =>
    deliver(myChatMemberUpdate({ chatId: GROUP, userId: USER, bot, from, to }));
  return { deliver, change, lines, received };
}

describe('the bot removed from a linked group, then added again', () => {
  it('marks the group inactive at once when the bot is kicked (planning skips it), and active again when it is back', async () => {
    const { store, unitId } = await linkedGroup();
    const { change, lines, received } = await webhookOver(store);
    expect(await change('member', 'kicked')).toEqual({ status: 200 });
    // Planning reads the active linked groups: the group is out of it before any reminder is tried.
    expect(await store.linkedGroups([unitId])).toEqual([]);
    expect(lines.some((line) => line.includes('"bot membership changed"') && line.includes(`"chatId":"${GROUP}"`) && line.includes('"status":"kicked"'))).toBe(
      true,
    );
    expect(await change('kicked', 'member')).toEqual({ status: 200 });
    expect(await store.linkedGroups([unitId])).toEqual([expect.objectContaining({ externalChatId: String(GROUP), unitId, active: true })]);
    // Nothing is said anywhere, and no message reaches the handler.
    expect(received).toEqual([]);
    expect(api.requests.filter((r) => r.method === 'sendMessage')).toEqual([]);
  });

  it('treats a bot that left the same way, and one made administrator as present', async () => {
    const { store, unitId } = await linkedGroup();
    const { change } = await webhookOver(store);
    await change('member', 'left');
    expect(await store.linkedGroups([unitId])).toEqual([]);
    await change('left', 'administrator');
    expect(await store.linkedGroups([unitId])).toHaveLength(1);
  });

  it('ignores a membership update about another user (forged)', async () => {
    const { store, unitId } = await linkedGroup();
    const { change } = await webhookOver(store);
    expect(await change('member', 'kicked', { id: 9_999, username: 'other_bot' })).toEqual({ status: 200 });
    expect(await store.linkedGroups([unitId])).toHaveLength(1);
  });

  it('answers 500 when the change could not be stored, so that Telegram delivers it again', async () => {
    const { store } = await linkedGroup();
    const failing = { ...store, deactivateChatRef: async () => Promise.reject(new Error('database unreachable')) };
    const { change, lines } = await webhookOver(failing);
    expect(await change('member', 'kicked')).toEqual({ status: 500 });
    expect(lines.some((line) => line.includes('it will be delivered again'))).toBe(true);
  });
});
