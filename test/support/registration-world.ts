/**
 * A seeded memory store, a message handler on a clock the test moves, and helpers to speak as
 * someone on some channel: what the registration tests share.
 */
import { resolve } from 'node:path';
import { pino } from 'pino';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { createMessageHandler, LOCAL_ADMIN_ID, type MessageHandler } from '../../src/app/handle-message.js';
import { loadUnitDirectory, type UnitDirectory } from '../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../src/core/calendar/index.js';
import type { Channel } from '../../src/core/types.js';
import { seedReferenceData } from '../../src/import/seed.js';
import type { Store } from '../../src/ports/store.js';
import { type ManualClock, manualClock } from './manual-clock.js';

const DATA = resolve(import.meta.dirname, '../../data');

export { type ManualClock, manualClock };

export const DAY_MS = 86_400_000;

/** Everything a registration test needs. */
export interface World {
  readonly store: Store;
  readonly directory: UnitDirectory;
  readonly clock: ManualClock;
  readonly handler: MessageHandler;
  /** Sends `text` as `userId` on `channel` (Telegram unless told) and returns the reply text. */
  say(userId: string, text: string, channel?: Channel): Promise<string>;
  /** Sends `text` as the console's local administrator. */
  asAdmin(text: string): Promise<string>;
  /** Creates an invite as the local administrator and returns its code. */
  invite(unitAndRole: string): Promise<string>;
}

/** A fresh world over a freshly seeded memory store (about a second). */
export async function createWorld(start = '2026-11-25T02:00:00Z'): Promise<World> {
  const store = createMemoryStore();
  await seedReferenceData(store, DATA);
  const directory = await loadUnitDirectory(store);
  const clock = manualClock(start);
  const handler = createMessageHandler({
    store,
    units: directory.current,
    clock,
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
  });
  const say = async (userId: string, text: string, channel: Channel = 'telegram') =>
    (await handler.handle({ channel, chatId: `${channel}-${userId}`, userId, text })).text;
  const asAdmin = (text: string) => say(LOCAL_ADMIN_ID, text, 'console');
  return {
    store,
    directory,
    clock,
    handler,
    say,
    asAdmin,
    async invite(unitAndRole) {
      const reply = await asAdmin(`/invite ${unitAndRole}`);
      const code = /dangky ([A-Z0-9]{8})/.exec(reply)?.[1];
      if (!code) throw new Error(`no code in: ${reply}`);
      return code;
    },
  };
}
