import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_COLUMNS, readFacts, targetKind } from '../../src/import/read-facts.js';
import { tempFile } from './temp-files.js';

const SEED = resolve(import.meta.dirname, '../../data/seed-facts.csv');

type FactColumn = (typeof FACT_COLUMNS)[number];
const BASE: Record<FactColumn, string> = {
  unit_structure: 'pre2025', unit_code: '06', indicator: 'bhxh', kind: 'actual', period: '2021-9M', as_of: '',
  value_percent: '15.54', numerator: '', denominator: '', denominator_note: '', source_document: 'Doc 1', source_date: '',
};
/** A facts line: the base row with some cells replaced. */
const row = (cells: Partial<Record<FactColumn, string>> = {}) => FACT_COLUMNS.map((c) => cells[c] ?? BASE[c]).join(',');
const factsFile = (...rows: string[]) => tempFile('facts.csv', [FACT_COLUMNS.join(','), ...rows]);

describe('readFacts on data/seed-facts.csv', () => {
  it('reads all 32 rows: 6 actual figures in 2 reports, and 26 targets', async () => {
    const { reports, targets } = await readFacts(SEED);
    expect(reports.flatMap((r) => r.rates)).toHaveLength(6);
    expect(reports).toHaveLength(2);
    expect(targets).toHaveLength(26);
  });

  it('merges the three rates of the Bắc Kạn news item on 2021-9M into one report', async () => {
    const { reports } = await readFacts(SEED);
    const bacKan = reports.find((r) => r.unit.code === '06');
    expect(bacKan).toMatchObject({
      unit: { structure: 'pre2025', level: 'province', code: '06' }, period: '2021-9M',
      periodStart: '2021-01-01', periodEnd: '2021-09-30', asOf: '2021-09-30',
      sourceDocument: 'BHXH tỉnh Bắc Kạn news item', sourceDate: '2021-11-22', counts: {},
    });
    expect(bacKan?.rates).toEqual([
      { indicator: 'bhxh', percent: 15.54, numerator: 31455, denominator: 202418, denominatorNote: 'employed workers (lao động có việc làm)' },
      { indicator: 'bhtn', percent: 8.03, numerator: null, denominator: null, denominatorNote: 'employed workers (lao động có việc làm)' },
      { indicator: 'bhyt', percent: 95, numerator: null, denominator: null, denominatorNote: 'population' },
    ]);
  });

  it('gives a month its calendar days (Hải Phòng, 2023-11)', async () => {
    const { reports } = await readFacts(SEED);
    expect(reports.find((r) => r.unit.code === '31')).toMatchObject({ period: '2023-11', periodStart: '2023-11-01', periodEnd: '2023-11-30' });
  });

  it('reads the assigned targets quoted in the news item as assigned, plans as plans', async () => {
    const { targets } = await readFacts(SEED);
    const assigned = targets.filter((t) => t.kind === 'assigned').map((t) => `${t.unit.code} ${t.indicator} ${t.year} ${t.percent}`);
    expect(assigned).toEqual(['06 bhxh 2021 16', '06 bhtn 2021 9', '06 bhyt 2021 97.5']);
    expect(targets.filter((t) => t.kind === 'plan')).toHaveLength(23);
    expect(targets[0]).toEqual({
      unit: { structure: 'pre2025', level: 'province', code: '64' }, indicator: 'bhxh', year: 2023, percent: 14.83,
      kind: 'plan', sourceDocument: '156/KH-UBND', sourceDate: '2023-01-18', note: null,
    });
  });
});

describe('readFacts periods and units', () => {
  it.each([
    ['2025-6M', '2025-01-01', '2025-06-30'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025', '2025-01-01', '2025-12-31'],
  ])('spans %s from %s to %s', async (period, start, end) => {
    const { reports } = await readFacts(factsFile(row({ period })));
    expect(reports[0]).toMatchObject({ period, periodStart: start, periodEnd: end });
  });

  it.each([['06', 'province'], ['412', 'district'], ['16681', 'commune']])('reads code %s as a %s', async (code, level) => {
    const { reports } = await readFacts(factsFile(row({ unit_code: code })));
    expect(reports[0]?.unit).toEqual({ structure: 'pre2025', level, code });
  });

  it('accepts an as-of date without a period', async () => {
    const { reports } = await readFacts(factsFile(row({ period: '', as_of: '2024-05-31' })));
    expect(reports[0]).toMatchObject({ period: null, periodStart: null, periodEnd: null, asOf: '2024-05-31' });
  });

  it('keeps figures of different documents or periods in separate reports', async () => {
    const { reports } = await readFacts(factsFile(row(), row({ source_document: 'Doc 2' }), row({ period: '2021-6M' })));
    expect(reports).toHaveLength(3);
  });
});

describe('targetKind', () => {
  it('reads "assigned" or "giao" in the source as an assigned target, anything else as a plan', () => {
    expect(targetKind('assigned 2021 target quoted in BHXH tỉnh Bắc Kạn news item')).toBe('assigned');
    expect(targetKind('Chỉ tiêu được giao năm 2025')).toBe('assigned');
    expect(targetKind('156/KH-UBND')).toBe('plan');
    expect(targetKind('1736/QĐ-UBND (plan for NQ 28-NQ/TW)')).toBe('plan');
  });
});

describe('readFacts on bad rows', () => {
  it.each<[Partial<Record<FactColumn, string>>, string]>([
    [{ indicator: 'bhxx' }, 'line 2: indicator: unknown indicator "bhxx"'],
    [{ value_percent: 'abc' }, 'line 2: value_percent: "abc" is not a percentage between 0 and 100'],
    [{ value_percent: '150' }, 'line 2: value_percent: "150" is not a percentage between 0 and 100'],
    [{ value_percent: '' }, 'line 2: value_percent: "" is not a percentage'],
    [{ numerator: '300', denominator: '200' }, 'line 2: numerator: 300 is larger than the denominator 200'],
    [{ numerator: '12.5' }, 'line 2: numerator: "12.5" is not a whole non-negative number'],
    [{ kind: 'forecast' }, 'line 2: kind: must be "actual" or "target", not "forecast"'],
    [{ unit_code: '6' }, 'line 2: unit_code: "6" is not a GSO code of 2, 3 or 5 digits'],
    [{ unit_structure: 'post2025', unit_code: '412' }, 'line 2: unit_code: "412" is a district code, but post2025 has no districts'],
    [{ unit_structure: '2025' }, 'line 2: unit_structure: must be pre2025 or post2025, not "2025"'],
    [{ period: '2021-13' }, 'line 2: period: "2021-13" is not a period code'],
    [{ period: '' }, 'line 2: period: an actual figure needs a period or an as_of date'],
    [{ as_of: '30/09/2021' }, 'line 2: as_of: "30/09/2021" is not a date (YYYY-MM-DD)'],
    [{ kind: 'target', period: '2021-9M' }, 'line 2: period: a target is for a year, not "2021-9M"'],
    [{ source_document: '' }, 'line 2: source_document: every figure needs its source'],
  ])('refuses %o', async (cells, message) => {
    await expect(readFacts(factsFile(row(cells)))).rejects.toThrow(`facts.csv, ${message}`);
  });

  it('names the line of the bad row, not the first', async () => {
    await expect(readFacts(factsFile(row(), row({ indicator: 'bhtn' }), row({ indicator: 'x' })))).rejects.toThrow('facts.csv, line 4: indicator');
  });

  it('accepts a decimal comma in a quoted percentage', async () => {
    const { reports } = await readFacts(factsFile(row({ value_percent: '"15,54"' })));
    expect(reports[0]?.rates[0]?.percent).toBe(15.54);
  });

  it('refuses the same indicator twice for one unit, period and source', async () => {
    await expect(readFacts(factsFile(row(), row()))).rejects.toThrow('line 3: indicator: bhxh is given twice for the same unit, period and source');
  });

  it('refuses the same target twice from one source', async () => {
    const target = row({ kind: 'target', period: '2025' });
    await expect(readFacts(factsFile(target, target))).rejects.toThrow('line 3: indicator: the 2025 bhxh target of this source is given twice');
  });

  it('names a missing column', async () => {
    const file = tempFile('facts.csv', ['unit_structure,unit_code,indicator', 'pre2025,06,bhxh']);
    await expect(readFacts(file)).rejects.toThrow(/\/facts\.csv: missing columns: kind, period, as_of, value_percent/);
  });
});
