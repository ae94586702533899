/**
 * Counts who reported for a period among the units expected to, on time or late, and lists the
 * units still missing with their focal points: the facts a completeness answer is made of.
 */

/** A unit expected to report, with its name in the reply language. */
export interface ExpectedUnit {
  readonly id: number;
  readonly name: string;
}

/** What is known of one active submission. */
export interface ReportedUnit {
  readonly unitId: number;
  /** Null when no schedule governed the period when it was recorded. */
  readonly onTime: boolean | null;
}

/** A unit that has not reported, with the names of its focal points (none when nobody is assigned). */
export interface MissingUnit {
  readonly name: string;
  readonly focalPoints: readonly string[];
}

/** Completeness of one period among the expected units. */
export interface Tally {
  readonly expected: number;
  readonly reported: number;
  readonly onTime: number;
  readonly late: number;
  /** Missing units, those with a focal point first (someone to chase), otherwise in the given order. */
  readonly missing: readonly MissingUnit[];
}

/**
 * Tallies submissions against the expected units. Submissions of other units are ignored, and a
 * unit counts once however many submissions it has.
 */
export function tallyCompleteness(
  expected: readonly ExpectedUnit[],
  reported: readonly ReportedUnit[],
  focalPoints: ReadonlyMap<number, readonly string[]>,
): Tally {
  const byUnit = new Map<number, ReportedUnit>();
  for (const r of reported) if (!byUnit.has(r.unitId)) byUnit.set(r.unitId, r);
  let onTime = 0;
  let late = 0;
  let count = 0;
  const missing: MissingUnit[] = [];
  for (const unit of expected) {
    const r = byUnit.get(unit.id);
    if (!r) {
      missing.push({ name: unit.name, focalPoints: focalPoints.get(unit.id) ?? [] });
      continue;
    }
    count += 1;
    if (r.onTime === true) onTime += 1;
    if (r.onTime === false) late += 1;
  }
  const withFocal = missing.filter((m) => m.focalPoints.length > 0);
  const without = missing.filter((m) => m.focalPoints.length === 0);
  return { expected: expected.length, reported: count, onTime, late, missing: [...withFocal, ...without] };
}
