import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createMemoryInbound } from '../../src/adapters/memory/memory-inbound.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { answerDirectly, answerOnce, RedeliveryRequested } from '../../src/app/answer-once.js';
import { createMessageHandler } from '../../src/app/handle-message.js';
import type { IncomingMessage, Reply } from '../../src/app/message.js';
import { DEFAULT_SCHEDULES } from '../../src/core/calendar/index.js';
import { buildUnitIndex } from '../../src/core/units/unit-index.js';
import type { InboundStore } from '../../src/ports/inbound-store.js';
import type { Store } from '../../src/ports/store.js';
import { manualClock } from '../support/manual-clock.js';

const log = pino({ level: 'silent' });
const clock = manualClock('2026-11-25T02:00:00Z');
const message: IncomingMessage = { channel: 'zalo', chatId: 'c1', userId: 'u1', text: 'nop bb 10', messageId: 'm1' };

/** A handler stand-in that counts the turns it went through with and answers `reply`. */
function counting(reply: Reply = { text: 'ok' }) {
  const calls: IncomingMessage[] = [];
  const handle = async (m: IncomingMessage, proceed?: Promise<boolean>): Promise<Reply> => {
    if (proceed && !(await proceed)) return { text: '', silent: true };
    calls.push(m);
    return reply;
  };
  return { calls, handle };
}

/** A promise and the function that resolves it. */
function gate(): { opened: Promise<void>; open(): void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
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
    const { calls, handle } = counting();
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle, inbound: createMemoryInbound(), clock, log });
    expect(await answer(message, send)).toBe('answered');
    expect(await answer(message, send)).toBe('duplicate');
    expect(await answer({ ...message, messageId: 'm2' }, send)).toBe('answered');
    expect(calls.map((m) => m.messageId)).toEqual(['m1', 'm2']);
    expect(sent).toEqual(['ok', 'ok']);
  });

  it('acknowledges a delivery that arrives while the same message is being answered', async () => {
    const { calls, handle } = counting();
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle, inbound: createMemoryInbound(), clock, log });
    expect(await Promise.all([answer(message, send), answer(message, send)])).toEqual(['answered', 'duplicate']);
    expect(calls).toHaveLength(1);
    expect(sent).toEqual(['ok']);
  });

  it('keys messages by chat as well: the same id in another chat is another message', async () => {
    const { sent, send } = recordingSend();
    const answer = answerOnce({ ...counting(), inbound: createMemoryInbound(), clock, log });
    await answer(message, send);
    expect(await answer({ ...message, chatId: 'c2' }, send)).toBe('answered');
    expect(sent).toHaveLength(2);
  });

  it('asks for redelivery, sending nothing, when the handler says the database is unreachable', async () => {
    const { sent, send } = recordingSend();
    const answer = answerOnce({ ...counting({ text: 'Xin lỗi', unavailable: true }), inbound: createMemoryInbound(), clock, log });
    await expect(answer(message, send)).rejects.toBeInstanceOf(RedeliveryRequested);
    expect(sent).toEqual([]);
  });

  it('asks for redelivery without handling when the ledger is unreachable', async () => {
    const { calls, handle } = counting();
    const broken: InboundStore = { findAnswered: () => Promise.reject(new Error('down')), markAnswered: async () => undefined };
    const answer = answerOnce({ handle, inbound: broken, clock, log });
    await expect(answer(message, recordingSend().send)).rejects.toBeInstanceOf(RedeliveryRequested);
    expect(calls).toEqual([]);
  });

  it('answers the redelivery of a message whose reply could not be sent', async () => {
    const { sent, state, send } = recordingSend();
    const answer = answerOnce({ ...counting(), inbound: createMemoryInbound(), clock, log });
    state.failing = true;
    await expect(answer(message, send)).rejects.toThrow('platform unreachable');
    state.failing = false;
    expect(await answer(message, send)).toBe('answered');
    expect(sent).toEqual(['ok']);
  });

  it('still counts a sent reply as answered when recording it fails', async () => {
    const { sent, send } = recordingSend();
    const forgetful: InboundStore = { findAnswered: async () => null, markAnswered: () => Promise.reject(new Error('down')) };
    const answer = answerOnce({ ...counting(), inbound: forgetful, clock, log });
    expect(await answer(message, send)).toBe('answered');
    expect(sent).toEqual(['ok']);
  });

  it('answers every delivery of a message without an id (nothing to recognise it by)', async () => {
    const { sent, send } = recordingSend();
    const answer = answerOnce({ ...counting(), inbound: createMemoryInbound(), clock, log });
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
  const handlerOn = (store: Store) =>
    createMessageHandler({ store, units: () => buildUnitIndex([], []), clock, log, schedules: () => DEFAULT_SCHEDULES });

  // A registration: a turn that goes on would redeem the code.
  const registration: IncomingMessage = { ...message, text: 'dang ky ABC123' };

  it('looks the speaker up while the ledger is read, and goes no further for a message already answered', async () => {
    const { store, called } = listingStore();
    const inbound = createMemoryInbound();
    await inbound.markAnswered({ channel: 'zalo', chatId: 'c1', messageId: 'm1' }, 'earlier reply', clock.now());
    const ledgerRead = gate();
    const slowLedger: InboundStore = { ...inbound, findAnswered: async (key) => (await ledgerRead.opened, inbound.findAnswered(key)) };
    const { sent, send } = recordingSend();
    const answering = answerOnce({ handle: handlerOn(store).handle, inbound: slowLedger, clock, log })(registration, send);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(called).toContain('findPerson');
    const beforeLedger = [...called];
    ledgerRead.open();
    expect(await answering).toBe('duplicate');
    expect(called).toEqual(beforeLedger);
    expect(sent).toEqual([]);
  });

  it('answers a new message once the ledger says it is new', async () => {
    const { store, called } = listingStore();
    const { sent, send } = recordingSend();
    const answer = answerOnce({ handle: handlerOn(store).handle, inbound: createMemoryInbound(), clock, log });
    expect(await answer(registration, send)).toBe('answered');
    expect(sent).toHaveLength(1);
    expect(called.slice(0, 2).sort()).toEqual(['findPerson', 'reactivateChat']);
    expect(called).toContain('redeemInvite');
  });
});

describe('answerDirectly', () => {
  it('sends the polite apology when the database is down: a polled update does not come again', async () => {
    const { sent, send } = recordingSend();
    await answerDirectly(counting({ text: 'Xin lỗi', unavailable: true }).handle)(message, send);
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
    const reply = await handlerOver({ findPerson: down, ping: down }).handle(message);
    expect(reply.unavailable).toBe(true);
    expect(reply.text).not.toContain('ECONNREFUSED');
  });

  it('does not when the database answers (the failure is a bug, not an outage: redelivery would not help)', async () => {
    const reply = await handlerOver({ findPerson: down }).handle(message);
    expect(reply.unavailable).toBeUndefined();
    expect(reply.text.length).toBeGreaterThan(0);
  });
});
