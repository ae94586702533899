import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFacts, targetKind, FACT_COLUMNS } from '../../src/import/read-facts.js';

const SEED = resolve(import.meta.dirname, '../../data/seed-facts.csv');
const HEADER = `${FACT_COLUMNS.join(',')}\n`;

function factsFile(...rows: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'baophu-facts-')), 'facts.csv');
  writeFileSync(file, HEADER + rows.map((r) => `${r}\n`).join(''));
  return file;
}
// unit_structure,unit_code,indicator,kind,period,as_of,value_percent,numerator,denominator,denominator_note,source_document,source_date
const row = (over: Partial<Record<(typeof FACT_COLUMNS)[number], string>>) =>
  FACT_COLUMNS.map((c) => over[c] ?? { unit_structure: 'pre2025', unit_code: '06', indicator: 'bhxh', kind: 'actual', period: '2021-9M', value_percent: '15.54', source_document: 'Doc 1' }[c as string] ?? '').join(',');

describe('readFacts (seed-facts.csv)', () => {
  it('merges the rates a document published together into one report', async () => {
    const { reports } = await readFacts(SEED);
    const bacKan = reports.find((r) => r.unit.code === '06' && r.period === '2021-9M');
    expect(bacKan?.rates.map((r) => r.indicator)).toEqual(['bhxh', 'bhtn', 'bhyt']);
    expect(bacKan).toMatchObject({ periodStart: '2021-01-01', periodEnd: '2021-09-30', asOf: '2021-09-30', sourceDate: '2021-11-22' });
    expect(bacKan?.rates[0]).toMatchObject({ percent: 15.54, numerator: 31455, denominator: 202418 });
    expect(reports).toHaveLength(2);
  });

  it('reads every target and tells plans from assigned targets', async () => {
    const { targets } = await readFacts(SEED);
    expect(targets).toHaveLength(26);
    const bacKan2021 = targets.filter((t) => t.unit.code === '06' && t.indicator === 'bhxh' && t.year === 2021);
    expect(bacKan2021.map((t) => [t.percent, t.kind])).toEqual([[35, 'plan'], [16, 'assigned']]);
  });
});

describe('targetKind', () => {
  it('reads "assigned" and "giao" as assigned targets, anything else as a plan', () => {
    expect(targetKind('assigned 2021 target quoted in news')).toBe('assigned');
    expect(targetKind('chỉ tiêu giao 2025')).toBe('assigned');
    expect(targetKind('156/KH-UBND')).toBe('plan');
  });
});

describe('readFacts (bad rows)', () => {
  it.each([
    [{ indicator: 'bhxx' }, /line 2: indicator: unknown indicator "bhxx"/],
    [{ value_percent: '"15,5,4"' }, /line 2: value_percent: "15,5,4" is not a percentage/],
    [{ value_percent: '150' }, /value_percent: "150" is not a percentage between 0 and 100/],
    [{ numerator: '300', denominator: '200' }, /numerator: 300 is larger than the denominator 200/],
    [{ kind: 'forecast' }, /kind: must be "actual" or "target"/],
    [{ unit_code: '4' }, /unit_code: "4" is not a GSO code/],
    [{ unit_structure: '2025' }, /unit_structure: must be pre2025 or post2025/],
    [{ period: '2021-13' }, /period: "2021-13" is not a period code/],
    [{ kind: 'target', period: '2021-9M' }, /a target is for a year/],
    [{ source_document: '' }, /source_document: every figure needs its source/],
    [{ numerator: '12.5' }, /numerator: "12.5" is not a whole non-negative number/],
  ])('refuses %o', async (over, message) => {
    await expect(readFacts(factsFile(row(over)))).rejects.toThrow(message);
  });

  it('refuses the same indicator twice for one unit, period and source', async () => {
    await expect(readFacts(factsFile(row({}), row({})))).rejects.toThrow(/line 3: indicator: bhxh appears twice/);
  });
});
