import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_COLUMNS, OPTIONAL_FACT_COLUMNS, readFacts, targetKind } from '../../src/import/read-facts.js';
import { withoutNewerColumns } from './facts-files.js';
import { tempFile } from './temp-files.js';

const SEED = resolve(import.meta.dirname, '../../data/seed-facts.csv');

type FactColumn = (typeof FACT_COLUMNS)[number];
const BASE: Record<FactColumn, string> = {
  unit_structure: 'pre2025',
  unit_code: '06',
  indicator: 'bhxh',
  kind: 'actual',
  period: '2021-9M',
  as_of: '',
  value_percent: '15.54',
  numerator: '',
  denominator: '',
  denominator_note: '',
  source_document: 'Doc 1',
  source_date: '',
};
/** A facts line: the base row with some cells replaced. */
const row = (cells: Partial<Record<FactColumn, string>> = {}) => FACT_COLUMNS.map((c) => cells[c] ?? BASE[c]).join(',');
const factsFile = (...rows: string[]) => tempFile('facts.csv', [FACT_COLUMNS.join(','), ...rows]);

const ALL_COLUMNS = [...FACT_COLUMNS, ...OPTIONAL_FACT_COLUMNS] as const;
type AnyColumn = (typeof ALL_COLUMNS)[number];
const NEWER: Record<(typeof OPTIONAL_FACT_COLUMNS)[number], string> = { basis: 'employed', label_vi: 'Tin', label_en: 'News', target_kind: '' };
/** A line of the current format: the base row and newer columns with some cells replaced. */
const fullRow = (cells: Partial<Record<AnyColumn, string>> = {}) =>
  ALL_COLUMNS.map((c) => cells[c] ?? (c in BASE ? BASE[c as FactColumn] : NEWER[c as keyof typeof NEWER])).join(',');
const fullFile = (...rows: string[]) => tempFile('facts.csv', [ALL_COLUMNS.join(','), ...rows]);

describe('readFacts on data/seed-facts.csv', () => {
  it('reads all 35 rows: 6 actual figures and 2 plan fulfilments in 2 reports, and 27 targets', async () => {
    const { reports, targets } = await readFacts(SEED);
    expect(reports.flatMap((r) => r.rates)).toHaveLength(6);
    expect(reports.flatMap((r) => r.fulfilment)).toHaveLength(2);
    expect(reports).toHaveLength(2);
    expect(targets).toHaveLength(27);
  });

  it('merges the three rates and two plan fulfilments of the Bắc Kạn news item on 2021-9M into one report', async () => {
    const { reports } = await readFacts(SEED);
    const bacKan = reports.find((r) => r.unit.code === '06');
    expect(bacKan).toMatchObject({
      unit: { structure: 'pre2025', level: 'province', code: '06' },
      period: '2021-9M',
      periodStart: '2021-01-01',
      periodEnd: '2021-09-30',
      asOf: '2021-09-30',
      sourceDocument: 'BHXH tỉnh Bắc Kạn news item',
      sourceDate: '2021-11-22',
      counts: {},
      sourceLabel: {
        vi: 'Tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021 (đánh giá 9 tháng năm 2021)',
        en: 'News item of Bắc Kạn Social Security, 22 Nov 2021 (nine-month review of 2021)',
      },
    });
    const employed = 'employed workers (lao động có việc làm)';
    expect(bacKan?.rates).toEqual([
      { indicator: 'bhxh', percent: 15.54, numerator: 31455, denominator: 202418, denominatorNote: employed, basis: 'employed' },
      { indicator: 'bhtn', percent: 8.03, numerator: null, denominator: null, denominatorNote: employed, basis: 'employed' },
      { indicator: 'bhyt', percent: 95, numerator: null, denominator: null, denominatorNote: 'population', basis: 'population' },
    ]);
    expect(bacKan?.fulfilment).toEqual([
      { indicator: 'bhxh_bb', percent: 95.6, note: 'assigned plan for the number of compulsory participants' },
      { indicator: 'bhtn', percent: 95.4, note: 'assigned plan for the number of unemployment-insurance participants' },
    ]);
  });

  it("reads each target's basis, kind and bilingual label as the file gives them", async () => {
    const { targets } = await readFacts(SEED);
    const kinds = (kind: string) => targets.filter((t) => t.kind === kind).map((t) => `${t.unit.code} ${t.indicator} ${t.year}`);
    expect(kinds('party_resolution')).toEqual(['31 bhxh 2025', '31 bhxh_tn 2025', '31 huu 2025', '31 bhyt 2025']);
    expect(targets.find((t) => t.unit.code === '06' && t.indicator === 'bhxh' && t.year === 2021 && t.kind === 'plan')).toMatchObject({
      percent: 35,
      basis: 'labour_force',
      label: {
        vi: expect.stringMatching(/^Kế hoạch ban hành kèm QĐ 1736\/QĐ-UBND ngày 16\/10\/2018/),
        en: expect.stringMatching(/^Plan issued with Decision 1736/),
      },
    });
    expect(targets.every((t) => t.label !== null)).toBe(true);
  });

  it('reads the electronic transactions target of Bắc Kạn: 100% of transactions in 2021', async () => {
    const { targets } = await readFacts(SEED);
    expect(targets.filter((t) => t.indicator === 'gd_dien_tu')).toMatchObject([
      { unit: { code: '06' }, year: 2021, percent: 100, basis: 'transactions', kind: 'plan', sourceDocument: '1736/QĐ-UBND (plan for NQ 28-NQ/TW)' },
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
    expect(targets.filter((t) => t.kind === 'plan')).toHaveLength(20);
    expect(targets[0]).toEqual({
      unit: { structure: 'pre2025', level: 'province', code: '64' },
      indicator: 'bhxh',
      year: 2023,
      percent: 14.83,
      basis: 'none',
      kind: 'plan',
      sourceDocument: '156/KH-UBND',
      sourceDate: '2023-01-18',
      note: null,
      label: {
        vi: 'Kế hoạch 156/KH-UBND ngày 18/01/2023 của UBND tỉnh Gia Lai',
        en: "Plan 156/KH-UBND of the Gia Lai People's Committee, 18 Jan 2023",
      },
    });
  });
});

describe('readFacts on the 14-column format', () => {
  it('reads the seed facts without the four newer columns: bases where the note names them, kinds by the source, no labels', async () => {
    const full = await readFacts(SEED);
    const old = await readFacts(await withoutNewerColumns(SEED));
    expect(old.reports.map((r) => r.sourceLabel)).toEqual([null, null]);
    expect(old.targets.every((t) => t.label === null)).toBe(true);
    // The note says what the basis column says, except where the column says "none": unknown then.
    const bases = (set: typeof full) => [...set.reports.flatMap((r) => r.rates), ...set.targets].map((x) => x.basis ?? 'unknown');
    expect(bases(old)).toEqual(bases(full).map((b) => (b === 'none' ? 'unknown' : b)));
    expect(old.reports.flatMap((r) => r.fulfilment)).toEqual(full.reports.flatMap((r) => r.fulfilment));
    expect(old.targets.map((t) => t.kind)).toEqual(full.targets.map((t) => (t.kind === 'party_resolution' ? 'plan' : t.kind)));
  });

  it('leaves the basis unknown when the note is blank or names two', async () => {
    const { reports } = await readFacts(factsFile(row(), row({ indicator: 'bhtn', denominator_note: 'employed share of the labour force' })));
    expect(reports[0]?.rates.map((r) => r.basis)).toEqual([null, null]);
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

  it.each([
    ['06', 'province'],
    ['412', 'district'],
    ['16681', 'commune'],
  ])('reads code %s as a %s', async (code, level) => {
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

describe('readFacts on the newer columns', () => {
  it('takes the target kind from target_kind, and falls back on the source document when it is blank', async () => {
    const target = { kind: 'target', period: '2025', source_document: 'assigned in 01/NQ-CP' };
    const { targets } = await readFacts(fullFile(fullRow({ ...target, target_kind: 'party_resolution' }), fullRow({ ...target, indicator: 'bhtn' })));
    expect(targets.map((t) => t.kind)).toEqual(['party_resolution', 'assigned']);
  });

  it('puts plan fulfilment beside the coverage rate of the same indicator, on the plan_count basis, and lets a plan be exceeded', async () => {
    const { reports } = await readFacts(
      fullFile(fullRow(), fullRow({ kind: 'plan_fulfilment', basis: '', value_percent: '104.2', denominator_note: 'assigned plan' })),
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]?.rates).toMatchObject([{ indicator: 'bhxh', percent: 15.54, basis: 'employed' }]);
    expect(reports[0]?.fulfilment).toEqual([{ indicator: 'bhxh', percent: 104.2, note: 'assigned plan' }]);
  });

  it('labels a report by its actual figures, or by its first row when it has plan fulfilment only', async () => {
    const fulfilment = { kind: 'plan_fulfilment', basis: 'plan_count' };
    const mixed = await readFacts(fullFile(fullRow({ ...fulfilment, label_vi: 'Tin (95%)', label_en: 'News (95%)' }), fullRow()));
    expect(mixed.reports[0]?.sourceLabel).toEqual({ vi: 'Tin', en: 'News' });
    const alone = await readFacts(fullFile(fullRow({ ...fulfilment, label_vi: 'Tin (95%)', label_en: 'News (95%)' })));
    expect(alone.reports[0]?.sourceLabel).toEqual({ vi: 'Tin (95%)', en: 'News (95%)' });
  });

  it.each<[Partial<Record<AnyColumn, string>>, string]>([
    [{ basis: 'workers' }, 'line 2: basis: unknown basis "workers"'],
    [{ basis: 'plan_count' }, 'line 2: basis: plan_count is the basis of plan_fulfilment rows only'],
    [{ kind: 'plan_fulfilment', basis: 'employed' }, 'line 2: basis: plan fulfilment is a share of its plan (plan_count), not "employed"'],
    [{ kind: 'plan_fulfilment', basis: 'plan_count', numerator: '12' }, 'line 2: numerator: plan fulfilment is given as a percent only'],
    [{ kind: 'plan_fulfilment', basis: 'plan_count', value_percent: '1200' }, 'line 2: value_percent: "1200" is not a percentage between 0 and 999'],
    [{ target_kind: 'plan' }, 'line 2: target_kind: is for target rows only'],
    [{ kind: 'target', period: '2025', target_kind: 'decree' }, 'line 2: target_kind: must be plan, assigned, party_resolution, not "decree"'],
    [{ label_en: '' }, 'line 2: label_en: a label is given in both languages or in neither'],
    [{ label_vi: '' }, 'line 2: label_vi: a label is given in both languages or in neither'],
  ])('refuses %o', async (cells, message) => {
    await expect(readFacts(fullFile(fullRow(cells)))).rejects.toThrow(`facts.csv, ${message}`);
  });

  it('refuses two labels for one report, and the same plan fulfilment twice', async () => {
    await expect(readFacts(fullFile(fullRow(), fullRow({ indicator: 'bhtn', label_en: 'Other' })))).rejects.toThrow(
      'line 3: label_vi: the label differs from line 2, another figure of the same report',
    );
    const fulfilment = fullRow({ kind: 'plan_fulfilment', basis: 'plan_count' });
    await expect(readFacts(fullFile(fulfilment, fulfilment))).rejects.toThrow(
      'line 3: indicator: the plan fulfilment of bhxh is given twice for the same unit, period and source',
    );
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
    [{ kind: 'forecast' }, 'line 2: kind: must be "actual", "target" or "plan_fulfilment", not "forecast"'],
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
