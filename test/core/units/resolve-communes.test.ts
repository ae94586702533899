import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { type PlaceResolution, resolvePlace } from '../../../src/core/units/resolve-place.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const communes = national.units.filter((unit) => unit.structure === 'post2025' && unit.level === 'commune');

interface Outcome {
  /** Texts that named another unit, or nothing. */
  readonly wrong: string[];
  /** Texts listed among more than nine candidates (the commune may not be shown). */
  readonly crowded: string[];
}

function check(texts: (commune: Unit) => string): Outcome {
  const outcome: Outcome = { wrong: [], crowded: [] };
  for (const commune of communes) {
    const text = texts(commune);
    const result: PlaceResolution = resolvePlace(text, index);
    if (result.kind === 'found') {
      if (result.unit !== commune) outcome.wrong.push(text);
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
    // Shared by many provinces ("Xã Tân Thành"): the commune may be past the ninth candidate.
    expect(outcome.crowded.every((text) => text.startsWith('Xã ') || text.startsWith('Phường '))).toBe(true);
  });

  it('is named by "name, province": found, or listed among the few units that share its name there', () => {
    const outcome = check((commune) => `${commune.name}, ${index.provinceOf(commune).name}`);
    expect(outcome.wrong).toEqual([]);
    expect(outcome.crowded).toEqual([]);
  });
});
