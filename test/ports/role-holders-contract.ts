/**
 * ReminderStore.roleHolders, part of the Store contract: the people `contacts` gives, each with the
 * private chats closed to the bot set apart, so that "who cannot be reached, and why" is answered
 * from the store alone. Every test uses its own unit codes and user ids (the store is shared).
 */
import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/core/reminders/types.js';
import type { ChatStore } from '../../src/ports/chat-store.js';
import type { Identity, PeopleStore, Person } from '../../src/ports/people-store.js';
import { asContact, type RoleHolders } from '../../src/ports/role-holders.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { makeUnits, NEXT_WEEK, NOW } from './store-fixtures.js';

const tg = (id: string): ChatRef => ({ channel: 'telegram', externalChatId: id });
const zalo = (id: string): ChatRef => ({ channel: 'zalo', externalChatId: id });

/** Registers the roleHolders tests; `store` gives the suite's store once it is open. */
export function describeRoleHoldersContract(store: () => UnitStore & PeopleStore & ChatStore & RoleHolders): void {
  /** A focal point of `unitId` on any channel, through an invite (the only way people come to exist). */
  const register = async (unitId: number, identity: Identity, displayName: string): Promise<Person> => {
    const code = `RH-${identity.channel}-${identity.userId}-${unitId}`;
    await store().createInvite({ code, unitId, role: 'focal_point', createdById: null, expiresAt: NEXT_WEEK });
    const result = await store().redeemInvite(code, { ...identity, displayName }, NOW);
    if (!result.ok) throw new Error(`could not register ${identity.userId}: ${result.reason}`);
    return result.person;
  };
  /** Stores the private chat and marks it inactive, as the delivery worker does when the platform refuses the bot. */
  const block = async (ref: ChatRef) => {
    const [chat] = await store().ensurePrivateChats([ref]);
    await store().deactivateChat(chat!.id);
  };

  describe('roleHolders', () => {
    it('gives every holder with open and blocked chats apart, console identities in neither', async () => {
      const [open, blocked, console, none] = await makeUnits(store(), 'RH-1A', 'RH-1B', 'RH-1C', 'RH-1D');
      const lan = await register(open!, { channel: 'telegram', userId: 'rh-1-lan' }, 'Lan');
      const minh = await register(blocked!, { channel: 'zalo', userId: 'rh-1-minh' }, 'Minh');
      const local = await register(console!, { channel: 'console', userId: 'rh-1-local' }, 'Local');
      await block(zalo('rh-1-minh'));
      // A chat stored inactive for an id the person is not known by there changes nothing.
      await block(tg('rh-1-lan-other'));
      expect(await store().roleHolders([none!, console!, blocked!, open!], 'focal_point')).toEqual([
        { personId: lan.id, displayName: 'Lan', language: null, unitIds: [open], chats: [tg('rh-1-lan')], blockedChats: [] },
        { personId: minh.id, displayName: 'Minh', language: null, unitIds: [blocked], chats: [], blockedChats: [zalo('rh-1-minh')] },
        { personId: local.id, displayName: 'Local', language: null, unitIds: [console], chats: [], blockedChats: [] },
      ]);
      expect(await store().roleHolders([none!], 'focal_point')).toEqual([]);
      expect(await store().roleHolders([], 'focal_point')).toEqual([]);
    });

    it('gives the same people as contacts, in the same order, with the same open chats', async () => {
      const [a, b] = await makeUnits(store(), 'RH-2A', 'RH-2B');
      await register(b!, { channel: 'telegram', userId: 'rh-2-first' }, 'First');
      await register(a!, { channel: 'zalo', userId: 'rh-2-second' }, 'Second');
      await register(b!, { channel: 'zalo', userId: 'rh-2-second' }, 'Second');
      await register(a!, { channel: 'telegram', userId: 'rh-2-third' }, 'Third');
      await block(tg('rh-2-third'));
      const holders = await store().roleHolders([a!, b!], 'focal_point');
      expect(holders.map(asContact)).toEqual(await store().contacts([a!, b!], 'focal_point'));
      expect(holders.map((h) => h.displayName)).toEqual(['First', 'Second', 'Third']);
    });

    it('moves a chat back among the open ones once it is active again', async () => {
      const [a] = await makeUnits(store(), 'RH-3');
      await register(a!, { channel: 'telegram', userId: 'rh-3' }, 'Back');
      await block(tg('rh-3'));
      expect((await store().roleHolders([a!], 'focal_point'))[0]).toMatchObject({ chats: [], blockedChats: [tg('rh-3')] });
      await store().reactivateChat(tg('rh-3'));
      expect((await store().roleHolders([a!], 'focal_point'))[0]).toMatchObject({ chats: [tg('rh-3')], blockedChats: [] });
    });

    it('leaves out revoked assignments and other roles', async () => {
      const [a] = await makeUnits(store(), 'RH-4');
      await register(a!, { channel: 'telegram', userId: 'rh-4-gone' }, 'Gone');
      for (const assignment of await store().listAssignments({ unitIds: [a!] })) await store().revokeAssignment(assignment.id, NOW);
      const code = 'RH-4-official';
      await store().createInvite({ code, unitId: a!, role: 'official', createdById: null, expiresAt: NEXT_WEEK });
      await store().redeemInvite(code, { channel: 'telegram', userId: 'rh-4-boss', displayName: 'Boss' }, NOW);
      expect(await store().roleHolders([a!], 'focal_point')).toEqual([]);
      expect((await store().roleHolders([a!], 'official')).map((h) => h.displayName)).toEqual(['Boss']);
    });
  });
}
