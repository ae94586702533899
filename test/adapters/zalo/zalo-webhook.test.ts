import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryInbound, type MemoryInbound } from '../../../src/adapters/memory/memory-inbound.js';
import { createZaloClient, createZaloMessenger, createZaloWebhook, type ZaloWebhook } from '../../../src/adapters/zalo/index.js';
import { answerOnce, type HandleMessage } from '../../../src/app/answer-once.js';
import type { IncomingMessage, Reply } from '../../../src/app/message.js';
import { TEXT_ONLY, WITHHELD } from '../../../src/core/replies/text-only.js';
import { systemClock } from '../../../src/ports/clock.js';
import type { InboundKey } from '../../../src/ports/inbound-store.js';
import { type FakeZaloApi, startFakeZaloApi } from '../../fakes/fake-zalo-api.js';
import { makeTextUpdate, silentLog, TOKEN, wrapped } from './zalo-builders.js';

const SECRET = 'webhook-secret-1234';
const HEADERS = { 'x-bot-api-secret-token': SECRET, 'content-type': 'application/json' };

let api: FakeZaloApi;
let handled: IncomingMessage[];
let webhook: ZaloWebhook;
let ledger: MemoryInbound;

/** Echoes the first 50 characters, as the real handler's stand-in (which finds an answered delivery in the ledger). */
async function echo(message: IncomingMessage, key?: InboundKey): Promise<Reply> {
  if (key && (await ledger.findAnswered(key))) return { text: '', silent: true, duplicate: true };
  handled.push(message);
  return { text: `echo: ${message.text.slice(0, 50)}` };
}

/** The webhook with the application's answer-once around `handle`, over the in-memory inbound ledger. */
function createWebhook(overrides: { handle?: HandleMessage; secret?: string } = {}): ZaloWebhook {
  const client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 1000 });
  const answer = answerOnce({ handle: overrides.handle ?? echo, inbound: ledger, clock: systemClock, log: silentLog });
  return createZaloWebhook({ secret: overrides.secret ?? SECRET, answer, messenger: createZaloMessenger(client), log: silentLog });
}

function sent(): unknown[] {
  return api.requests.filter((r) => r.method === 'sendMessage').map((r) => r.body);
}

beforeEach(async () => {
  api = await startFakeZaloApi(TOKEN);
  handled = [];
  ledger = createMemoryInbound();
  webhook = createWebhook();
});
afterEach(() => api.close());

describe('createZaloWebhook: answering', () => {
  it('answers a text message sent at the top level with 200 and the reply in the same chat', async () => {
    expect(await webhook(HEADERS, makeTextUpdate({ text: 'Xin chào' }))).toEqual({ status: 200 });
    expect(sent()).toEqual([{ chat_id: 'e4ea2cd5189df1c3a88c', text: 'echo: Xin chào' }]);
    expect(handled[0]).toMatchObject({ channel: 'zalo', messageId: '16f6366b3f02645a3d15' });
  });

  it('answers one chat’s parallel deliveries in the order they came, other chats alongside', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const started: string[] = [];
    const ordered = createWebhook({
      handle: async (message) => {
        started.push(message.text);
        if (message.text === 'Bắc Kạn') await gate;
        return { text: `echo: ${message.text}` };
      },
    });
    const first = ordered(HEADERS, makeTextUpdate({ text: 'Bắc Kạn', messageId: 'a1' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = ordered(HEADERS, makeTextUpdate({ text: '2', messageId: 'a2' }));
    const other = await ordered(HEADERS, makeTextUpdate({ text: 'Vinh', messageId: 'b1', userId: 'other-user-0001' }));
    expect(other).toEqual({ status: 200 });
    expect(started).toEqual(['Bắc Kạn', 'Vinh']);
    release();
    expect(await Promise.all([first, second])).toEqual([{ status: 200 }, { status: 200 }]);
    expect(started).toEqual(['Bắc Kạn', 'Vinh', '2']);
    expect(sent().map((b) => (b as { text: string }).text)).toEqual(['echo: Vinh', 'echo: Bắc Kạn', 'echo: 2']);
  });

  it('sends again only the parts of a long reply that did not arrive, when the message comes again', async () => {
    const long = `${'a'.repeat(1990)}\n${'b'.repeat(100)}`;
    const parted = createWebhook({ handle: async () => ({ text: long }) });
    api.failNext('sendMessage', 'pass');
    api.failNext('sendMessage', 'server_error');
    expect(await parted(HEADERS, makeTextUpdate({ messageId: 'long-1' }))).toEqual({ status: 500 });
    expect(await parted(HEADERS, makeTextUpdate({ messageId: 'long-1' }))).toEqual({ status: 200 });
    expect(api.requests.map((r) => r.status)).toEqual([200, 502, 200]);
    expect(api.delivered().map((r) => (r.body as { text: string }).text)).toEqual(['a'.repeat(1990), 'b'.repeat(100)]);
  });

  it('answers a text message wrapped in {ok, result}', async () => {
    expect(await webhook(HEADERS, wrapped(makeTextUpdate()))).toEqual({ status: 200 });
    expect(sent()).toHaveLength(1);
  });

  it('reads the secret header whatever the case of its name', async () => {
    expect(await webhook({ 'X-Bot-Api-Secret-Token': SECRET }, makeTextUpdate())).toEqual({ status: 200 });
  });

  it('reads a body that arrives as a JSON string', async () => {
    expect(await webhook(HEADERS, JSON.stringify(makeTextUpdate()))).toEqual({ status: 200 });
    expect(sent()).toHaveLength(1);
  });

  it('shows the reply choices as a numbered list', async () => {
    const withChoices = createWebhook({ handle: async () => ({ text: 'Ghi nhận?', choices: ['xac nhan', 'huy'] }) });
    await withChoices(HEADERS, makeTextUpdate());
    expect(sent()).toEqual([{ chat_id: 'e4ea2cd5189df1c3a88c', text: 'Ghi nhận?\n\n1. xac nhan\n2. huy' }]);
  });

  it.each(['message.image.received', 'message.sticker.received'])(
    'acknowledges %s with 200 and says, without the handler, that it reads text only',
    async (eventName) => {
      expect(await webhook(HEADERS, makeTextUpdate({ eventName }))).toEqual({ status: 200 });
      expect(handled).toEqual([]);
      expect(sent()).toEqual([{ chat_id: 'e4ea2cd5189df1c3a88c', text: TEXT_ONLY.vi }]);
    },
  );

  it('says these lines in the language the person chose, Vietnamese when none or when the look-up fails', async () => {
    const client = createZaloClient({ token: TOKEN, baseUrl: api.baseUrl, timeoutMs: 1000 });
    const answer = answerOnce({ handle: echo, inbound: ledger, clock: systemClock, log: silentLog });
    const chosenLanguage = async (userId: string) => {
      if (userId === 'english-user') return 'en' as const;
      if (userId === 'broken-user') throw new Error('database unreachable');
      return null;
    };
    const multilingual = createZaloWebhook({ secret: SECRET, answer, messenger: createZaloMessenger(client), log: silentLog, chosenLanguage });
    await multilingual(HEADERS, makeTextUpdate({ eventName: 'message.sticker.received', userId: 'english-user' }));
    await multilingual(HEADERS, makeTextUpdate({ eventName: 'message.unsupported.received', userId: 'english-user' }));
    await multilingual(HEADERS, makeTextUpdate({ eventName: 'message.sticker.received', userId: 'broken-user' }));
    await multilingual(HEADERS, makeTextUpdate({ eventName: 'message.sticker.received', userId: 'no-choice-user' }));
    expect(sent()).toEqual([
      { chat_id: 'english-user', text: TEXT_ONLY.en },
      { chat_id: 'english-user', text: WITHHELD.en },
      { chat_id: 'broken-user', text: TEXT_ONLY.vi },
      { chat_id: 'no-choice-user', text: TEXT_ONLY.vi },
    ]);
  });

  it('tells a sender whose message Zalo withheld that its content did not arrive, not to send text', async () => {
    expect(await webhook(HEADERS, makeTextUpdate({ eventName: 'message.unsupported.received' }))).toEqual({ status: 200 });
    expect(handled).toEqual([]);
    expect(sent()).toEqual([{ chat_id: 'e4ea2cd5189df1c3a88c', text: WITHHELD.vi }]);
  });

  it('says nothing to a bot, a group or an event that is not a message, and a refused line is still 200', async () => {
    expect(await webhook(HEADERS, makeTextUpdate({ eventName: 'message.image.received', isBot: true }))).toEqual({ status: 200 });
    expect(await webhook(HEADERS, makeTextUpdate({ eventName: 'message.image.received', chatType: 'GROUP' }))).toEqual({ status: 200 });
    expect(await webhook(HEADERS, makeTextUpdate({ eventName: 'something.new' }))).toEqual({ status: 200 });
    expect(api.requests).toEqual([]);
    api.failNext('sendMessage', 'server_error');
    expect(await webhook(HEADERS, makeTextUpdate({ eventName: 'message.sticker.received' }))).toEqual({ status: 200 });
  });
});

describe('createZaloWebhook: the secret', () => {
  const refused: Array<[string, Record<string, string | string[] | undefined>]> = [
    ['missing', { 'content-type': 'application/json' }],
    ['wrong', { 'x-bot-api-secret-token': 'webhook-secret-1235' }],
    ['shorter', { 'x-bot-api-secret-token': 'webhook' }],
    ['longer', { 'x-bot-api-secret-token': `${SECRET}-and-more` }],
    ['empty', { 'x-bot-api-secret-token': '' }],
    ['repeated', { 'x-bot-api-secret-token': [SECRET, SECRET] }],
  ];

  it.each(refused)('refuses a %s secret with 403 and processes nothing', async (_, headers) => {
    expect(await webhook(headers, makeTextUpdate())).toEqual({ status: 403 });
    expect(handled).toEqual([]);
    expect(api.requests).toEqual([]);
  });

  it('cannot be created without a secret', () => {
    expect(() => createWebhook({ secret: '' })).toThrow(/secret/);
  });
});

describe('createZaloWebhook: deliveries seen before', () => {
  it('processes a message delivered twice once', async () => {
    expect(await webhook(HEADERS, makeTextUpdate())).toEqual({ status: 200 });
    expect(await webhook(HEADERS, wrapped(makeTextUpdate()))).toEqual({ status: 200 });
    expect(handled).toHaveLength(1);
    expect(sent()).toHaveLength(1);
  });

  it('processes a message delivered twice at the same moment once', async () => {
    await Promise.all([webhook(HEADERS, makeTextUpdate()), webhook(HEADERS, makeTextUpdate())]);
    expect(sent()).toHaveLength(1);
  });

  it('processes different messages from the same user each', async () => {
    await webhook(HEADERS, makeTextUpdate({ messageId: 'm1' }));
    await webhook(HEADERS, makeTextUpdate({ messageId: 'm2' }));
    expect(sent()).toHaveLength(2);
  });
});

describe('createZaloWebhook: failures', () => {
  it('asks for redelivery (500) when the reply could not be sent for now, and answers the redelivery', async () => {
    api.failNext('sendMessage', 'server_error');
    expect(await webhook(HEADERS, makeTextUpdate())).toEqual({ status: 500 });
    expect(await webhook(HEADERS, makeTextUpdate())).toEqual({ status: 200 });
    expect(api.requests.map((r) => r.method)).toEqual(['sendMessage', 'sendMessage']);
  });

  it('asks for redelivery (500) when the platform rate-limits the reply', async () => {
    api.failNext('sendMessage', 'rate_limited');
    expect(await webhook(HEADERS, makeTextUpdate())).toEqual({ status: 500 });
  });

  it('does not ask for redelivery when the platform refuses the reply itself (400)', async () => {
    api.failNext('sendMessage', 'bad_request');
    expect(await webhook(HEADERS, makeTextUpdate())).toEqual({ status: 200 });
  });

  it('asks for redelivery (500) after a 403, which Zalo documents as an internal server error', async () => {
    api.failNext('sendMessage', 'forbidden');
    expect(await webhook(HEADERS, makeTextUpdate())).toEqual({ status: 500 });
  });

  it('asks for redelivery (500) when the handler throws', async () => {
    const failing = createWebhook({ handle: async () => Promise.reject(new Error('database down')) });
    expect(await failing(HEADERS, makeTextUpdate())).toEqual({ status: 500 });
  });

  it('asks for redelivery (500) when the database is unreachable, apologises once however often it comes, and answers the redelivery once', async () => {
    let down = true;
    const handle: HandleMessage = async (message, key) => (down ? { text: 'Xin lỗi', unavailable: true } : echo(message, key));
    const flaky = createWebhook({ handle });
    expect(await flaky(HEADERS, makeTextUpdate())).toEqual({ status: 500 });
    expect(await flaky(HEADERS, makeTextUpdate())).toEqual({ status: 500 });
    // Zalo documents no redelivery: without the apology the sender might hear nothing at all.
    expect(sent()).toEqual([{ chat_id: 'e4ea2cd5189df1c3a88c', text: 'Xin lỗi' }]);
    down = false;
    expect(await flaky(HEADERS, makeTextUpdate())).toEqual({ status: 200 });
    expect(await flaky(HEADERS, makeTextUpdate())).toEqual({ status: 200 });
    expect(sent()).toEqual([
      { chat_id: 'e4ea2cd5189df1c3a88c', text: 'Xin lỗi' },
      { chat_id: 'e4ea2cd5189df1c3a88c', text: 'echo: Xin chào' },
    ]);
  });
});

describe('createZaloWebhook: hostile bodies', () => {
  const bodies: unknown[] = [
    null,
    undefined,
    42,
    'not json {',
    '[]',
    [],
    {},
    { ok: true },
    { ok: true, result: 'x' },
    { event_name: 'message.text.received' },
    { event_name: 'message.text.received', message: { text: 'hi' } },
    { event_name: 'message.text.received', message: { from: { id: 'u' }, chat: {}, text: 'hi', message_id: 'm' } },
    { event_name: 42, message: [] },
    Buffer.from('{"event_name":"message.text.received"}'),
  ];

  it.each(bodies.map((body, i) => [i, body]))('acknowledges hostile body #%i with 200, sending nothing', async (_, body) => {
    expect(await webhook(HEADERS, body)).toEqual({ status: 200 });
    expect(api.requests).toEqual([]);
  });

  it('survives a message of a million characters', async () => {
    expect(await webhook(HEADERS, makeTextUpdate({ text: 'x'.repeat(1_000_000) }))).toEqual({ status: 200 });
    expect(sent()).toEqual([{ chat_id: 'e4ea2cd5189df1c3a88c', text: `echo: ${'x'.repeat(50)}` }]);
  });
});
