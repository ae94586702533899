import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { TYPE_WORDS } from '../../../src/core/units/type-words.js';
import { unitOn } from '../../../src/core/units/unit-on.js';

const ward: Unit = {
  id: 1,
  structure: 'post2025',
  level: 'commune',
  code: '26368',
  name: 'Long Thành',
  fullName: 'Phường Long Thành',
  type: 'Phường',
  typeCode: 'ward',
  nameEn: 'Long Thanh',
  parentId: null,
  validFrom: '2025-07-01',
  validTo: null,
  typeChange: { on: '2026-04-30', type: 'Xã', typeCode: 'commune', fullName: 'Xã Long Thành' },
};
const word = (tokens: string) => TYPE_WORDS.find((t) => t.tokens.join(' ') === tokens);

describe('type words of a unit whose type changed', () => {
  it('accept its type and the one it had before ("xã Long Thành" still names it), not others', () => {
    expect(word('phuong')?.accepts(ward)).toBe(true);
    expect(word('xa')?.accepts(ward)).toBe(true);
    expect(word('thi tran')?.accepts(ward)).toBe(false);
  });
});

describe('unitOn', () => {
  it('gives the former type before the change, the current one from its day', () => {
    expect(unitOn(ward, '2026-04-29')).toMatchObject({ type: 'Xã', typeCode: 'commune', fullName: 'Xã Long Thành' });
    expect(unitOn(ward, '2026-04-30')).toBe(ward);
    const { typeChange: _, ...unchanged } = ward;
    expect(unitOn(unchanged, '2025-07-01')).toBe(unchanged);
  });
});
describe('the English type word "township"', () => {
  it('names a commune-level town, not a district-level one', () => {
    const township = { ...ward, typeCode: 'commune_level_town', type: 'Thị trấn', typeChange: undefined } as Unit;
    const town = { ...ward, level: 'district', typeCode: 'district_level_town', type: 'Thị xã', typeChange: undefined } as Unit;
    expect(word('township')?.accepts(township)).toBe(true);
    expect(word('township')?.accepts(town)).toBe(false);
  });
});
