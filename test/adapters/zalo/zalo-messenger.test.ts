import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZaloClient, createZaloMessenger, type ZaloClient } from '../../../src/adapters/zalo/index.js';
import { withChoices } from '../../../src/adapters/zalo/zalo-messenger.js';
import { type Messenger, SendError } from '../../../src/ports/messenger.js';
import { type FakeZaloApi, type FakeZaloFailure, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { TOKEN } from './zalo-builders.js';

let api: FakeZaloApi;
let client: ZaloClient;
let messenger: Messenger;

beforeEach(async () => {
  api = await startFakeZaloApi(TOKEN, { slowMs: 300 });
  client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 100 });
  messenger = createZaloMessenger(client);
});
afterEach(() => api.close());

/** The texts the fake received, in order. */
function sentTexts(): string[] {
  return api.requests.filter((r) => r.method === 'sendMessage').map((r) => String((r.body as { text: unknown }).text));
}

async function sendError(send: Promise<void>): Promise<SendError> {
  const error = await send.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SendError)) throw new Error(`expected a SendError, got ${String(error)}`);
  return error;
}

describe('createZaloMessenger', () => {
  it('is the zalo channel', () => {
    expect(messenger.channel).toBe('zalo');
  });

  it('sends a short reply as one message to the chat', async () => {
    await messenger.send({ chatId: 'chat-1', text: 'Tỷ lệ bao phủ: 92,5%' });
    expect(api.requests).toEqual([{ method: 'sendMessage', body: { chat_id: 'chat-1', text: 'Tỷ lệ bao phủ: 92,5%' }, status: 200 }]);
  });

  it('sends a 4,500-character reply as 3 messages, in order, that join back into the reply', async () => {
    const line = `Xã Tân Phú: ${'số người tham gia '.repeat(4)}`.padEnd(99, '.');
    const text = `${Array.from({ length: 45 }, () => line).join('\n')}!`;
    expect(text).toHaveLength(4500);
    await messenger.send({ chatId: 'chat-1', text });
    const texts = sentTexts();
    expect(texts).toHaveLength(3);
    expect(texts.join('\n')).toBe(text);
  });

  it('shows choices as a numbered list after the text', async () => {
    await messenger.send({ chatId: 'chat-1', text: 'Ghi nhận các số liệu này?', choices: ['xac nhan', 'huy'] });
    expect(sentTexts()).toEqual(['Ghi nhận các số liệu này?\n\n1. xac nhan\n2. huy']);
  });

  it('does not repeat choices the text already lists', () => {
    const text = 'Bạn muốn hỏi:\n1. Tân Phú (Đồng Nai)\n2. Tân Phú (TP.HCM)\nTrả lời bằng số thứ tự.';
    expect(withChoices(text, ['Tân Phú (Đồng Nai)', 'Tân Phú (TP.HCM)'])).toBe(text);
  });

  const mapping: Array<[FakeZaloFailure, SendError['failure']]> = [
    ['rate_limited', 'rate_limited'],
    // Zalo's error table: 403 is an internal server error, not a block.
    ['forbidden', 'transient'],
    ['server_error', 'transient'],
    ['not_json', 'transient'],
    ['slow', 'transient'],
    ['bad_request', 'rejected'],
    ['not_found', 'rejected'],
  ];

  it.each(mapping)('reports a %s answer as a %s send failure', async (kind, failure) => {
    api.failNext('sendMessage', kind);
    const error = await sendError(messenger.send({ chatId: 'chat-1', text: 'hi' }));
    expect(error.failure).toBe(failure);
    expect(error.message).not.toContain(TOKEN);
  });

  it('with a retry policy, sends again the part that met a 5xx, then the rest, each delivered once', async () => {
    const text = `${'a'.repeat(1999)}\n${'b'.repeat(10)}`;
    const retrying = createZaloMessenger(client, { retries: 2, maxWaitSeconds: 1, backoffMs: 10 });
    api.failNext('sendMessage', 'server_error');
    await retrying.send({ chatId: 'chat-1', text });
    expect(api.requests.map((r) => r.status)).toEqual([502, 200, 200]);
    expect(
      api
        .delivered()
        .map((r) => (r.body as { text: string }).text)
        .join('\n'),
    ).toBe(text);
  });

  it('with a retry policy, gives up after its retries and on a 429 asking for more than its longest wait', async () => {
    const retrying = createZaloMessenger(client, { retries: 2, maxWaitSeconds: 1, backoffMs: 10 });
    api.failNext('sendMessage', 'server_error', 3);
    expect((await sendError(retrying.send({ chatId: 'chat-1', text: 'hi' }))).failure).toBe('transient');
    expect(api.requests.map((r) => r.status)).toEqual([502, 502, 502]);
    api.failNext('sendMessage', 'rate_limited');
    expect((await sendError(retrying.send({ chatId: 'chat-1', text: 'hi' }))).retryAfterSeconds).toBe(3);
    expect(api.requests).toHaveLength(4);
  });

  it('passes on how long to wait after a 429', async () => {
    api.failNext('sendMessage', 'rate_limited');
    expect((await sendError(messenger.send({ chatId: 'chat-1', text: 'hi' }))).retryAfterSeconds).toBe(3);
  });

  it('reports an unreachable platform as transient', async () => {
    await api.close();
    expect((await sendError(messenger.send({ chatId: 'chat-1', text: 'hi' }))).failure).toBe('transient');
  });

  it('stops at the first piece that fails', async () => {
    api.failNext('sendMessage', 'server_error');
    await sendError(messenger.send({ chatId: 'chat-1', text: `${'a'.repeat(1500)}\n${'b'.repeat(1500)}` }));
    expect(api.requests).toHaveLength(1);
  });
});
