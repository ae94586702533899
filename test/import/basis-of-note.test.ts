import { describe, expect, it } from 'vitest';
import { basisOfNote } from '../../src/import/basis-of-note.js';

describe('basisOfNote', () => {
  it.each([
    ['working-age labour force', 'labour_force'],
    ['lực lượng lao động trong độ tuổi', 'labour_force'],
    ['employed workers (lao động có việc làm)', 'employed'],
    ['population', 'population'],
    ['dân số', 'population'],
    ['people past retirement age', 'past_retirement_age'],
    ['transactions with the social-insurance agency', 'transactions'],
    ['assigned plan for the number of compulsory participants', 'plan_count'],
  ])('reads "%s" as %s', (note, basis) => {
    expect(basisOfNote(note)).toBe(basis);
  });

  it.each(['', 'lao động', 'employed share of the labour force', 'persons'])('knows no basis from "%s"', (note) => {
    expect(basisOfNote(note)).toBeNull();
  });
});
