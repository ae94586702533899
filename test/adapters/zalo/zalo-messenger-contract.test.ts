import { createZaloClient, createZaloMessenger } from '../../../src/adapters/zalo/index.js';
import { ZALO_TEXT_LIMIT } from '../../../src/adapters/zalo/zalo-messenger.js';
import { type FakeZaloFailure, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { describeMessengerContract, type PlatformFailure } from '../../ports/messenger-contract.js';
import { TOKEN } from './zalo-builders.js';

const RETRY_AFTER = 3;

const FAILURES: Record<PlatformFailure, FakeZaloFailure> = {
  unknown_chat: 'bad_request',
  server_error: 'server_error',
  rate_limited: 'rate_limited',
};

describeMessengerContract('Zalo over the fake Bot API', async () => {
  const api = await startFakeZaloApi(TOKEN, { retryAfterSeconds: RETRY_AFTER });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await api.close();
  };
  const sends = () => api.requests.filter((r) => r.method === 'sendMessage');
  return {
    // The default policy (no retry), as reminders' deliveries use: each failure reaches the caller.
    messenger: createZaloMessenger(createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 2000 })),
    channel: 'zalo',
    chatId: 'chat-1',
    textLimit: ZALO_TEXT_LIMIT,
    token: TOKEN,
    retryAfterSeconds: RETRY_AFTER,
    // Zalo has no buttons: choices come as numbered lines of the text.
    arrived: (chatId) =>
      api
        .delivered()
        .map((r) => r.body as { chat_id: string; text: string })
        .filter((body) => body.chat_id === chatId)
        .map((body) => ({ text: body.text, buttons: [] })),
    sendCalls: () => sends().length,
    failNext: (failure) => api.failNext('sendMessage', FAILURES[failure]),
    stopPlatform: stop,
    close: stop,
  };
});
