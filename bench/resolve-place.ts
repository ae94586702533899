/**
 * Measures place resolution as a question meets it: the whole message parsed and its place
 * extracted (every run of words tried), each call timed on its own. Pure measurement; the caller prints.
 */
import { parseQuery } from '../src/core/query/parse-query.js';
import { SOFT_WORDS } from '../src/core/query/vocabulary.js';
import { findPlace } from '../src/core/units/find-place.js';
import type { UnitIndex } from '../src/core/units/unit-index.js';
import { percentiles } from './percentiles.js';

/** Latency percentiles of one resolution, in milliseconds. */
export interface ResolveTimings {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly samples: number;
}

function resolve(message: string, index: UnitIndex): void {
  findPlace(parseQuery(message).looseText, index, { prominence: true, soft: SOFT_WORDS });
}

/** Resolves each whole message `iterations` times (after one warm-up pass) and reports p50 and p99. */
export function benchResolvePlace(index: UnitIndex, messages: readonly string[], iterations: number): ResolveTimings {
  for (const message of messages) resolve(message, index);
  const samples: number[] = [];
  for (let round = 0; round < iterations; round++) {
    for (const message of messages) {
      const started = performance.now();
      resolve(message, index);
      samples.push(performance.now() - started);
    }
  }
  const { p50, p99 } = percentiles(samples);
  return { p50Ms: p50, p99Ms: p99, samples: samples.length };
}
