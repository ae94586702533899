/**
 * A world for the reminder commands: a seeded memory store holding the default reporting
 * calendar, the calendar the service keeps in memory (loadCalendar) wired to the handler as in
 * main.ts, a manual clock, and people registered through invite codes on Telegram, as in real use.
 */
import { resolve } from 'node:path';
import { pino } from 'pino';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { type Calendar, loadCalendar } from '../../src/app/calendar/calendar.js';
import { createMessageHandler, LOCAL_ADMIN_ID, type MessageHandler } from '../../src/app/handle-message.js';
import type { IncomingMessage } from '../../src/app/message.js';
import { loadUnitDirectory, type UnitDirectory } from '../../src/app/units/unit-directory.js';
import type { Channel, Role, Unit } from '../../src/core/types.js';
import type { UnitIndex } from '../../src/core/units/unit-index.js';
import { seedReferenceData } from '../../src/import/seed.js';
import type { Store } from '../../src/ports/store.js';
import { type ManualClock, manualClock } from './manual-clock.js';

const DATA = resolve(import.meta.dirname, '../../data');

/**
 * 1 July 2026, 9:00 in Vietnam: the six-month report (2026-6M) is due "before 5 July", so its last day
 * on time is Saturday 4 July and its deadline ends on Monday 6 July.
 */
export const START = '2026-07-01T02:00:00Z';

/** How a test message is sent; a private Telegram chat unless told. */
export type SendOptions = Partial<Pick<IncomingMessage, 'channel' | 'chatId' | 'chatKind' | 'languageHint'>>;

export interface CommandWorld {
  readonly store: Store;
  readonly directory: UnitDirectory;
  readonly clock: ManualClock;
  readonly calendar: Calendar;
  readonly handler: MessageHandler;
  /** How many times the handler told the service that the calendar changed. */
  calendarChanges(): number;
  index(): UnitIndex;
  /** Sends `text` as `userId` (Telegram, their private chat, unless told) and returns the reply text. */
  say(userId: string, text: string, options?: SendOptions): Promise<string>;
  /** Sends `text` as the console's local administrator. */
  asLocalAdmin(text: string): Promise<string>;
  /** Gives `userId` (on `channel`, Telegram unless told) `role` for `unit`, through an invite code. */
  enrol(userId: string, unit: Unit, role: Role, channel?: Channel): Promise<void>;
  /** The current commune or ward `name` of the province `province`. */
  commune(name: string, province: string): Unit;
  /** The current province `name`. */
  province(name: string): Unit;
  /** Stops the calendar's periodic reload. */
  close(): void;
}

let inviteNumber = 0;

/** A fresh world; the store holds the default schedules, as after the service's first start. */
export async function createCommandWorld(start: string = START): Promise<CommandWorld> {
  const store = createMemoryStore();
  await seedReferenceData(store, DATA);
  const directory = await loadUnitDirectory(store);
  const clock = manualClock(start);
  const log = pino({ level: 'silent' });
  const calendar = await loadCalendar(store, { log });
  let changes = 0;
  const handler = createMessageHandler({
    store,
    units: directory.current,
    clock,
    log,
    schedules: calendar.current,
    daysOff: calendar.daysOff,
    onCalendarChanged: async () => {
      changes += 1;
      await calendar.reload();
    },
  });
  const current = (): Unit[] => directory.current().units.filter((u) => u.structure === 'post2025' && u.validTo === null);
  const say = async (userId: string, text: string, options: SendOptions = {}) =>
    (await handler.handle({ channel: 'telegram', chatId: userId, userId, text, ...options })).text;
  return {
    store,
    directory,
    clock,
    calendar,
    handler,
    say,
    calendarChanges: () => changes,
    index: () => directory.current(),
    asLocalAdmin: (text) => say(LOCAL_ADMIN_ID, text, { channel: 'console', chatId: 'console' }),
    async enrol(userId, unit, role, channel = 'telegram') {
      const code = `RC${String(++inviteNumber).padStart(6, '0')}`;
      await store.createInvite({ code, unitId: unit.id, role, createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
      const redeemed = await store.redeemInvite(code, { channel, userId, displayName: `Người ${userId}` }, clock.now());
      if (!redeemed.ok) throw new Error(`invite ${code} refused: ${redeemed.reason}`);
    },
    commune(name, province) {
      const index = directory.current();
      const unit = current().find((u) => u.level === 'commune' && u.name === name && index.provinceOf(u).name === province);
      if (!unit) throw new Error(`no commune ${name} in ${province}`);
      return unit;
    },
    province(name) {
      const unit = current().find((u) => u.level === 'province' && u.name === name);
      if (!unit) throw new Error(`no province ${name}`);
      return unit;
    },
    close: () => calendar.stop(),
  };
}
