/**
 * Measures place resolution: every query resolved `iterations` times, each call timed on its own.
 * Pure measurement; the caller prints.
 */
import { resolvePlace } from '../src/core/units/resolve-place.js';
import type { UnitIndex } from '../src/core/units/unit-index.js';
import { percentiles } from './percentiles.js';

/** Latency percentiles of one resolution, in milliseconds. */
export interface ResolveTimings {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly samples: number;
}

/** Resolves each query `iterations` times (after one warm-up pass) and reports p50 and p99. */
export function benchResolvePlace(index: UnitIndex, queries: readonly string[], iterations: number): ResolveTimings {
  for (const query of queries) resolvePlace(query, index);
  const samples: number[] = [];
  for (let round = 0; round < iterations; round++) {
    for (const query of queries) {
      const started = performance.now();
      resolvePlace(query, index);
      samples.push(performance.now() - started);
    }
  }
  const { p50, p99 } = percentiles(samples);
  return { p50Ms: p50, p99Ms: p99, samples: samples.length };
}
