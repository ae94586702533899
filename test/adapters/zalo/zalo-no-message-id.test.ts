/**
 * A Zalo update without message_id (the documentation's samples have none) delivered three times
 * stores one submission version, not three: the delivery is keyed by its sender, chat, date and a
 * hash of its text. Two different messages, or the same text sent at another time, stay two.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZaloClient, createZaloMessenger, createZaloWebhook, parseZaloUpdate, type ZaloWebhook } from '../../../src/adapters/zalo/index.js';
import { answerOnce } from '../../../src/app/answer-once.js';
import { type FakeZaloApi, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';
import { silentLog, TOKEN } from './zalo-builders.js';

const SECRET = 'webhook-secret-1234';
const HEADERS = { 'x-bot-api-secret-token': SECRET, 'content-type': 'application/json' };
const USER = 'zalo-fp-no-mid-01';

/** A text update as some of Zalo's samples show it: no message_id. */
function withoutId(text: string, date = 1766619597466): Record<string, unknown> {
  return {
    event_name: 'message.text.received',
    message: { from: { id: USER, display_name: 'Trần Thị B', is_bot: false }, chat: { id: USER, chat_type: 'PRIVATE' }, text, date },
  };
}

let api: FakeZaloApi;
let world: World;
let webhook: ZaloWebhook;
beforeEach(async () => {
  api = await startFakeZaloApi(TOKEN);
  world = await makeWorld();
  const ward = world.communes.find((u) => u.code === '16681');
  if (!ward) throw new Error('no ward 16681');
  await registerFocalPoint(world, USER, [ward], 'zalo');
  const client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 1000 });
  const answer = answerOnce({ handle: (m, key) => world.handler.handle(m, key), inbound: world.store, clock: world.clock, log: silentLog });
  webhook = createZaloWebhook({ secret: SECRET, answer, messenger: createZaloMessenger(client), log: silentLog });
});
afterEach(() => api.close());

const sends = () => api.requests.filter((r) => r.method === 'sendMessage');
const versions = async () => (await world.store.submissionHistory(world.communes.find((u) => u.code === '16681')?.id ?? -1, '2026-6M')).length;

describe('Zalo updates without message_id', () => {
  it('three deliveries of one update store one version and get one answer', async () => {
    const update = withoutId('nop 6T/2026 bb 41.200 tn 3.150 ld 180.000');
    for (let i = 0; i < 3; i++) expect(await webhook(HEADERS, update)).toEqual({ status: 200 });
    expect(await versions()).toBe(1);
    expect(sends()).toHaveLength(1);
  });

  it('keeps two different messages, and the same text sent at another time, apart', async () => {
    await webhook(HEADERS, withoutId('nop 6T/2026 bb 41.200 tn 3.150 ld 180.000'));
    await webhook(HEADERS, withoutId('sua 6T/2026 bb 41.300 tn 3.150 ld 180.000'));
    await webhook(HEADERS, withoutId('sua 6T/2026 bb 41.300 tn 3.150 ld 180.000', 1766619657466));
    expect(await versions()).toBe(3);
  });

  it('keys the delivery by sender, chat, date and text, never by a message_id it lacks', () => {
    const a = parseZaloUpdate(withoutId('xin chào'))?.messageId;
    expect(a).toMatch(/^z:[0-9a-f]{32}$/);
    expect(parseZaloUpdate(withoutId('xin chào'))?.messageId).toBe(a);
    expect(parseZaloUpdate(withoutId('xin chào!'))?.messageId).not.toBe(a);
    expect(parseZaloUpdate(withoutId('xin chào', 1))?.messageId).not.toBe(a);
  });
});
