/**
 * The PlacePicks part of the Store contract: a person's pick among places of one name is kept per
 * person and name key, the latest pick wins, and one person's pick is never another's.
 */
import { describe, expect, it } from 'vitest';
import type { PeopleStore } from '../../src/ports/people-store.js';
import type { PlacePicks } from '../../src/ports/place-picks.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { makeUnits, registerPerson } from './store-fixtures.js';

/** Registers the PlacePicks tests; `store` gives the suite's store once it is open. */
export function describePlacePicksContract(store: () => UnitStore & PeopleStore & PlacePicks): void {
  describe('rememberPick and recallPick', () => {
    it('recalls nothing for a name the person never picked for', async () => {
      const [unitId] = await makeUnits(store(), 'PP1');
      const person = await registerPerson(store(), unitId!, 'pp1', 'Chị Hoa', 'official');
      expect(await store().recallPick(person.id, 'chau thanh')).toBeNull();
    });

    it('recalls the unit picked for the name', async () => {
      const [home, picked] = await makeUnits(store(), 'PP2', 'PP2-B');
      const person = await registerPerson(store(), home!, 'pp2', 'Anh Nam', 'official');
      await expect(store().rememberPick(person.id, 'chau thanh', picked!)).resolves.toBeUndefined();
      expect(await store().recallPick(person.id, 'chau thanh')).toBe(picked);
      expect(await store().recallPick(person.id, 'chau thanh tay ninh')).toBeNull();
    });

    it('keeps only the later of two picks for the same name', async () => {
      const [home, first, second] = await makeUnits(store(), 'PP3', 'PP3-B', 'PP3-C');
      const person = await registerPerson(store(), home!, 'pp3', 'Chị Mai', 'official');
      await store().rememberPick(person.id, 'chau thanh', first!);
      await store().rememberPick(person.id, 'chau thanh', second!);
      expect(await store().recallPick(person.id, 'chau thanh')).toBe(second);
    });

    it('keeps each person’s pick to that person', async () => {
      const [home, mine, theirs] = await makeUnits(store(), 'PP4', 'PP4-B', 'PP4-C');
      const me = await registerPerson(store(), home!, 'pp4-a', 'Anh Bình', 'official');
      const other = await registerPerson(store(), home!, 'pp4-b', 'Chị Thu', 'official');
      await store().rememberPick(me.id, 'chau thanh', mine!);
      expect(await store().recallPick(other.id, 'chau thanh')).toBeNull();
      await store().rememberPick(other.id, 'chau thanh', theirs!);
      expect(await store().recallPick(me.id, 'chau thanh')).toBe(mine);
      expect(await store().recallPick(other.id, 'chau thanh')).toBe(theirs);
    });

    it('rejects a pick by an unknown person or of an unknown unit, and keeps nothing', async () => {
      const [home] = await makeUnits(store(), 'PP5');
      const person = await registerPerson(store(), home!, 'pp5', 'Anh Hải', 'official');
      await expect(store().rememberPick(999_999, 'chau thanh', home!)).rejects.toThrow();
      await expect(store().rememberPick(person.id, 'chau thanh', 999_999)).rejects.toThrow();
      expect(await store().recallPick(person.id, 'chau thanh')).toBeNull();
    });
  });
}
