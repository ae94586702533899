import type { Clock } from '../../ports/clock.js';

/** A clock fixed at one instant (tests, benchmarks, dry runs). */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}
