import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZaloClient, createZaloMessenger, POLLING_RETRY, startZaloPolling, ZaloApiError, type ZaloClient } from '../../../src/adapters/zalo/index.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import type { IncomingMessage, Reply } from '../../../src/app/message.js';
import { TEXT_ONLY } from '../../../src/core/replies/text-only.js';
import { type FakeZaloApi, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { makeTextUpdate, silentLog, TOKEN } from './zalo-builders.js';

let api: FakeZaloApi;
let client: ZaloClient;
let controller: AbortController;
let polling: Promise<void> | null;

async function echo(message: IncomingMessage): Promise<Reply> {
  return { text: `echo: ${message.text}` };
}

function start(handle = echo): void {
  polling = startZaloPolling({
    client,
    answer: answerDirectly(handle),
    messenger: createZaloMessenger(client),
    log: silentLog,
    signal: controller.signal,
    pollTimeoutSeconds: 30,
    backoff: { initialMs: 10, maxMs: 40 },
  });
}

/** The calls after the one deleteWebhook polling starts with. */
function polled(): string[] {
  return api.requests.map((r) => r.method).filter((method) => method !== 'deleteWebhook');
}

function sentTexts(): string[] {
  return api.delivered().map((r) => String((r.body as { text: unknown }).text));
}

/** Waits until the condition holds (polling the fake's records). */
async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

beforeEach(async () => {
  api = await startFakeZaloApi(TOKEN, { pollWaitMs: 30 });
  client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 1000 });
  controller = new AbortController();
  polling = null;
});
afterEach(async () => {
  controller.abort();
  await polling;
  await api.close();
});

describe('startZaloPolling', () => {
  it('answers two queued updates in order', async () => {
    api.queueUpdate(makeTextUpdate({ text: 'một', messageId: 'm1' }));
    api.queueUpdate(makeTextUpdate({ text: 'hai', messageId: 'm2' }));
    start();
    await until(() => sentTexts().length === 2);
    expect(sentTexts()).toEqual(['echo: một', 'echo: hai']);
  });

  it('handles one update at a time: the next poll waits for the reply to be sent', async () => {
    api.queueUpdate(makeTextUpdate({ messageId: 'm1' }));
    api.queueUpdate(makeTextUpdate({ messageId: 'm2' }));
    start();
    await until(() => sentTexts().length === 2);
    expect(polled().slice(0, 4)).toEqual(['getUpdates', 'sendMessage', 'getUpdates', 'sendMessage']);
  });

  it('keeps polling through empty polls (408) and answers an update that comes later', async () => {
    start();
    await until(() => api.requests.filter((r) => r.method === 'getUpdates').length >= 3);
    expect(sentTexts()).toEqual([]);
    api.queueUpdate(makeTextUpdate({ text: 'muộn' }));
    await until(() => sentTexts().length === 1);
    expect(sentTexts()).toEqual(['echo: muộn']);
  });

  it('backs off after a failed poll and carries on', async () => {
    api.failNext('getUpdates', 'server_error');
    api.failNext('getUpdates', 'not_json');
    api.queueUpdate(makeTextUpdate());
    start();
    await until(() => sentTexts().length === 1);
    expect(polled().slice(0, 4)).toEqual(['getUpdates', 'getUpdates', 'getUpdates', 'sendMessage']);
  });

  it('waits longer after each failed poll in a row', async () => {
    const times: number[] = [];
    const timed: Pick<ZaloClient, 'getUpdates' | 'deleteWebhook'> = {
      getUpdates: (p) => {
        times.push(Date.now());
        return client.getUpdates(p);
      },
      deleteWebhook: () => client.deleteWebhook(),
    };
    for (let i = 0; i < 3; i++) api.failNext('getUpdates', 'server_error');
    polling = startZaloPolling({
      client: timed,
      answer: answerDirectly(echo),
      messenger: createZaloMessenger(client),
      log: silentLog,
      signal: controller.signal,
      backoff: { initialMs: 40, maxMs: 1000 },
    });
    await until(() => times.length >= 4);
    const gaps = times.slice(1, 4).map((t, i) => t - (times[i] ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[1]).toBeGreaterThanOrEqual(75);
    expect(gaps[2]).toBeGreaterThanOrEqual(155);
  });

  it('waits as long as the platform asks after a 429', async () => {
    const times: number[] = [];
    let calls = 0;
    const limited: Pick<ZaloClient, 'getUpdates' | 'deleteWebhook'> = {
      deleteWebhook: () => client.deleteWebhook(),
      async getUpdates(p) {
        times.push(Date.now());
        if (++calls === 1) throw new ZaloApiError('getUpdates', 429, 'Too Many Requests', 0.2);
        return client.getUpdates(p);
      },
    };
    polling = startZaloPolling({
      client: limited,
      answer: answerDirectly(echo),
      messenger: createZaloMessenger(client),
      log: silentLog,
      signal: controller.signal,
      backoff: { initialMs: 1, maxMs: 1 },
    });
    await until(() => times.length >= 2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(190);
  });

  it('skips updates it cannot answer and a reply it cannot send', async () => {
    api.queueUpdate(makeTextUpdate({ eventName: 'message.sticker.received' }));
    api.queueUpdate(makeTextUpdate({ text: 'lỗi' }));
    api.queueUpdate(makeTextUpdate({ text: 'tiếp' }));
    // The sticker's text-only line and the first reply are both refused; both are skipped.
    api.failNext('sendMessage', 'bad_request', 2);
    start();
    await until(() => sentTexts().length === 1);
    const sends = api.requests.filter((r) => r.method === 'sendMessage');
    expect(sends.map((r) => [(r.body as { text: string }).text, r.status])).toEqual([
      [TEXT_ONLY.vi, 400],
      ['echo: lỗi', 400],
      ['echo: tiếp', 200],
    ]);
  });

  it('removes a webhook left set (getUpdates is refused while one is), retrying a failed removal', async () => {
    await client.setWebhook({ url: 'https://bot.example.vn/zalo', secret_token: 'mykey-abcxyz' });
    api.failNext('deleteWebhook', 'server_error');
    api.queueUpdate(makeTextUpdate({ text: 'chào' }));
    start();
    await until(() => sentTexts().length === 1);
    expect(sentTexts()).toEqual(['echo: chào']);
    expect(api.requests.map((r) => [r.method, r.status]).slice(1, 4)).toEqual([
      ['deleteWebhook', 502],
      ['deleteWebhook', 200],
      ['getUpdates', 200],
    ]);
  });

  it('with POLLING_RETRY, a reply meeting a run of 429s and 5xx still arrives, once', async () => {
    const stormy = await startFakeZaloApi(TOKEN, { pollWaitMs: 30, retryAfterIn: 'body', retryAfterSeconds: 0.02 });
    const stormyClient = createZaloClient({ token: TOKEN, baseUrl: stormy.baseUrl, timeoutMs: 1000 });
    stormy.failNext('sendMessage', 'rate_limited', 5);
    stormy.failNext('sendMessage', 'forbidden');
    stormy.queueUpdate(makeTextUpdate({ text: 'bão' }));
    polling = startZaloPolling({
      client: stormyClient,
      answer: answerDirectly(echo),
      log: silentLog,
      signal: controller.signal,
      messenger: createZaloMessenger(stormyClient, { ...POLLING_RETRY, backoffMs: 10 }),
    });
    await until(() => stormy.delivered().length === 1);
    const sends = stormy.requests.filter((r) => r.method === 'sendMessage');
    expect(sends.map((r) => r.status)).toEqual([429, 429, 429, 429, 429, 403, 200]);
    expect(stormy.delivered().map((r) => (r.body as { text: unknown }).text)).toEqual(['echo: bão']);
    controller.abort();
    await polling;
    await stormy.close();
  });

  it('with POLLING_RETRY, a reply meeting 429s that name no wait (as Zalo documents them) backs off and arrives, once', async () => {
    const quota = await startFakeZaloApi(TOKEN, { pollWaitMs: 30, retryAfterIn: 'none' });
    const quotaClient = createZaloClient({ token: TOKEN, baseUrl: quota.baseUrl, timeoutMs: 1000 });
    quota.failNext('sendMessage', 'rate_limited', 3);
    quota.queueUpdate(makeTextUpdate({ text: 'hạn mức' }));
    const started = Date.now();
    polling = startZaloPolling({
      client: quotaClient,
      answer: answerDirectly(echo),
      log: silentLog,
      signal: controller.signal,
      messenger: createZaloMessenger(quotaClient, { ...POLLING_RETRY, backoffMs: 40 }),
    });
    await until(() => quota.delivered().length === 1);
    // Backoff of 40, 80 and 160 ms: the three refusals were waited out, not hammered.
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(quota.requests.filter((r) => r.method === 'sendMessage').map((r) => r.status)).toEqual([429, 429, 429, 200]);
    controller.abort();
    await polling;
    await quota.close();
  });

  it('survives a handler that throws', async () => {
    api.queueUpdate(makeTextUpdate({ text: 'boom' }));
    api.queueUpdate(makeTextUpdate({ text: 'ok' }));
    start(async (m) => (m.text === 'boom' ? Promise.reject(new Error('boom')) : echo(m)));
    await until(() => sentTexts().length === 1);
    expect(sentTexts()).toEqual(['echo: ok']);
  });

  it('stops promptly when aborted, even in the middle of a long poll', async () => {
    const patient = await startFakeZaloApi(TOKEN, { pollWaitMs: 60_000 });
    client = createZaloClient({ token: TOKEN, baseUrl: patient.baseUrl });
    start();
    await until(() => patient.requests.length === 2);
    const started = Date.now();
    controller.abort();
    await polling;
    expect(Date.now() - started).toBeLessThan(500);
    // A message queued after the stop stays for the next poller.
    patient.queueUpdate(makeTextUpdate());
    expect(patient.requests.map((r) => r.method)).toEqual(['deleteWebhook', 'getUpdates']);
    await patient.close();
  });

  it('stops promptly when aborted during a back-off', async () => {
    api.failNext('getUpdates', 'server_error');
    polling = startZaloPolling({
      client,
      answer: answerDirectly(echo),
      messenger: createZaloMessenger(client),
      log: silentLog,
      signal: controller.signal,
      backoff: { initialMs: 60_000, maxMs: 60_000 },
    });
    await until(() => api.requests.length === 2);
    const started = Date.now();
    controller.abort();
    await polling;
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('does not start when the signal is already aborted', async () => {
    controller.abort();
    start();
    await polling;
    expect(api.requests).toEqual([]);
  });
});
