import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { INVITE_ALPHABET, newInviteCode } from '../../../src/app/access/invites.js';
import { adminScope, canSubmitFor, isAdmin, isAnyAdmin, isRegistered, officialProvinces, readRole, submittableKeys } from '../../../src/app/access/roles.js';
import { readUnitArgument } from '../../../src/app/units/unit-argument.js';
import { loadUnitDirectory } from '../../../src/app/units/unit-directory.js';
import type { Role, Unit } from '../../../src/core/types.js';
import type { UnitIndex } from '../../../src/core/units/unit-index.js';
import { importUnitFolder } from '../../../src/import/seed.js';
import type { Person } from '../../../src/ports/people-store.js';

let index: UnitIndex;
beforeAll(async () => {
  const store = createMemoryStore();
  await importUnitFolder(store, resolve(import.meta.dirname, '../../../data/admin-units'));
  index = (await loadUnitDirectory(store)).current();
});

function unit(text: string): Unit {
  const found = readUnitArgument(text, index);
  if (found.kind !== 'found') throw new Error(`${text}: ${found.kind}`);
  return found.unit;
}

function makePerson(...roles: [Role, string][]): Person {
  return {
    id: 1,
    displayName: 'Chị Lan',
    language: null,
    assignments: roles.map(([role, place], i) => ({ id: i + 1, personId: 1, unitId: unit(place).id, role, createdAt: '2026-11-25T02:00:00Z' })),
  };
}

const speaker = (person: Person | null, localAdmin = false) => ({ person, localAdmin });

describe('canSubmitFor', () => {
  it('lets a focal point submit for their own unit and no other', () => {
    const lan = makePerson(['focal_point', 'Phường Thành Vinh']);
    expect(canSubmitFor(lan, unit('Phường Thành Vinh').id)).toBe(true);
    expect(canSubmitFor(lan, unit('Phường Trường Vinh').id)).toBe(false);
  });

  it('does not let an official or an admin submit for their unit', () => {
    expect(canSubmitFor(makePerson(['official', 'Phường Thành Vinh'], ['admin', 'Phường Thành Vinh']), unit('Phường Thành Vinh').id)).toBe(false);
    expect(canSubmitFor(null, unit('Phường Thành Vinh').id)).toBe(false);
  });

  it('lets the statistics office submit for its province', () => {
    const office = makePerson(['statistics', 'Tỉnh Nghệ An']);
    expect(canSubmitFor(office, unit('Tỉnh Nghệ An').id)).toBe(true);
    expect(canSubmitFor(office, unit('Phường Thành Vinh').id)).toBe(false);
  });
});

describe('submittableKeys', () => {
  it('gives a focal point every key, the statistics office the denominators, anyone else none', () => {
    const province = unit('Tỉnh Nghệ An').id;
    expect(submittableKeys(makePerson(['focal_point', 'Tỉnh Nghệ An']), province)).toEqual(['ld', 'ds', 'bb', 'tn', 'bhtn', 'bhyt', 'huu', 'sth']);
    expect(submittableKeys(makePerson(['statistics', 'Tỉnh Nghệ An']), province)).toEqual(['ld', 'ds', 'sth']);
    expect(submittableKeys(makePerson(['official', 'Tỉnh Nghệ An']), province)).toEqual([]);
  });

  it('gives someone holding both roles for a unit the wider', () => {
    const both = makePerson(['statistics', 'Tỉnh Nghệ An'], ['focal_point', 'Tỉnh Nghệ An']);
    expect(submittableKeys(both, unit('Tỉnh Nghệ An').id)).toContain('bb');
  });
});

describe('officialProvinces', () => {
  it('gives the provinces of an official’s and an admin’s units, once each, and none for a focal point', () => {
    const person = makePerson(['official', 'Phường Thành Vinh'], ['admin', 'Tỉnh Nghệ An'], ['official', 'Gia Lai'], ['focal_point', 'Hải Phòng']);
    expect(officialProvinces(person, index).map((p) => p.fullName)).toEqual(['Tỉnh Nghệ An', 'Tỉnh Gia Lai']);
    expect(officialProvinces(makePerson(['focal_point', 'Phường Thành Vinh']), index)).toEqual([]);
  });

  it('does not take the statistics office for an official', () => {
    expect(officialProvinces(makePerson(['statistics', 'Tỉnh Nghệ An']), index)).toEqual([]);
  });
});

describe('isAdmin', () => {
  it('covers the admin’s unit and every unit under it, not the units beside it', () => {
    const admin = speaker(makePerson(['admin', 'Tỉnh Nghệ An']));
    expect(isAdmin(admin, unit('Tỉnh Nghệ An'), index)).toBe(true);
    expect(isAdmin(admin, unit('Phường Thành Vinh'), index)).toBe(true);
    expect(isAdmin(admin, unit('Gia Lai'), index)).toBe(false);
    expect(adminScope(admin, index)).toContain(unit('Phường Cửa Lò').id);
  });

  it('gives the local administrator everything, and an official nothing', () => {
    expect(isAdmin(speaker(null, true), unit('Gia Lai'), index)).toBe(true);
    expect(adminScope(speaker(null, true), index)).toBe('all');
    expect(isAdmin(speaker(makePerson(['official', 'Tỉnh Nghệ An'])), unit('Phường Thành Vinh'), index)).toBe(false);
    expect(isAnyAdmin(speaker(makePerson(['official', 'Tỉnh Nghệ An'])))).toBe(false);
  });
});

describe('isRegistered', () => {
  it('needs a person with at least one role, or the local administrator', () => {
    expect(isRegistered(speaker(null))).toBe(false);
    expect(isRegistered(speaker(makePerson()))).toBe(false);
    expect(isRegistered(speaker(makePerson(['focal_point', 'Phường Thành Vinh'])))).toBe(true);
    expect(isRegistered(speaker(null, true))).toBe(true);
  });
});

describe('readRole', () => {
  it.each([
    ['focal_point', 'focal_point'],
    ['đầu mối', 'focal_point'],
    ['Dau Moi', 'focal_point'],
    ['official', 'official'],
    ['cán bộ', 'official'],
    ['can bo', 'official'],
    ['admin', 'admin'],
    ['quản trị', 'admin'],
    ['quan tri vien', 'admin'],
    ['statistics', 'statistics'],
    ['thống kê', 'statistics'],
    ['thong ke', 'statistics'],
    ['Cục Thống kê', 'statistics'],
    ['cuc thong ke', 'statistics'],
    ['cán bộ thống kê', 'statistics'],
    ['Chi cục Thống kê', 'statistics'],
  ])('reads "%s" as %s', (text, role) => {
    expect(readRole(text)).toBe(role);
  });

  it('reads anything else as no role', () => {
    expect(readRole('boss')).toBeNull();
  });
});

describe('readUnitArgument', () => {
  it('reads a bare code as the current unit, and a qualified code as the structure named', () => {
    expect(readUnitArgument('40', index)).toMatchObject({ kind: 'found', unit: { structure: 'post2025', name: 'Nghệ An' } });
    expect(readUnitArgument('412', index)).toMatchObject({ kind: 'found', unit: { structure: 'pre2025', fullName: 'Thành phố Vinh' } });
    expect(readUnitArgument('pre2025:40', index)).toMatchObject({ kind: 'found', unit: { structure: 'pre2025', name: 'Nghệ An' } });
    expect(readUnitArgument('post2025:412', index)).toMatchObject({ kind: 'unknown' });
  });

  it('lists the candidates of an ambiguous name', () => {
    const found = readUnitArgument('Châu Thành', index);
    expect(found.kind).toBe('ambiguous');
    expect(found.kind === 'ambiguous' && found.candidates.length).toBeGreaterThan(2);
  });
});

describe('newInviteCode', () => {
  it('makes eight characters from an alphabet without 0, O, 1, I or L', () => {
    for (let i = 0; i < 50; i++) expect(newInviteCode()).toMatch(new RegExp(`^[${INVITE_ALPHABET}]{8}$`));
    expect(INVITE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(newInviteCode(() => 0)).toBe('AAAAAAAA');
  });
});
