/**
 * A world for submission tests: a memory store with the reference data, a clock the test moves by
 * hand, a message handler, and focal points registered through invite codes as in real use.
 */
import { resolve } from 'node:path';
import { pino } from 'pino';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { createMessageHandler, type MessageHandler } from '../../src/app/handle-message.js';
import type { IncomingMessage, Reply } from '../../src/app/message.js';
import { loadUnitDirectory, type UnitDirectory } from '../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../src/core/calendar/index.js';
import type { Channel, Unit } from '../../src/core/types.js';
import { seedReferenceData } from '../../src/import/seed.js';
import type { Store } from '../../src/ports/store.js';
import { manualClock as clockAt, type ManualClock } from './manual-clock.js';

const DATA = resolve(import.meta.dirname, '../../data');

/** 25 November 2026, 9:00 in Vietnam: the open period is the year 2026 (annual report due 20 December). */
export const TODAY = '2026-11-25T02:00:00Z';

export type { ManualClock } from './manual-clock.js';

/** A manual clock standing at TODAY unless told otherwise. */
export function manualClock(iso: string = TODAY): ManualClock {
  return clockAt(iso);
}

export interface World {
  readonly store: Store;
  readonly directory: UnitDirectory;
  readonly clock: ManualClock;
  readonly handler: MessageHandler;
  /** The post-2025 communes and wards, for tests that need a unit nobody else uses. */
  readonly communes: readonly Unit[];
}

/** A seeded store, its unit index and a handler over them. */
export async function makeWorld(over: (store: Store) => Store = (s) => s): Promise<World> {
  const store = createMemoryStore();
  await seedReferenceData(store, DATA);
  const directory = await loadUnitDirectory(store);
  const clock = manualClock();
  const handler = createMessageHandler({
    store: over(store),
    units: directory.current,
    clock,
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
  });
  const communes = directory.current().units.filter((u) => u.structure === 'post2025' && u.level === 'commune');
  return { store, directory, clock, handler, communes };
}

let inviteNumber = 0;

/** Registers `userId` as focal point of each unit, through invite codes. Returns the person id. */
export async function registerFocalPoint(world: World, userId: string, units: readonly Unit[], channel: Channel = 'console'): Promise<number> {
  let personId = -1;
  for (const unit of units) {
    const code = `FP${String(++inviteNumber).padStart(6, '0')}`;
    await world.store.createInvite({ code, unitId: unit.id, role: 'focal_point', createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
    const redeemed = await world.store.redeemInvite(code, { channel, userId, displayName: `Đầu mối ${userId}` }, world.clock.now());
    if (!redeemed.ok) throw new Error(`invite ${code} refused: ${redeemed.reason}`);
    personId = redeemed.person.id;
  }
  return personId;
}

/** A speaker in one chat: sends texts and returns the replies. */
export function chat(world: World, userId: string, extra: Partial<IncomingMessage> = {}) {
  let messageNumber = 0;
  return {
    say: (text: string, more: Partial<IncomingMessage> = {}): Promise<Reply> =>
      world.handler.handle({
        channel: 'console',
        chatId: `chat-${userId}`,
        userId,
        text,
        messageId: String(++messageNumber),
        ...extra,
        ...more,
      }),
  };
}
