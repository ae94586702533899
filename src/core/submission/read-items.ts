/** Reads the items of a submission as pairs, periods, unit words and problems, in message order. */
import type { CountKey, PeriodCode } from '../types.js';
import type { NumberReading } from './read-number.js';
import type { Item } from './scan-items.js';
import type { SubmissionProblem } from './types.js';
import { UnitRuns } from './unit-runs.js';
import { NUMBERED_PLACE_WORDS } from './vocabulary.js';

/** A known key and the number written after it. */
export interface Pair {
  readonly key: CountKey;
  readonly reading: NumberReading;
}

/** What the items of a message add up to, before the counts themselves are checked. */
export interface Reading {
  readonly pairs: Pair[];
  readonly problems: SubmissionProblem[];
  readonly periods: { readonly code: PeriodCode; readonly raw: string }[];
  readonly units: UnitRuns;
}

/** The number as it should be shown: plain digits with its sign when it could be read, else as typed. */
export function shown(reading: NumberReading): string {
  if (reading.digits === null) return reading.raw;
  return reading.negative && reading.digits !== '0' ? `-${reading.digits}` : reading.digits;
}

/** "phường 3", "Q.10": a unit type word and a short plain number, with nothing but a space or "." between. */
function isNumberedPlace(word: Item, next: Item | undefined, source: string): boolean {
  if (word.kind !== 'word' || next?.kind !== 'number' || !NUMBERED_PLACE_WORDS.has(word.folded)) return false;
  const gap = source.slice(word.end, next.start);
  return /^[ .]*$/.test(gap) && /^\d{1,3}$/.test(next.reading.raw);
}

/**
 * Pairs each key with the number after it and sorts everything else into periods, the unit's words
 * and problems: a key without a number, a number without a key, a word followed by a number.
 */
export function readItems(items: readonly Item[], source: string): Reading {
  const reading: Reading = { pairs: [], problems: [], periods: [], units: new UnitRuns() };
  for (let n = 0; n < items.length; n++) {
    const item = items[n] as Item;
    const next = items[n + 1];
    if (item.kind === 'key') {
      if (next?.kind === 'number') {
        reading.pairs.push({ key: item.key, reading: next.reading });
        n++;
      } else {
        reading.problems.push({ code: 'missing_number', key: item.key });
      }
    } else if (item.kind === 'number') {
      reading.problems.push({ code: 'unknown_key', value: shown(item.reading) });
    } else if (item.kind === 'period') {
      if (item.code === null) reading.problems.push({ code: 'bad_period', value: item.raw });
      else reading.periods.push({ code: item.code, raw: item.raw });
    } else if (next && isNumberedPlace(item, next, source)) {
      reading.units.add(n, n + 1, item.start, next.end);
      n++;
    } else if (next?.kind === 'number') {
      reading.problems.push({ code: 'unknown_key', key: item.text, value: shown(next.reading) });
      n++;
    } else {
      reading.units.add(n, n, item.start, item.end);
    }
  }
  return reading;
}
