/**
 * How many people a target asks for, and how many are still short: target × denominator, rounded up
 * (a share of a person does not count: 32.386,88 people needed is 32.387), less the participants.
 * Worked in whole hundredths of a percent, so that 15% of 200.000 is 30.000 and not 30.001.
 */

/** The people a target asks for, and the shortfall against the participants counted. */
export interface PeopleNeeded {
  /** target × denominator before rounding (32.386,88). */
  readonly exact: number;
  /** Rounded up: the people the target needs (32.387). */
  readonly needed: number;
  /** needed − participants: above 0 still short (932), 0 or below reached (by −short people). */
  readonly short: number;
}

/** The people needed for `targetPercent` of `denominator`, and the shortfall of `participants`. */
export function peopleNeeded(targetPercent: number, denominator: number, participants: number): PeopleNeeded {
  const hundredths = Math.round(targetPercent * 100);
  const product = hundredths * Math.round(denominator);
  const needed = Math.floor((product + 9_999) / 10_000);
  return { exact: product / 10_000, needed, short: needed - Math.round(participants) };
}
