import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, type Schedule } from '../../../src/core/calendar/index.js';
import { type CompletenessAnswerInput, composeCompleteness, type ExpectedUnit, MAX_LISTED, tallyCompleteness } from '../../../src/core/completeness/index.js';

const sixMonth = DEFAULT_SCHEDULES[0] as Schedule;
const units = (n: number): ExpectedUnit[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `Xã ${i + 1}` }));

function makeInput(over: Partial<CompletenessAnswerInput> = {}): CompletenessAnswerInput {
  const expected = [{ id: 1, name: 'Phường Thành Vinh' }, { id: 2, name: 'Xã Nghi Lộc' }, ...units(128).map((u) => ({ ...u, id: u.id + 2 }))];
  const tally = tallyCompleteness(
    expected,
    [
      { unitId: 3, onTime: true },
      { unitId: 4, onTime: true },
      { unitId: 5, onTime: false },
    ],
    new Map([[1, ['Nguyễn Văn A']]]),
  );
  return {
    language: 'vi',
    schedule: sixMonth,
    period: '2025-6M',
    scope: 'Tỉnh Nghệ An',
    unitNoun: 'communes',
    due: '2025-07-05',
    today: '2025-07-10',
    tally,
    ...over,
  };
}

describe('tallyCompleteness', () => {
  it('counts each expected unit once, on time or late, and ignores other units', () => {
    const tally = tallyCompleteness(
      units(3),
      [
        { unitId: 1, onTime: true },
        { unitId: 1, onTime: true },
        { unitId: 2, onTime: null },
        { unitId: 99, onTime: true },
      ],
      new Map(),
    );
    expect(tally).toMatchObject({ expected: 3, reported: 2, onTime: 1, late: 0 });
    expect(tally.missing).toEqual([{ name: 'Xã 3', focalPoints: [] }]);
  });

  it('lists missing units with a focal point first, to be chased', () => {
    const tally = tallyCompleteness(units(3), [], new Map([[3, ['C']]]));
    expect(tally.missing.map((m) => m.name)).toEqual(['Xã 3', 'Xã 1', 'Xã 2']);
  });
});

describe('composeCompleteness', () => {
  it('says X of Y reported, on time and late, and the deadline, in Vietnamese', () => {
    const lines = composeCompleteness(makeInput()).split('\n');
    expect(lines[0]).toBe('Báo cáo 6 tháng đầu năm 2025 — Tỉnh Nghệ An: 3/130 xã, phường đã nộp (2 đúng hạn, 1 muộn). Hạn nộp: 05/07/2025 (đã qua).');
    expect(lines[1]).toBe('Chưa nộp (127):');
    expect(lines[2]).toBe('- Phường Thành Vinh — đầu mối: Nguyễn Văn A');
    expect(lines[3]).toBe('- Xã Nghi Lộc — chưa có đầu mối');
    expect(lines.at(-1)).toBe('… và 112 đơn vị khác (đều chưa có đầu mối).');
  });

  it('says the same in English', () => {
    const lines = composeCompleteness(makeInput({ language: 'en', scope: 'Nghe An Province' })).split('\n');
    expect(lines[0]).toBe(
      'Six-month report, first half of 2025 — Nghe An Province: 3 of 130 communes and wards reported (2 on time, 1 late). Due: 5 Jul 2025 (passed).',
    );
    expect(lines[1]).toBe('Not yet reported (127):');
    expect(lines[2]).toBe('- Phường Thành Vinh — focal point: Nguyễn Văn A');
    expect(lines.at(-1)).toBe('… and 112 more (none with a focal point).');
  });

  it(`lists at most ${MAX_LISTED} missing units, so that it fits a phone screen`, () => {
    const text = composeCompleteness(makeInput());
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_LISTED);
    expect(text.length).toBeLessThan(2000);
  });

  it('counts the days left before the deadline, and the deadline day itself', () => {
    expect(composeCompleteness(makeInput({ today: '2025-07-02' }))).toContain('Hạn nộp: 05/07/2025 (còn 3 ngày).');
    expect(composeCompleteness(makeInput({ today: '2025-07-05' }))).toContain('(hôm nay)');
    expect(composeCompleteness(makeInput({ language: 'en', today: '2025-07-04' }))).toContain('Due: 5 Jul 2025 (in 1 day).');
  });

  it('says when everyone has reported', () => {
    const tally = tallyCompleteness(
      units(2),
      [
        { unitId: 1, onTime: true },
        { unitId: 2, onTime: true },
      ],
      new Map(),
    );
    expect(composeCompleteness(makeInput({ tally, unitNoun: 'units' }))).toBe(
      'Báo cáo 6 tháng đầu năm 2025 — Tỉnh Nghệ An: 2/2 đơn vị đã nộp (2 đúng hạn). Hạn nộp: 05/07/2025 (đã qua).\nTất cả đã nộp.',
    );
  });

  it('names several focal points of one unit, and counts those beyond two', () => {
    const tally = tallyCompleteness(units(1), [], new Map([[1, ['A', 'B', 'C']]]));
    expect(composeCompleteness(makeInput({ tally }))).toContain('- Xã 1 — đầu mối: A, B +1');
  });

  it('leaves out the deadline and the split when no schedule governs the period', () => {
    const tally = tallyCompleteness(units(2), [{ unitId: 1, onTime: null }], new Map());
    const text = composeCompleteness(makeInput({ language: 'en', schedule: null, period: '2025-Q2', due: null, tally, unitNoun: 'units' }));
    expect(text.split('\n')[0]).toBe('Reports for Q2 2025 — Tỉnh Nghệ An: 1 of 2 units reported.');
  });

  it('says so when no unit is expected to report', () => {
    const tally = tallyCompleteness([], [], new Map());
    expect(composeCompleteness(makeInput({ tally, scope: 'Thành phố X' }))).toBe('Báo cáo 6 tháng đầu năm 2025 — Thành phố X: chưa có đơn vị nào phải nộp.');
  });
});
