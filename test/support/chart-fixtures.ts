/** Figures and targets for the chart tests: a province's BHXH over four years and its plan. */
import type { Report, Target } from '../../src/core/types.js';

const SOURCE = {
  kind: 'document' as const,
  document: '156/BC-BHXH',
  date: '2024-12-31',
  label: { vi: 'Báo cáo 156/BC-BHXH của BHXH tỉnh Bắc Kạn', en: 'Report 156/BC-BHXH of Bac Kan social insurance' },
  note: null,
  submittedBy: null,
  channel: null,
};

/** One report of compulsory and voluntary participants and the labour force. */
export function report(id: number, period: string, asOf: string, bb: number, tn: number, ld: number, unitId = 1): Report {
  return { id, unitId, period, asOf, counts: { bb, tn, ld }, rates: [], fulfilment: [], source: SOURCE, version: 1, createdAt: '2026-01-01T00:00:00Z' };
}

/** A BHXH target on the labour force, unless another basis is given. */
export function target(id: number, year: number, percent: number, kind: Target['kind'], basis: Target['basis'] = 'labour_force', unitId = 1): Target {
  return {
    id,
    unitId,
    indicator: 'bhxh',
    year,
    percent,
    basis,
    kind,
    sourceDocument: '1736/QĐ-UBND',
    sourceDate: '2020-08-01',
    label: { vi: 'Kế hoạch 1736/QĐ-UBND của UBND tỉnh Bắc Kạn', en: 'Plan 1736/QĐ-UBND of the Bac Kan People’s Committee' },
    note: null,
  };
}

/** 15,54% (9T/2021), 16,75% (2022), 18,63% (6T/2023), 20,49% (2024). */
export const REPORTS: readonly Report[] = [
  report(1, '2021-9M', '2021-09-30', 28000, 3455, 202418),
  report(2, '2022', '2022-12-31', 30000, 4000, 203000),
  report(3, '2023-6M', '2023-06-30', 33000, 5000, 204000),
  report(4, '2024', '2024-12-31', 36000, 6000, 205000),
];

/** Plan 20% (2021), 25% (2025), 35% (2030); assigned 18% (2023). */
export const TARGETS: readonly Target[] = [
  target(1, 2021, 20, 'plan'),
  target(2, 2025, 25, 'plan'),
  target(3, 2023, 18, 'assigned'),
  target(4, 2030, 35, 'plan'),
];
