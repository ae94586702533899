/**
 * unreachableUnits: which units nobody holding a role can be reached for, and why, from the role
 * holders the store gives (the store's side is in test/ports/role-holders-contract.ts).
 */
import { describe, expect, it } from 'vitest';
import { unreachableUnits } from '../../../src/app/reminders/reachability.js';
import type { ChatRef } from '../../../src/core/reminders/types.js';
import type { RoleHolder } from '../../../src/ports/role-holders.js';

const tg = (id: string): ChatRef => ({ channel: 'telegram', externalChatId: id });

let nextId = 0;
/** A focal point of these units; override the chats the test is about. */
function holder(unitIds: readonly number[], overrides: Partial<RoleHolder> = {}): RoleHolder {
  nextId += 1;
  return { personId: nextId, displayName: `P${nextId}`, language: null, unitIds, chats: [], blockedChats: [], ...overrides };
}

/** A store whose role holders are these, whatever the units asked (as the real one, it answers only for units asked). */
function storeOf(holders: readonly RoleHolder[]) {
  const asked: number[][] = [];
  return {
    asked,
    store: {
      roleHolders: async (unitIds: readonly number[]) => {
        asked.push([...unitIds]);
        const wanted = new Set(unitIds);
        return holders.filter((h) => h.unitIds.some((id) => wanted.has(id))).map((h) => ({ ...h, unitIds: h.unitIds.filter((id) => wanted.has(id)) }));
      },
    },
  };
}

describe('unreachableUnits', () => {
  it('gives each unreachable unit once, in the order given, with why', async () => {
    const deps = storeOf([holder([1], { chats: [tg('open')] }), holder([2], { blockedChats: [tg('blocked')] }), holder([3])]);
    expect(await unreachableUnits(deps, [4, 3, 2, 1, 3], 'focal_point')).toEqual([
      { unitId: 4, reason: 'no-holder' },
      { unitId: 3, reason: 'console-only' },
      { unitId: 2, reason: 'blocked' },
    ]);
    expect(deps.asked).toEqual([[4, 3, 2, 1]]);
  });

  it('counts a unit reachable when any one of its holders can be reached', async () => {
    const deps = storeOf([holder([1], { blockedChats: [tg('a')] }), holder([1]), holder([1, 2], { chats: [tg('b')] })]);
    expect(await unreachableUnits(deps, [1, 2], 'focal_point')).toEqual([]);
  });

  it('says blocked when some holders are on the console only and others blocked the bot', async () => {
    const deps = storeOf([holder([5]), holder([5], { blockedChats: [tg('c')] })]);
    expect(await unreachableUnits(deps, [5], 'focal_point')).toEqual([{ unitId: 5, reason: 'blocked' }]);
  });

  it('asks the store nothing for no units', async () => {
    const deps = storeOf([]);
    expect(await unreachableUnits(deps, [], 'focal_point')).toEqual([]);
    expect(deps.asked).toEqual([]);
  });
});
