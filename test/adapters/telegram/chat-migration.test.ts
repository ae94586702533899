import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { createBot } from '../../../src/adapters/telegram/create-bot.js';
import { createTelegramWebhook } from '../../../src/adapters/telegram/webhook.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import { type FakeTelegramApi, migrateUpdate, startFakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { makeUnits } from '../../ports/store-fixtures.js';
import { capturingLogger, recordingHandler, TOKEN, USER } from './bot-harness.js';

const SECRET = 'migration-tests-secret';
const OLD_GROUP = -4_001_234;
const SUPERGROUP = -1_002_001_234_567;

let api: FakeTelegramApi;
afterEach(() => api.close());

async function webhookWith(onChatMoved: (from: string, to: string) => Promise<boolean>) {
  api = await startFakeTelegramApi(TOKEN);
  const { log, lines } = capturingLogger();
  const { handle, received } = recordingHandler();
  const bot = createBot(TOKEN, { answer: answerDirectly(handle), log, apiRoot: api.apiRoot, botInfo: api.botInfo, onChatMoved });
  const webhook = createTelegramWebhook(bot, SECRET, log);
  const deliver = (update: unknown) => webhook({ 'x-telegram-bot-api-secret-token': SECRET }, update);
  return { deliver, lines, received };
}

describe('a group that becomes a supergroup', () => {
  it('moves the group’s link to the new id, quietly, and a second delivery moves nothing', async () => {
    const store = createMemoryStore();
    const [unitId] = await makeUnits(store, 'MIGRATE-1');
    await store.linkGroup({ channel: 'telegram', externalChatId: String(OLD_GROUP) }, unitId!, 'Đầu mối tỉnh');
    const moves: boolean[] = [];
    const { deliver, received } = await webhookWith(async (from, to) => {
      const moved = await store.moveChat({ channel: 'telegram', externalChatId: from }, to);
      moves.push(moved);
      return moved;
    });
    const update = migrateUpdate({ chatId: OLD_GROUP, userId: USER, to: SUPERGROUP });
    expect(await deliver(update)).toEqual({ status: 200 });
    expect(await deliver(update)).toEqual({ status: 200 });
    expect(moves).toEqual([true, false]);
    expect((await store.linkedGroups([unitId!])).map((g) => g.externalChatId)).toEqual([String(SUPERGROUP)]);
    // Nothing is said in the group, and the message is not taken for a question.
    expect(received).toEqual([]);
    expect(api.requests.filter((r) => r.method === 'sendMessage')).toEqual([]);
  });

  it('answers 500 when the move could not be stored, so that Telegram delivers the message again', async () => {
    const { deliver, lines } = await webhookWith(async () => {
      throw new Error('database unreachable');
    });
    expect(await deliver(migrateUpdate({ chatId: OLD_GROUP, userId: USER, to: SUPERGROUP }))).toEqual({ status: 500 });
    expect(lines.some((line) => line.includes('it will be delivered again'))).toBe(true);
  });
});
