import { describe, expect, it } from 'vitest';
import { type ChildReports, childrenSumLine, sumChildren } from '../../../src/core/coverage/children-sum.js';
import type { Report } from '../../../src/core/types.js';
import { makeReport } from '../../support/answer-builders.js';

const ward = (...reports: Report[]): ChildReports => ({ level: 'commune', typeCode: 'ward', type: 'Phường', reports });
const latest = { kind: 'latest' } as const;

describe('sumChildren', () => {
  it('sums numerators and denominators of the children with both counts, saying how many of all', () => {
    const children = [
      ward(makeReport({ period: '2026-6M', counts: { bb: 1000, tn: 200, ld: 3000 } })),
      ward(makeReport({ period: '2026-6M', counts: { bb: 30, tn: 4, ld: 500 } })),
      ward(makeReport({ period: '2026-6M', counts: { bb: 700 } })),
      ward(),
      ward(),
      ward(),
    ];
    const sum = sumChildren(children, 'bhxh', latest);
    expect(sum).toMatchObject({ period: '2026-6M', reported: 2, children: 6, value: { numerator: 1234, denominator: 3500, percent: 35.26, fromCounts: true } });
    expect(childrenSumLine(sum!, 'vi')).toBe('Tổng hợp từ 2/6 phường có số liệu 6 tháng đầu năm 2026: 35,26% (1.234/3.500 lực lượng lao động trong độ tuổi)');
    expect(childrenSumLine(sum!, 'en')).toMatch(/^Sum of the 2\/6 wards with figures for first half of 2026: 35\.26% \(1,234\/3,500 /);
  });

  it('takes the most recent period children reported with counts, and only that period', () => {
    const children = [
      ward(makeReport({ period: '2025', asOf: null, counts: { bhyt: 900, ds: 1000 } })),
      ward(makeReport({ period: '2026-6M', counts: { bhyt: 50, ds: 100 } })),
    ];
    expect(sumChildren(children, 'bhyt', latest)).toMatchObject({ period: '2026-6M', reported: 1, value: { numerator: 50, denominator: 100, percent: 50 } });
  });

  it('takes the period asked when a child has counts for it', () => {
    const children = [
      ward(makeReport({ period: '2025', asOf: null, counts: { bhyt: 900, ds: 1000 } })),
      ward(makeReport({ period: '2026-6M', counts: { bhyt: 50, ds: 100 } })),
    ];
    expect(sumChildren(children, 'bhyt', { kind: 'code', code: '2025' })).toMatchObject({ period: '2025', reported: 1, value: { percent: 90 } });
  });

  it('counts only the newest version of a child’s period', () => {
    const children = [
      ward(
        makeReport({ period: '2026-6M', version: 1, counts: { bhyt: 10, ds: 100 } }),
        makeReport({ period: '2026-6M', version: 2, counts: { bhyt: 20, ds: 100 } }),
      ),
    ];
    expect(sumChildren(children, 'bhyt', latest)?.value.numerator).toBe(20);
  });

  it('never sums percentages: children with published rates and no counts give nothing', () => {
    const rate = { indicator: 'bhyt' as const, percent: 90, numerator: null, denominator: null, denominatorNote: null, basis: 'population' as const };
    const children = [ward(makeReport({ rates: [rate] })), ward(makeReport({ rates: [{ ...rate, percent: 80 }] }))];
    expect(sumChildren(children, 'bhyt', latest)).toBeNull();
  });

  it('is null when no child has both counts', () => {
    expect(sumChildren([ward(makeReport({ counts: { bb: 10, tn: 2 } })), ward()], 'bhxh', latest)).toBeNull();
    expect(sumChildren([], 'bhxh', latest)).toBeNull();
  });

  it('names a mix of types by their level', () => {
    const commune: ChildReports = { level: 'commune', typeCode: 'commune', type: 'Xã', reports: [makeReport({ counts: { bhyt: 1, ds: 2 } })] };
    const sum = sumChildren([commune, ward()], 'bhyt', latest);
    expect(childrenSumLine(sum!, 'vi')).toMatch(/^Tổng hợp từ 1\/2 đơn vị hành chính cấp xã có số liệu /);
  });
});
