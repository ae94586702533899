/**
 * A memory store with the project's reference data and facts, and officials of the first current
 * province registered by invite: the world most message-handler tests talk to.
 */
import { resolve } from 'node:path';
import { pino } from 'pino';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { createMessageHandler } from '../../src/app/handle-message.js';
import { loadUnitDirectory, type UnitDirectory } from '../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../src/core/calendar/index.js';
import type { Unit } from '../../src/core/types.js';
import { seedReferenceData } from '../../src/import/seed.js';
import type { Store } from '../../src/ports/store.js';
import { manualClock } from './manual-clock.js';

const DATA = resolve(import.meta.dirname, '../../data');

/** The seeded store and its unit directory; each of `officials` is a registered official. */
export async function seededWorld(officials: readonly string[], at = '2026-11-25T02:00:00Z'): Promise<{ store: Store; directory: UnitDirectory }> {
  const store = createMemoryStore();
  await seedReferenceData(store, DATA);
  const directory = await loadUnitDirectory(store);
  const province = directory.current().units.find((u) => u.structure === 'post2025' && u.level === 'province') as Unit;
  for (const userId of officials) {
    const code = `OFFICIAL${userId.toUpperCase()}`;
    await store.createInvite({ code, unitId: province.id, role: 'official', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
    await store.redeemInvite(code, { channel: 'console', userId, displayName: userId }, new Date(at));
  }
  return { store, directory };
}

/** A message handler over a seeded world at `at`; `ask` sends as the console's local administrator. */
export async function seededAdminChat(at = '2026-11-25T02:00:00Z'): Promise<{ store: Store; ask: (text: string) => Promise<string> }> {
  const { store, directory } = await seededWorld([], at);
  const handler = createMessageHandler({
    store,
    units: directory.current,
    clock: manualClock(at),
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
  });
  const ask = async (text: string) => (await handler.handle({ channel: 'console', chatId: 'c', userId: 'admin', text })).text;
  return { store, ask };
}
