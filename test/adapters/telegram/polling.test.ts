import { afterEach, describe, expect, it } from 'vitest';
import { type StopPolling, startPolling } from '../../../src/adapters/telegram/polling.js';
import { stickerUpdate, textUpdate } from '../../fakes/fake-telegram-api.js';
import { type Harness, startHarness } from './bot-harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let harness: Harness;
let stop: StopPolling | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
  await harness.api.close();
});

describe('startPolling', () => {
  it('answers two queued messages of one chat in the order they were sent', async () => {
    // The first message takes longer to handle: without ordering, its reply would come second.
    harness = await startHarness(async (m) => {
      if (m.text === 'một') await sleep(300);
      return { text: `echo: ${m.text}` };
    });
    harness.api.queueUpdate(textUpdate({ chatId: 501, userId: 501, text: 'một' }));
    harness.api.queueUpdate(textUpdate({ chatId: 501, userId: 501, text: 'hai' }));
    stop = await startPolling(harness.bot, { timeoutSeconds: 1 });
    await harness.api.waitForCalls('sendMessage', 2);
    await sleep(50);
    expect(harness.sentTexts()).toEqual(['echo: một', 'echo: hai']);
  });

  it('handles different chats side by side', async () => {
    harness = await startHarness(async (m) => {
      if (m.chatId === '501') await sleep(300);
      return { text: `echo: ${m.text}` };
    });
    harness.api.queueUpdate(textUpdate({ chatId: 501, userId: 501, text: 'chậm' }));
    harness.api.queueUpdate(textUpdate({ chatId: 502, userId: 502, text: 'nhanh' }));
    stop = await startPolling(harness.bot, { timeoutSeconds: 1 });
    await harness.api.waitForCalls('sendMessage', 2);
    await sleep(50);
    expect(harness.sentTexts()).toEqual(['echo: nhanh', 'echo: chậm']);
  });

  it('removes a webhook before polling and confirms what it handled', async () => {
    harness = await startHarness();
    await harness.bot.api.setWebhook('https://baophu.example/telegram');
    stop = await startPolling(harness.bot, { timeoutSeconds: 1 });
    harness.api.queueUpdate(textUpdate({ chatId: 501, userId: 501, text: 'xin chào' }));
    await harness.api.waitForCalls('sendMessage', 1);
    const methods = harness.api.requests.map((r) => r.method);
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
    await harness.api.waitForCalls('getUpdates', 2);
    await stop();
    stop = undefined;
    expect(harness.received).toHaveLength(1);
  });

  it('survives a sticker and goes on to the next message', async () => {
    harness = await startHarness();
    harness.api.queueUpdate(stickerUpdate({ chatId: 501, userId: 501 }));
    harness.api.queueUpdate(textUpdate({ chatId: 501, userId: 501, text: 'tỷ lệ Vinh' }));
    stop = await startPolling(harness.bot, { timeoutSeconds: 1 });
    await harness.api.waitForCalls('sendMessage', 2);
    await sleep(50);
    expect(harness.sentTexts()).toEqual(['Mình chỉ đọc được tin nhắn chữ. Gõ /help để xem hướng dẫn.', 'echo: tỷ lệ Vinh']);
  });

  it('stops: no getUpdates after the stop function resolves', async () => {
    harness = await startHarness();
    stop = await startPolling(harness.bot, { timeoutSeconds: 1 });
    await harness.api.waitForCalls('getUpdates', 1);
    await stop();
    stop = undefined;
    const count = harness.api.calls('getUpdates').length;
    await sleep(300);
    expect(harness.api.calls('getUpdates')).toHaveLength(count);
  });
});
