import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createMemoryInbound, type MemoryInbound } from '../../src/adapters/memory/memory-inbound.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { answerDirectly, answerOnce, RedeliveryRequested } from '../../src/app/answer-once.js';
import { createMessageHandler } from '../../src/app/handle-message.js';
import type { IncomingMessage, Reply } from '../../src/app/message.js';
import { DEFAULT_SCHEDULES } from '../../src/core/calendar/index.js';
import { buildUnitIndex } from '../../src/core/units/unit-index.js';
import type { InboundKey, InboundStore } from '../../src/ports/inbound-store.js';
import type { Store } from '../../src/ports/store.js';
import { manualClock } from '../support/manual-clock.js';

const log = pino({ level: 'silent' });
const clock = manualClock('2026-11-25T02:00:00Z');
const message: IncomingMessage = { channel: 'zalo', chatId: 'c1', userId: 'u1', text: 'nop bb 10', messageId: 'm1' };

/**
 * A handler stand-in over the ledger `inbound`: a delivery found there is a duplicate, as the real
 * handler's opening read makes it; it counts the turns it went through with and answers `reply`.
 */
function counting(inbound: MemoryInbound, reply: Reply = { text: 'ok' }) {
  const calls: IncomingMessage[] = [];
  const handle = async (m: IncomingMessage, key?: InboundKey): Promise<Reply> => {
    if (key && (await inbound.findAnswered(key))) return { text: '', silent: true, duplicate: true };
    calls.push(m);
    return reply;
  };
  return { calls, handle, inbound };
}

/** A send function that records what it sent, failing while `failing` is true. */
function recordingSend() {
  const sent: string[] = [];
  const state = { failing: false };
  const send = async (reply: Reply) => {
    if (state.failing) throw new Error('platform unreachable');
    sent.push(reply.text);
  };
  return { sent, state, send };
}

describe('answerOnce', () => {
  it('answers a message once however often it is delivered', async () => {
    const { calls, handle, inbound } = counting(createMemoryInbound());
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle, inbound, clock, log });
    expect(await answer(message, send)).toBe('answered');
    expect(await answer(message, send)).toBe('duplicate');
    expect(await answer({ ...message, messageId: 'm2' }, send)).toBe('answered');
    expect(calls.map((m) => m.messageId)).toEqual(['m1', 'm2']);
    expect(sent).toEqual(['ok', 'ok']);
  });

  it('acknowledges a delivery that arrives while the same message is being answered', async () => {
    const { calls, handle, inbound } = counting(createMemoryInbound());
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle, inbound, clock, log });
    expect(await Promise.all([answer(message, send), answer(message, send)])).toEqual(['answered', 'duplicate']);
    expect(calls).toHaveLength(1);
    expect(sent).toEqual(['ok']);
  });

  it('keys messages by chat as well: the same id in another chat is another message', async () => {
    const { sent, send } = recordingSend();
    const answer = answerOnce({ ...counting(createMemoryInbound()), clock, log });
    await answer(message, send);
    expect(await answer({ ...message, chatId: 'c2' }, send)).toBe('answered');
    expect(sent).toHaveLength(2);
  });

  it('asks for redelivery, sending nothing, when the handler says the database is unreachable', async () => {
    const { sent, send } = recordingSend();
    const answer = answerOnce({ ...counting(createMemoryInbound(), { text: 'Xin lỗi', unavailable: true }), clock, log });
    await expect(answer(message, send)).rejects.toBeInstanceOf(RedeliveryRequested);
    expect(sent).toEqual([]);
  });

  it('answers the redelivery of a message whose reply could not be sent', async () => {
    const { sent, state, send } = recordingSend();
    const answer = answerOnce({ ...counting(createMemoryInbound()), clock, log });
    state.failing = true;
    await expect(answer(message, send)).rejects.toThrow('platform unreachable');
    state.failing = false;
    expect(await answer(message, send)).toBe('answered');
    expect(sent).toEqual(['ok']);
  });

  it('still counts a sent reply as answered when recording it fails', async () => {
    const { sent, send } = recordingSend();
    const forgetful: InboundStore = { markAnswered: () => Promise.reject(new Error('down')) };
    const answer = answerOnce({ ...counting(createMemoryInbound()), inbound: forgetful, clock, log });
    expect(await answer(message, send)).toBe('answered');
    expect(sent).toEqual(['ok']);
  });

  it('answers every delivery of a message without an id (nothing to recognise it by)', async () => {
    const { sent, send } = recordingSend();
    const answer = answerOnce({ ...counting(createMemoryInbound()), clock, log });
    const { messageId: _, ...anonymous } = message;
    await answer(anonymous, send);
    await answer(anonymous, send);
    expect(sent).toEqual(['ok', 'ok']);
  });
});

describe('answerOnce with the real handler', () => {
  /** A memory store that lists the methods called on it, in order. */
  function listingStore() {
    const inner = createMemoryStore();
    const called: string[] = [];
    const store = new Proxy(inner, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          called.push(String(name));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return { store, called };
  }
  const handlerOn = (store: Store) => createMessageHandler({ store, units: () => buildUnitIndex([], []), clock, log, schedules: () => DEFAULT_SCHEDULES });

  // A registration: a turn that goes on would redeem the code.
  const registration: IncomingMessage = { ...message, text: 'dang ky ABC123' };

  it('reads the speaker, the ledger and the conversation, and marks the chat, in one opening read; goes no further for a message already answered', async () => {
    const { store, called } = listingStore();
    await store.markAnswered({ channel: 'zalo', chatId: 'c1', messageId: 'm1' }, 'earlier reply', clock.now());
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle: handlerOn(store).handle, inbound: store, clock, log });
    expect(await answer(registration, send)).toBe('duplicate');
    expect(called.sort()).toEqual(['markAnswered', 'openTurn']);
    expect(sent).toEqual([]);
  });

  it('answers a new message once the ledger says it is new, and records it', async () => {
    const { store, called } = listingStore();
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle: handlerOn(store).handle, inbound: store, clock, log });
    expect(await answer(registration, send)).toBe('answered');
    expect(sent).toHaveLength(1);
    expect(called[0]).toBe('openTurn');
    expect(called).toContain('redeemInvite');
    expect(called.at(-1)).toBe('markAnswered');
    expect(await answer(registration, send)).toBe('duplicate');
    expect(sent).toHaveLength(1);
  });

  it('asks for redelivery, sending nothing, when the opening read fails and the database does not answer', async () => {
    const down = () => Promise.reject(new Error('connect ECONNREFUSED'));
    const store = { ...createMemoryStore(), openTurn: down, ping: down };
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle: handlerOn(store).handle, inbound: store, clock, log });
    await expect(answer(registration, send)).rejects.toBeInstanceOf(RedeliveryRequested);
    expect(sent).toEqual([]);
  });
});

describe('answerDirectly', () => {
  it('sends the polite apology when the database is down: a polled update does not come again', async () => {
    const { sent, send } = recordingSend();
    await answerDirectly(counting(createMemoryInbound(), { text: 'Xin lỗi', unavailable: true }).handle)(message, send);
    expect(sent).toEqual(['Xin lỗi']);
  });
});

describe('the message handler when a query fails', () => {
  const handlerOver = (over: Partial<Store>) => {
    const store = { ...createMemoryStore(), ...over };
    return createMessageHandler({ store, units: () => buildUnitIndex([], []), clock, log, schedules: () => DEFAULT_SCHEDULES });
  };
  const down = () => Promise.reject(new Error('connect ECONNREFUSED'));

  it('marks the apology "unavailable" when the database does not answer a ping', async () => {
    const reply = await handlerOver({ openTurn: down, ping: down }).handle(message);
    expect(reply.unavailable).toBe(true);
    expect(reply.text).not.toContain('ECONNREFUSED');
  });

  it('does not when the database answers (the failure is a bug, not an outage: redelivery would not help)', async () => {
    const reply = await handlerOver({ openTurn: down }).handle(message);
    expect(reply.unavailable).toBeUndefined();
    expect(reply.text.length).toBeGreaterThan(0);
  });
});
