/** Builders for answer tests: a report or target with sensible defaults and the fields a test cares about. */
import { indicatorDef } from '../../src/core/indicators/index.js';
import type { Report, Target } from '../../src/core/types.js';

let nextId = 1000;

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    id: nextId++,
    unitId: 1,
    period: '2025-6M',
    asOf: '2025-06-30',
    counts: {},
    rates: [],
    fulfilment: [],
    version: 1,
    createdAt: '2025-07-03T02:00:00Z',
    source: { kind: 'submission', document: null, date: null, label: null, note: null, submittedBy: 'Nguyễn Thị Lan', channel: 'zalo' },
    ...overrides,
  };
}

/** A target on the basis its indicator's counts give (the labour force for BHXH), unless overridden. */
export function makeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: nextId++,
    unitId: 1,
    indicator: 'bhxh',
    year: 2025,
    percent: 20,
    basis: indicatorDef(overrides.indicator ?? 'bhxh').basis,
    kind: 'plan',
    sourceDocument: '311/KH-UBND',
    sourceDate: '2021-06-04',
    label: null,
    note: null,
    ...overrides,
  };
}
