/**
 * The PeopleStore part of the Store contract: people come to exist by redeeming single-use invite
 * codes, which grant a role for a unit; assignments and invites can be listed and revoked.
 */
import { describe, expect, it } from 'vitest';
import { hashInviteCode } from '../../src/app/access/invite-code.js';
import type { PeopleStore } from '../../src/ports/people-store.js';
import type { Store } from '../../src/ports/store.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { makeUnits, NEXT_WEEK, NOW, registerPerson, telegram } from './store-fixtures.js';

const LATER = new Date('2025-07-02T08:00:00.000Z');

/** Registers the PeopleStore tests; `store` gives the suite's store once it is open. */
export function describePeopleContract(store: () => UnitStore & PeopleStore): void {
  const invite = (code: string, unitId: number, overrides: { role?: 'admin' | 'official' | 'focal_point'; expiresAt?: string } = {}) =>
    store().createInvite({
      code,
      unitId,
      role: overrides.role ?? 'focal_point',
      createdById: null,
      expiresAt: overrides.expiresAt ?? NEXT_WEEK,
    });

  /** The id of the invite made with `code`, found by its hash as the app does. */
  const idOf = async (code: string): Promise<number> => {
    const found = (await store().listInvites({ all: true, now: NOW })).find((i) => i.codeHash === hashInviteCode(code));
    if (!found) throw new Error(`no invite ${code}`);
    return found.id;
  };

  describe('createInvite', () => {
    it('stores an unused invite and returns it', async () => {
      const [unitId] = await makeUnits(store(), 'PI1');
      const creator = await registerPerson(store(), unitId!, 'pi1-admin', 'Chị Lan', 'admin');
      const created = await store().createInvite({
        code: 'PI1-CODE',
        unitId: unitId!,
        role: 'official',
        createdById: creator.id,
        expiresAt: NEXT_WEEK,
      });
      expect(created).toMatchObject({
        codeHash: hashInviteCode('PI1-CODE'),
        codeHint: 'DE',
        unitId,
        role: 'official',
        createdById: creator.id,
        expiresAt: NEXT_WEEK,
        usedAt: null,
        usedById: null,
        revokedAt: null,
      });
      expect(created).not.toHaveProperty('code');
      expect(JSON.stringify(await store().listInvites({ all: true, now: NOW }))).not.toContain('PI1-CODE');
      expect(created.id).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    });

    it('rejects a code that already exists', async () => {
      const [unitId] = await makeUnits(store(), 'PI2');
      await invite('PI2-CODE', unitId!);
      await expect(invite('PI2-CODE', unitId!)).rejects.toThrow();
    });

    it('finds a code by its hash however it is typed', async () => {
      const [unitId] = await makeUnits(store(), 'PI3');
      await invite('PI3-CODE', unitId!);
      const result = await store().redeemInvite(' pi3-code ', { ...telegram('pi3'), displayName: 'A' }, NOW);
      expect(result.ok).toBe(true);
    });
  });

  describe('redeemInvite and findPerson', () => {
    it('does not know an identity that never redeemed a code', async () => {
      expect(await store().findPerson(telegram('nobody'))).toBeNull();
    });

    it('creates the person, grants the role for the unit and marks the invite used', async () => {
      const [unitId] = await makeUnits(store(), 'PR1');
      await invite('PR1-CODE', unitId!);
      const result = await store().redeemInvite('PR1-CODE', { ...telegram('pr1'), displayName: 'Anh Tuấn' }, NOW);
      if (!result.ok) throw new Error(result.reason);
      expect(result.person).toMatchObject({
        displayName: 'Anh Tuấn',
        language: null,
        assignments: [{ personId: result.person.id, unitId, role: 'focal_point' }],
      });
      expect(result.invite).toMatchObject({ codeHash: hashInviteCode('PR1-CODE'), usedAt: NOW.toISOString(), usedById: result.person.id, revokedAt: null });
      expect(await store().findPerson(telegram('pr1'))).toEqual(result.person);
      expect(await store().findPerson({ channel: 'zalo', userId: 'pr1' })).toBeNull();
    });

    it('adds a role to the person who already holds the identity', async () => {
      const [first, second] = await makeUnits(store(), 'PR2', 'PR3');
      const person = await registerPerson(store(), first!, 'pr2', 'Chị Hoa');
      await invite('PR3-CODE', second!, { role: 'official' });
      const result = await store().redeemInvite('PR3-CODE', { ...telegram('pr2'), displayName: 'Another name' }, NOW);
      if (!result.ok) throw new Error(result.reason);
      expect(result.person.id).toBe(person.id);
      expect(result.person.displayName).toBe('Chị Hoa');
      expect(result.person.assignments.map((a) => [a.unitId, a.role])).toEqual([
        [first, 'focal_point'],
        [second, 'official'],
      ]);
    });

    it('refuses an unknown code', async () => {
      expect(await store().redeemInvite('NO-SUCH-CODE', { ...telegram('pr4'), displayName: 'X' }, NOW)).toEqual({ ok: false, reason: 'unknown' });
      expect(await store().findPerson(telegram('pr4'))).toBeNull();
    });

    it('refuses a code that was used, even by the same identity', async () => {
      const [unitId] = await makeUnits(store(), 'PR5');
      await invite('PR5-CODE', unitId!);
      expect((await store().redeemInvite('PR5-CODE', { ...telegram('pr5'), displayName: 'A' }, NOW)).ok).toBe(true);
      expect(await store().redeemInvite('PR5-CODE', { ...telegram('pr5b'), displayName: 'B' }, NOW)).toEqual({ ok: false, reason: 'used' });
      expect(await store().redeemInvite('PR5-CODE', { ...telegram('pr5'), displayName: 'A' }, NOW)).toEqual({ ok: false, reason: 'used' });
      expect(await store().findPerson(telegram('pr5b'))).toBeNull();
    });

    it('refuses a code at or after its expiry', async () => {
      const [unitId] = await makeUnits(store(), 'PR6');
      await invite('PR6-CODE', unitId!, { expiresAt: NOW.toISOString() });
      expect(await store().redeemInvite('PR6-CODE', { ...telegram('pr6'), displayName: 'A' }, NOW)).toEqual({ ok: false, reason: 'expired' });
      expect(await store().findPerson(telegram('pr6'))).toBeNull();
    });

    it('refuses a revoked code', async () => {
      const [unitId] = await makeUnits(store(), 'PR7');
      await invite('PR7-CODE', unitId!);
      expect(await store().revokeInvite(await idOf('PR7-CODE'), NOW)).toBe(true);
      expect(await store().redeemInvite('PR7-CODE', { ...telegram('pr7'), displayName: 'A' }, LATER)).toEqual({ ok: false, reason: 'revoked' });
    });
  });

  describe('setLanguage', () => {
    it('stores a reply language, changes it and clears it again', async () => {
      const [unitId] = await makeUnits(store(), 'PG1');
      const person = await registerPerson(store(), unitId!, 'pg1', 'Chị Ngân');
      await store().setLanguage(person.id, 'en');
      expect(await store().findPerson(telegram('pg1'))).toEqual({ ...person, language: 'en' });
      await store().setLanguage(person.id, 'vi');
      expect((await store().findPerson(telegram('pg1')))?.language).toBe('vi');
      await store().setLanguage(person.id, null);
      expect(await store().findPerson(telegram('pg1'))).toEqual(person);
    });

    it('changes only that person, and keeps the choice when they take on another role', async () => {
      const [a, b] = await makeUnits(store(), 'PG2', 'PG3');
      const chosen = await registerPerson(store(), a!, 'pg2', 'Anh Khoa');
      await registerPerson(store(), a!, 'pg2-other', 'Chị Thu');
      await store().setLanguage(chosen.id, 'en');
      await registerPerson(store(), b!, 'pg2', 'Anh Khoa', 'official');
      expect((await store().findPerson(telegram('pg2')))?.language).toBe('en');
      expect((await store().findPerson(telegram('pg2-other')))?.language).toBeNull();
    });

    it('rejects an unknown person', async () => {
      await expect(store().setLanguage(999_999, 'en')).rejects.toThrow();
    });
  });

  describe('listAssignments and revokeAssignment', () => {
    it('lists active assignments with names and identities, optionally of some units', async () => {
      const [a, b] = await makeUnits(store(), 'PA1', 'PA2');
      const lan = await registerPerson(store(), a!, 'pa-lan', 'Chị Lan');
      await registerPerson(store(), b!, 'pa-minh', 'Anh Minh', 'official');
      const listed = await store().listAssignments({ unitIds: [a!] });
      expect(listed).toEqual([
        {
          id: lan.assignments[0]!.id,
          personId: lan.id,
          unitId: a,
          role: 'focal_point',
          createdAt: lan.assignments[0]!.createdAt,
          displayName: 'Chị Lan',
          identities: [telegram('pa-lan')],
        },
      ]);
      expect((await store().listAssignments({ unitIds: [a!, b!] })).map((x) => x.displayName)).toEqual(['Chị Lan', 'Anh Minh']);
      expect(await store().listAssignments({ unitIds: [] })).toEqual([]);
      const all = await store().listAssignments({});
      expect(all.filter((x) => x.unitId === a || x.unitId === b)).toHaveLength(2);
    });

    it('revokes an active assignment once and hides it everywhere', async () => {
      const [unitId] = await makeUnits(store(), 'PA3');
      const person = await registerPerson(store(), unitId!, 'pa3', 'Chị Mai');
      const id = person.assignments[0]!.id;
      expect(await store().revokeAssignment(id, NOW)).toBe(true);
      expect(await store().revokeAssignment(id, LATER)).toBe(false);
      expect(await store().revokeAssignment(999_999, NOW)).toBe(false);
      expect(await store().listAssignments({ unitIds: [unitId!] })).toEqual([]);
      expect(await store().findPerson(telegram('pa3'))).toMatchObject({ id: person.id, assignments: [] });
    });

    it('grants a revoked role again through a new invite', async () => {
      const [unitId] = await makeUnits(store(), 'PA4');
      const person = await registerPerson(store(), unitId!, 'pa4', 'Anh Dũng');
      await store().revokeAssignment(person.assignments[0]!.id, NOW);
      await invite('PA4-AGAIN', unitId!);
      const result = await store().redeemInvite('PA4-AGAIN', { ...telegram('pa4'), displayName: 'Anh Dũng' }, LATER);
      if (!result.ok) throw new Error(result.reason);
      expect(result.person.assignments).toEqual([person.assignments[0]]);
      expect(await store().listAssignments({ unitIds: [unitId!] })).toMatchObject([{ personId: person.id, role: 'focal_point' }]);
    });
  });

  describe('listInvites and revokeInvite', () => {
    it('lists usable invites newest first, or all of them, optionally of some units', async () => {
      const [a, b] = await makeUnits(store(), 'PL1', 'PL2');
      await invite('PL1-OLD', a!);
      await invite('PL1-USED', a!);
      await invite('PL1-REVOKED', a!);
      await invite('PL1-EXPIRED', a!, { expiresAt: '2025-06-30T00:00:00.000Z' });
      await invite('PL1-NEW', a!);
      await invite('PL2-ONE', b!);
      await store().redeemInvite('PL1-USED', { ...telegram('pl1'), displayName: 'A' }, NOW);
      await store().revokeInvite(await idOf('PL1-REVOKED'), NOW);
      const byHash = new Map(['PL1-OLD', 'PL1-USED', 'PL1-REVOKED', 'PL1-EXPIRED', 'PL1-NEW', 'PL2-ONE'].map((c) => [hashInviteCode(c), c]));
      const codes = async (filter: Parameters<Store['listInvites']>[0]) => (await store().listInvites(filter)).map((i) => byHash.get(i.codeHash) ?? i.codeHash);
      expect(await codes({ unitIds: [a!], now: NOW })).toEqual(['PL1-NEW', 'PL1-OLD']);
      expect(await codes({ unitIds: [a!], all: true, now: NOW })).toEqual(['PL1-NEW', 'PL1-EXPIRED', 'PL1-REVOKED', 'PL1-USED', 'PL1-OLD']);
      expect(await codes({ unitIds: [a!, b!], now: NOW })).toEqual(['PL2-ONE', 'PL1-NEW', 'PL1-OLD']);
      expect(await codes({ unitIds: [a!], now: new Date(NEXT_WEEK) })).toEqual([]);
      expect(await codes({ unitIds: [], all: true, now: NOW })).toEqual([]);
      expect(await codes({ now: NOW })).toEqual(expect.arrayContaining(['PL2-ONE', 'PL1-NEW', 'PL1-OLD']));
      const revoked = (await store().listInvites({ unitIds: [a!], all: true, now: NOW })).find((i) => i.codeHash === hashInviteCode('PL1-REVOKED'));
      expect(revoked?.revokedAt).toBe(NOW.toISOString());
    });

    it('revokes only a code that could still be used', async () => {
      const [unitId] = await makeUnits(store(), 'PL3');
      await invite('PL3-OPEN', unitId!);
      await invite('PL3-USED', unitId!);
      await invite('PL3-EXPIRED', unitId!, { expiresAt: '2025-06-30T00:00:00.000Z' });
      await store().redeemInvite('PL3-USED', { ...telegram('pl3'), displayName: 'A' }, NOW);
      const [open, used, expired] = [await idOf('PL3-OPEN'), await idOf('PL3-USED'), await idOf('PL3-EXPIRED')];
      expect(await store().revokeInvite(open, NOW)).toBe(true);
      expect(await store().revokeInvite(open, LATER)).toBe(false);
      expect(await store().revokeInvite(used, NOW)).toBe(false);
      expect(await store().revokeInvite(expired, NOW)).toBe(false);
      expect(await store().revokeInvite(999_999_999, NOW)).toBe(false);
      const all = await store().listInvites({ unitIds: [unitId!], all: true, now: NOW });
      expect(all.find((i) => i.id === open)?.revokedAt).toBe(NOW.toISOString());
      expect(all.find((i) => i.id === used)?.revokedAt).toBeNull();
    });
  });
}
