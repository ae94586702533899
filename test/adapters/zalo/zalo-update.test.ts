import { describe, expect, it } from 'vitest';
import { parseZaloUpdate } from '../../../src/adapters/zalo/index.js';
import { unreadableMessage } from '../../../src/adapters/zalo/zalo-update.js';
import { makeTextUpdate, wrapped } from './zalo-builders.js';

const EXPECTED = {
  channel: 'zalo',
  chatId: 'e4ea2cd5189df1c3a88c',
  userId: 'e4ea2cd5189df1c3a88c',
  displayName: 'Nguyễn Văn A',
  text: 'Xin chào',
  chatKind: 'private',
  messageId: '16f6366b3f02645a3d15',
};

describe('parseZaloUpdate', () => {
  it('reads a text message sent at the top level', () => {
    expect(parseZaloUpdate(makeTextUpdate())).toEqual(EXPECTED);
  });

  it('reads a text message wrapped in {ok, result}', () => {
    expect(parseZaloUpdate(wrapped(makeTextUpdate()))).toEqual(EXPECTED);
  });

  it('reads a message without event_name, as in the getUpdates sample of the documentation', () => {
    const { message } = makeTextUpdate();
    expect(parseZaloUpdate({ message })).toEqual(EXPECTED);
  });

  it('reads numeric ids as strings', () => {
    const update = { event_name: 'message.text.received', message: { from: { id: 42 }, chat: { id: 42 }, text: 'hi', message_id: 7 } };
    expect(parseZaloUpdate(update)).toMatchObject({ chatId: '42', userId: '42', messageId: '7' });
  });

  it('leaves messageId out when the message has none', () => {
    const update = { event_name: 'message.text.received', message: { from: { id: 'u' }, chat: { id: 'c' }, text: 'hi' } };
    expect(parseZaloUpdate(update)).not.toHaveProperty('messageId');
  });

  it.each(['message.image.received', 'message.sticker.received', 'message.unsupported.received', 'something.new'])('ignores the event %s', (eventName) => {
    expect(parseZaloUpdate(makeTextUpdate({ eventName }))).toBeNull();
  });

  it('reads the sender’s first_name when there is no display_name (getUpdates samples)', () => {
    const update = { event_name: 'message.text.received', message: { from: { id: 'u', first_name: 'Lan' }, chat: { id: 'c' }, text: 'hi' } };
    expect(parseZaloUpdate(update)?.displayName).toBe('Lan');
  });

  it('reads an image’s caption as its text; an image without one is not a message', () => {
    const image = (caption?: string) => ({
      event_name: 'message.image.received',
      message: {
        from: { id: 'u1', display_name: 'Lan', is_bot: false },
        chat: { id: 'u1', chat_type: 'PRIVATE' },
        photo_url: 'https://zalo.example/photo/1.jpg',
        message_id: 'img-1',
        date: 1766619597466,
        ...(caption === undefined ? {} : { caption }),
      },
    });
    expect(parseZaloUpdate(image('nop 6T/2025 bb 41.200'))).toMatchObject({ text: 'nop 6T/2025 bb 41.200', chatId: 'u1', messageId: 'img-1' });
    expect(unreadableMessage(image('nop 6T/2025 bb 41.200'))).toBeNull();
    expect(parseZaloUpdate(image())).toBeNull();
    expect(parseZaloUpdate(image('  '))).toBeNull();
    expect(unreadableMessage(image())).toEqual({ chatId: 'u1', userId: 'u1', withheld: false });
  });

  it('gives the private chat and sender of a message that is not text, and whether Zalo withheld it; nothing for others', () => {
    const chatId = 'e4ea2cd5189df1c3a88c';
    const userId = chatId;
    expect(unreadableMessage(makeTextUpdate({ eventName: 'message.image.received' }))).toEqual({ chatId, userId, withheld: false });
    expect(unreadableMessage(wrapped(makeTextUpdate({ eventName: 'message.sticker.received' })))).toEqual({ chatId, userId, withheld: false });
    expect(unreadableMessage(makeTextUpdate({ eventName: 'message.unsupported.received' }))).toEqual({ chatId, userId, withheld: true });
    expect(unreadableMessage(makeTextUpdate())).toBeNull();
    expect(unreadableMessage(makeTextUpdate({ eventName: 'something.new' }))).toBeNull();
    expect(unreadableMessage(makeTextUpdate({ eventName: 'message.image.received', isBot: true }))).toBeNull();
    expect(unreadableMessage(makeTextUpdate({ eventName: 'message.image.received', chatType: 'GROUP' }))).toBeNull();
    // The documented unsupported event may come without a message: no chat to answer.
    expect(unreadableMessage({ ok: true, result: { event_name: 'message.unsupported.received' } })).toBeNull();
    expect(unreadableMessage(null)).toBeNull();
  });

  it('ignores messages from bots', () => {
    expect(parseZaloUpdate(makeTextUpdate({ isBot: true }))).toBeNull();
  });

  it('ignores group chats: the bot answers private chats only', () => {
    expect(parseZaloUpdate(makeTextUpdate({ chatType: 'GROUP' }))).toBeNull();
  });

  it('ignores blank text', () => {
    expect(parseZaloUpdate(makeTextUpdate({ text: '  \n ' }))).toBeNull();
  });

  it('ignores an error answer of getUpdates', () => {
    expect(parseZaloUpdate({ ok: false, error_code: 408, description: 'Request timeout' })).toBeNull();
  });

  const hostile: unknown[] = [
    null,
    undefined,
    0,
    'message.text.received',
    true,
    [],
    [makeTextUpdate()],
    {},
    { event_name: 'message.text.received' },
    { event_name: 'message.text.received', message: 'hello' },
    { event_name: 'message.text.received', message: { text: 'hi' } },
    { event_name: 'message.text.received', message: { from: {}, chat: { id: 'c' }, text: 'hi' } },
    { event_name: 'message.text.received', message: { from: { id: 'u' }, chat: { id: null }, text: 'hi' } },
    { event_name: 'message.text.received', message: { from: { id: 'u' }, chat: { id: 'c' }, text: 42 } },
    { event_name: 'message.text.received', message: { from: { id: ['u'] }, chat: { id: 'c' }, text: 'hi' } },
    { event_name: 'message.text.received', message: { from: { id: Number.NaN }, chat: { id: 'c' }, text: 'hi' } },
    { ok: true, result: 'text' },
    { ok: true, result: null },
    { ok: true, result: [] },
    JSON.parse('{"__proto__": {"event_name": "message.text.received"}}') as unknown,
  ];

  it.each(hostile.map((body) => [JSON.stringify(body) ?? String(body), body]))('gives null for %s without throwing', (_, body) => {
    expect(parseZaloUpdate(body)).toBeNull();
  });

  it('keeps a huge text as it is, leaving the cap to the message handler', () => {
    const text = 'a'.repeat(1_000_000);
    expect(parseZaloUpdate(makeTextUpdate({ text }))?.text).toHaveLength(1_000_000);
  });
});
