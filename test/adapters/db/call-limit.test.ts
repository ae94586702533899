/**
 * A time limit on every database call of the hot path: a call that does not answer within its limit
 * rejects with DatabaseTimeLimitError (and is told once), `ping` has a shorter limit, and a message
 * met by a database that stopped answering gets the apology, as unavailable, instead of waiting forever.
 */
import { resolve } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DatabaseTimeLimitError, limitCalls } from '../../../src/adapters/db/call-limit.js';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { createMessageHandler } from '../../../src/app/handle-message.js';
import { loadUnitDirectory } from '../../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import { seedReferenceData } from '../../../src/import/seed.js';
import type { Store } from '../../../src/ports/store.js';
import { manualClock } from '../../support/manual-clock.js';

const never = () => new Promise<never>(() => undefined);

describe('limitCalls', () => {
  it('rejects a call unanswered within the limit, and tells of it', async () => {
    const late: DatabaseTimeLimitError[] = [];
    const target = { read: never, quick: async (x: number) => x * 2 };
    const limited = limitCalls(target, { limitMs: 50, onLate: (error) => late.push(error) });
    const started = Date.now();
    await expect(limited.read()).rejects.toThrow(DatabaseTimeLimitError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await limited.quick(21)).toBe(42);
    expect(late.map((error) => [error.method, error.limitMs])).toEqual([['read', 50]]);
  });

  it('gives a method its own limit, and passes errors, values and plain members through', async () => {
    const failure = new Error('relation "fact" does not exist');
    const target = {
      name: 'store',
      ping: never,
      slow: () => new Promise<string>((done) => setTimeout(() => done('late but within'), 80)),
      broken: async () => {
        throw failure;
      },
      size: () => 3,
    };
    const limited = limitCalls(target, { limitMs: 300, methodLimitsMs: { ping: 20 } });
    await expect(limited.ping()).rejects.toMatchObject({ method: 'ping', limitMs: 20 });
    expect(await limited.slow()).toBe('late but within');
    await expect(limited.broken()).rejects.toBe(failure);
    expect(limited.size()).toBe(3);
    expect(limited.name).toBe('store');
  });
});

describe('a message when the database stops answering', () => {
  it('gets the apology, marked unavailable, within the limits', async () => {
    const seeded = createMemoryStore();
    await seedReferenceData(seeded, resolve(import.meta.dirname, '../../../data'));
    const directory = await loadUnitDirectory(seeded);
    // The engine hangs: every call from now on is left unanswered.
    const hung = new Proxy(seeded, { get: (object, key) => (typeof Reflect.get(object, key) === 'function' ? never : Reflect.get(object, key)) });
    const store = limitCalls(hung as Store, { limitMs: 100, methodLimitsMs: { ping: 50 } });
    const handler = createMessageHandler({
      store,
      units: directory.current,
      clock: manualClock('2026-11-25T02:00:00Z'),
      log: pino({ level: 'silent' }),
      schedules: () => DEFAULT_SCHEDULES,
    });
    const started = Date.now();
    const reply = await handler.handle({ channel: 'telegram', chatId: '7', userId: '7', text: 'bao phủ Nghệ An' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(reply.unavailable).toBe(true);
    expect(reply.text).toMatch(/lỗi|thử lại/i);
  });
});
