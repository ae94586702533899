import type { Clock } from '../../src/ports/clock.js';

/** A clock the test moves by hand. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
}

/** A clock standing at `iso` until the test advances it. */
export function manualClock(iso: string): ManualClock {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
  };
}
