import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { resolvePlace, type PlaceResolution } from '../../../src/core/units/resolve-place.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const communes = national.units.filter((unit) => unit.structure === 'post2025' && unit.level === 'commune');

/**
 * New communes whose name ends in the name of an old district ("Nam Hà Lâm Hà", "Phường 2 Bảo
 * Lộc"): the tail reads as a qualifier naming the district of an old commune ("Xã Nam Hà" of
 * huyện Lâm Hà), and a qualifier matched by a real ancestor outranks the plain name, so the old
 * commune it came from is found. Listed so that any other unit found instead fails the test.
 */
const PREDECESSOR_FOUND = [
  'Phường 2 Bảo Lộc',
  'Phường 1 Bảo Lộc',
  'Xã Nam Hà Lâm Hà',
  'Xã Phú Sơn Lâm Hà',
  'Xã Phúc Thọ Lâm Hà',
  'Xã Tân Hà Lâm Hà',
  'Liên Sơn Lắk, Đắk Lắk',
  'Xuân Trường - Đà Lạt, Lâm Đồng',
  '2 Bảo Lộc, Lâm Đồng',
  '1 Bảo Lộc, Lâm Đồng',
  'Nam Ban Lâm Hà, Lâm Đồng',
  'Đinh Văn Lâm Hà, Lâm Đồng',
  'Nam Hà Lâm Hà, Lâm Đồng',
  'Phú Sơn Lâm Hà, Lâm Đồng',
  'Phúc Thọ Lâm Hà, Lâm Đồng',
  'Tân Hà Lâm Hà, Lâm Đồng',
];

interface Outcome {
  /** Texts that named another unit, or nothing. */
  readonly wrong: string[];
  /** Texts that found an old unit the commune came from. */
  readonly predecessor: string[];
  /** Texts listed among more than nine candidates (the commune may not be shown). */
  readonly crowded: string[];
}

function check(texts: (commune: Unit) => string): Outcome {
  const outcome: Outcome = { wrong: [], predecessor: [], crowded: [] };
  for (const commune of communes) {
    const text = texts(commune);
    const result: PlaceResolution = resolvePlace(text, index);
    if (result.kind === 'found') {
      if (result.unit === commune) continue;
      const fromIt = index.predecessorsOf(commune.id).some((linked) => linked.unit === result.unit);
      (fromIt ? outcome.predecessor : outcome.wrong).push(text);
    } else if (result.kind === 'ambiguous') {
      if (result.more) outcome.crowded.push(text);
      else if (!result.candidates.includes(commune)) outcome.wrong.push(text);
    } else {
      outcome.wrong.push(`${text} (${result.kind})`);
    }
  }
  return outcome;
}

describe('every post-2025 commune of the national set', () => {
  it('has 3,321 communes to check', () => {
    expect(communes).toHaveLength(3_321);
  });

  it('is named by its full name ("Phường Thành Vinh"): found, or listed, never another unit found', () => {
    const outcome = check((commune) => commune.fullName);
    expect(outcome.wrong).toEqual([]);
    expect(outcome.predecessor).toEqual(PREDECESSOR_FOUND.filter((text) => !text.includes(',')));
    // Shared by many provinces ("Xã Tân Thành"): the commune may be past the ninth candidate.
    expect(outcome.crowded.every((text) => text.startsWith('Xã ') || text.startsWith('Phường '))).toBe(true);
  });

  it('is named by "name, province": found, or listed among the few units that share its name there', () => {
    const outcome = check((commune) => `${commune.name}, ${index.provinceOf(commune).name}`);
    expect(outcome.wrong).toEqual([]);
    expect(outcome.crowded).toEqual([]);
    expect(outcome.predecessor).toEqual(PREDECESSOR_FOUND.filter((text) => text.includes(',')));
  });
});
