import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZaloClient, ZaloApiError, type ZaloClient } from '../../../src/adapters/zalo/index.js';
import { type FakeZaloApi, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { makeTextUpdate, TOKEN } from './zalo-builders.js';

let api: FakeZaloApi;
let client: ZaloClient;

beforeEach(async () => {
  api = await startFakeZaloApi(TOKEN, { slowMs: 400 });
  client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 2000 });
});
afterEach(() => api.close());

/** The error a call rejects with. */
async function failure(call: Promise<unknown>): Promise<ZaloApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ZaloApiError)) throw new Error(`expected a ZaloApiError, got ${String(error)}`);
  return error;
}

describe('createZaloClient: the Bot API methods', () => {
  it('getMe returns the bot account', async () => {
    const me = await client.getMe();
    expect(me).toEqual({ id: '1459232241454765289', accountName: 'bot.FakeZalo', accountType: 'BASIC', canJoinGroups: false });
    expect(api.requests).toEqual([{ method: 'getMe', body: {}, status: 200 }]);
  });

  it('sendMessage posts chat_id and text and returns the new message id', async () => {
    const sent = await client.sendMessage({ chat_id: 'abc.xyz', text: 'Xin chào' });
    expect(sent.messageId).toMatch(/^[0-9a-f]{20}$/);
    expect(typeof sent.date).toBe('number');
    expect(api.requests).toEqual([{ method: 'sendMessage', body: { chat_id: 'abc.xyz', text: 'Xin chào' }, status: 200 }]);
  });

  it('the fake answers a misspelt method 400, as the error table does ("API Name không hợp lệ")', async () => {
    const response = await fetch(`${api.baseUrl}/bot${TOKEN}/sendMesage`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error_code: 400, description: 'Bad Request: unknown method' });
  });

  it('sendPhoto with an empty caption is refused, as the documentation asks for 1 to 2000 characters', async () => {
    const error = await failure(client.sendPhoto({ chat_id: 'abc.xyz', photo: 'https://placehold.co/600x400', caption: '' }));
    expect(error.errorCode).toBe(400);
  });

  it('sendPhoto posts the photo URL and caption', async () => {
    const sent = await client.sendPhoto({ chat_id: 'abc.xyz', photo: 'https://placehold.co/600x400', caption: 'Biểu đồ' });
    expect(sent.messageId).not.toBeNull();
    expect(api.requests[0]).toEqual({
      method: 'sendPhoto',
      body: { chat_id: 'abc.xyz', photo: 'https://placehold.co/600x400', caption: 'Biểu đồ' },
      status: 200,
    });
  });

  it('sendChatAction posts the action and resolves on {ok: true} without a result', async () => {
    await expect(client.sendChatAction({ chat_id: 'abc.xyz', action: 'typing' })).resolves.toBeUndefined();
    expect(api.requests[0]).toEqual({ method: 'sendChatAction', body: { chat_id: 'abc.xyz', action: 'typing' }, status: 200 });
  });

  it('setWebhook, getWebhookInfo and deleteWebhook report the configured URL', async () => {
    const set = await client.setWebhook({ url: 'https://bot.example.vn/zalo', secret_token: 'mykey-abcxyz' });
    expect(set.url).toBe('https://bot.example.vn/zalo');
    expect(typeof set.updatedAt).toBe('number');
    expect((await client.getWebhookInfo()).url).toBe('https://bot.example.vn/zalo');
    expect((await client.deleteWebhook()).url).toBe('');
    expect((await client.getWebhookInfo()).url).toBe('');
    expect(api.requests.map((r) => r.method)).toEqual(['setWebhook', 'getWebhookInfo', 'deleteWebhook', 'getWebhookInfo']);
    expect(api.requests[0]?.body).toEqual({ url: 'https://bot.example.vn/zalo', secret_token: 'mykey-abcxyz' });
  });

  it('getUpdates returns the one queued update and sends the timeout as a string of seconds', async () => {
    const update = makeTextUpdate();
    api.queueUpdate(update);
    await expect(client.getUpdates({ timeout: 5 })).resolves.toEqual(update);
    expect(api.requests[0]).toEqual({ method: 'getUpdates', body: { timeout: '5' }, status: 200 });
  });

  it('getUpdates returns null when the poll ends with error_code 408 in the body', async () => {
    await expect(client.getUpdates({ timeout: 1 })).resolves.toBeNull();
  });

  it('getUpdates returns null when the poll ends with HTTP status 408', async () => {
    api.failNext('getUpdates', 'http_408');
    await expect(client.getUpdates({ timeout: 1 })).resolves.toBeNull();
  });

  it('getUpdates hands over an update queued while it waits', async () => {
    const waiting = client.getUpdates({ timeout: 5 });
    setTimeout(() => api.queueUpdate(makeTextUpdate({ messageId: 'late' })), 10);
    await expect(waiting).resolves.toMatchObject({ message: { message_id: 'late' } });
  });
});

describe('createZaloClient: errors', () => {
  it.each([
    ['rate_limited', 429],
    ['forbidden', 403],
    ['bad_request', 400],
    ['not_found', 404],
    ['server_error', 502],
  ] as const)('a %s answer throws a ZaloApiError with error_code %i and the description', async (kind, code) => {
    api.failNext('sendMessage', kind);
    const error = await failure(client.sendMessage({ chat_id: 'c', text: 'hi' }));
    expect(error.errorCode).toBe(code);
    expect(error.method).toBe('sendMessage');
    expect(error.description.length).toBeGreaterThan(0);
  });

  it('reads the Retry-After of a 429', async () => {
    api.failNext('sendMessage', 'rate_limited');
    expect((await failure(client.sendMessage({ chat_id: 'c', text: 'hi' }))).retryAfterSeconds).toBe(3);
  });

  it('reports the platform rejecting a text over 2000 characters as 400', async () => {
    const error = await failure(client.sendMessage({ chat_id: 'c', text: 'x'.repeat(2001) }));
    expect(error.errorCode).toBe(400);
  });

  it('reports an answer that is not JSON with its HTTP status', async () => {
    api.failNext('getMe', 'not_json');
    const error = await failure(client.getMe());
    expect(error.errorCode).toBe(502);
    expect(error.description).toMatch(/not JSON/);
  });

  it('reports a call that takes longer than timeoutMs as having no answer', async () => {
    const impatient = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 100 });
    api.failNext('getMe', 'slow');
    const error = await failure(impatient.getMe());
    expect(error.errorCode).toBeNull();
    expect(error.description).toBe('timed out');
  });

  it('reports a refused connection as having no answer', async () => {
    await api.close();
    const error = await failure(client.getMe());
    expect(error.errorCode).toBeNull();
    expect(error.description).toMatch(/network error/);
  });

  it('stops waiting for an update when the signal is aborted', async () => {
    const controller = new AbortController();
    const waiting = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl }).getUpdates({ timeout: 30, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(waiting)).description).toBe('aborted');
  });
});

describe('createZaloClient: the token stays secret', () => {
  const cases: Array<[string, string, (api: FakeZaloApi) => void | Promise<void>]> = [
    ['a wrong token (401)', `${TOKEN}-revoked`, () => undefined],
    ['a server error', TOKEN, (a) => a.failNext('getMe', 'server_error')],
    ['a page that is not JSON', TOKEN, (a) => a.failNext('getMe', 'not_json')],
    ['a timeout', TOKEN, (a) => a.failNext('getMe', 'slow')],
    ['a refused connection', TOKEN, (a) => a.close()],
  ];

  it.each(cases)('no error from %s carries the token, nor the request', async (_, token, arrange) => {
    const target = createZaloClient({ token, baseUrl: api.baseUrl, timeoutMs: 100 });
    await arrange(api);
    const error = await failure(target.getMe());
    const everything = [error.message, error.description, String(error.stack), JSON.stringify(error)].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(encodeURIComponent(TOKEN));
    expect(error.cause).toBeUndefined();
    expect(Object.keys(error)).not.toContain('config');
  });
});
