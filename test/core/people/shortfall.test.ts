import { describe, expect, it } from 'vitest';
import { peopleNeeded } from '../../../src/core/people/index.js';

describe('peopleNeeded', () => {
  it('rounds the people a target needs up: a share of a person does not count', () => {
    expect(peopleNeeded(12, 150_001, 17_000)).toEqual({ exact: 18_000.12, needed: 18_001, short: 1_001 });
  });

  it('works in hundredths of a percent, so an exact product is not rounded up', () => {
    expect(peopleNeeded(15, 200_000, 29_000).needed).toBe(30_000);
    expect(peopleNeeded(2.35, 1_000_000, 0).needed).toBe(23_500);
    expect(peopleNeeded(0.07, 100, 0)).toEqual({ exact: 0.07, needed: 1, short: 1 });
  });

  it('gives the margin, as a negative shortfall, once the target is reached', () => {
    expect(peopleNeeded(10, 50_000, 5_200).short).toBe(-200);
    expect(peopleNeeded(10, 50_000, 5_000).short).toBe(0);
  });
});
