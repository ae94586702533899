/**
 * The Store contract for what figures and targets carry besides their percent: the basis of each
 * rate and target, bilingual source labels, target kinds and plan fulfilment.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnitRef } from '../../src/core/types.js';
import { seedFacts } from '../../src/import/seed.js';
import type { DocumentReportInput, FiguresStore, TargetInput } from '../../src/ports/figures-store.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { makeUnits } from './store-fixtures.js';

const province = (code: string): UnitRef => ({ structure: 'pre2025', level: 'province', code });

function newsItem(unit: UnitRef, overrides: Partial<DocumentReportInput> = {}): DocumentReportInput {
  return {
    unit,
    period: '2021-9M',
    periodStart: '2021-01-01',
    periodEnd: '2021-09-30',
    asOf: '2021-09-30',
    counts: {},
    rates: [{ indicator: 'bhtn', percent: 8.03, numerator: null, denominator: null, denominatorNote: 'employed workers', basis: 'employed' }],
    fulfilment: [
      { indicator: 'bhxh_bb', percent: 95.6, note: 'assigned plan for the number of compulsory participants' },
      { indicator: 'bhtn', percent: 95.4, note: null },
    ],
    sourceDocument: 'BHXH tỉnh Bắc Kạn news item',
    sourceDate: '2021-11-22',
    sourceLabel: { vi: 'Tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021', en: 'News item of Bắc Kạn Social Security, 22 Nov 2021' },
    sourceNote: null,
    ...overrides,
  };
}

function resolution(unit: UnitRef, overrides: Partial<TargetInput> = {}): TargetInput {
  return {
    unit,
    indicator: 'bhxh',
    year: 2025,
    percent: 55,
    basis: 'labour_force',
    kind: 'party_resolution',
    sourceDocument: 'Chỉ thị 31-CT/TU',
    sourceDate: '2024-03-14',
    label: { vi: 'Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI', en: '16th City Party Congress resolution' },
    note: null,
    ...overrides,
  };
}

/** Registers the facts part of the Store contract; `store` is read when each test runs. */
export function describeFactsContract(store: () => UnitStore & FiguresStore): void {
  describe('bases, labels and plan fulfilment', () => {
    it("returns each rate's basis, the plan fulfilment apart from the rates, and the source label", async () => {
      const [unitId] = await makeUnits(store(), 'BF1');
      await store().saveDocumentReport(newsItem(province('BF1')));
      const [report] = await store().findReports([unitId!]);
      expect(report?.rates).toEqual(newsItem(province('BF1')).rates);
      expect(report?.fulfilment).toEqual(newsItem(province('BF1')).fulfilment);
      expect(report?.source.label).toEqual(newsItem(province('BF1')).sourceLabel);
    });

    it('keeps an unknown basis and a missing label as null', async () => {
      const [unitId] = await makeUnits(store(), 'BF2');
      const rate = { indicator: 'bhxh' as const, percent: 20, numerator: null, denominator: null, denominatorNote: null, basis: null };
      await store().saveDocumentReport(newsItem(province('BF2'), { rates: [rate], fulfilment: [], sourceLabel: null }));
      const [report] = await store().findReports([unitId!]);
      expect(report).toMatchObject({ rates: [rate], fulfilment: [], source: { label: null } });
    });

    it('changes nothing for the same report again, and makes a new version when a basis, a fulfilment or the label changes', async () => {
      const [unitId] = await makeUnits(store(), 'BF3');
      const first = await store().saveDocumentReport(newsItem(province('BF3')));
      const reordered = newsItem(province('BF3'), { fulfilment: [...newsItem(province('BF3')).fulfilment].reverse() });
      expect(await store().saveDocumentReport(reordered)).toEqual({ created: false, reportId: first.reportId });
      const changes: Partial<DocumentReportInput>[] = [
        { rates: [{ ...newsItem(province('BF3')).rates[0]!, basis: 'labour_force' }] },
        { fulfilment: [{ indicator: 'bhxh_bb', percent: 101.5, note: null }] },
        { sourceLabel: { vi: 'Tin đã sửa', en: 'Corrected item' } },
      ];
      for (const change of changes) expect((await store().saveDocumentReport(newsItem(province('BF3'), change))).created).toBe(true);
      expect(await store().findReports([unitId!])).toMatchObject([{ version: 4, source: { label: { vi: 'Tin đã sửa' } } }]);
    });

    it("stores a target's basis, kind (a Party Congress resolution too) and label, and updates them by its key", async () => {
      const [unitId] = await makeUnits(store(), 'BF4');
      expect(await store().saveTarget(resolution(province('BF4')))).toEqual({ created: true });
      expect(await store().findTargets([unitId!])).toMatchObject([
        {
          basis: 'labour_force',
          kind: 'party_resolution',
          label: resolution(province('BF4')).label,
        },
      ]);
      expect(await store().saveTarget(resolution(province('BF4'), { basis: null, kind: 'plan', label: null }))).toEqual({ created: false });
      expect(await store().findTargets([unitId!])).toMatchObject([{ basis: null, kind: 'plan', label: null }]);
    });

    it('imports the seed facts a second time without a change', async () => {
      const ids = await makeUnits(store(), '06', '31', '64');
      const file = resolve(import.meta.dirname, '../../data/seed-facts.csv');
      expect(await seedFacts(store(), file)).toMatchObject({ reportsCreated: 2, targetsCreated: 27 });
      expect(await seedFacts(store(), file)).toMatchObject({ reportsCreated: 0, targetsCreated: 0 });
      const reports = await store().findReports(ids);
      expect(reports.map((r) => r.version)).toEqual([1, 1]);
      expect(reports.find((r) => r.unitId === ids[0])?.fulfilment.map((f) => `${f.indicator} ${f.percent}`)).toEqual(['bhxh_bb 95.6', 'bhtn 95.4']);
    });

    it('keeps targets of the electronic transactions indicator', async () => {
      const [unitId] = await makeUnits(store(), 'BF5');
      await store().saveTarget(resolution(province('BF5'), { indicator: 'gd_dien_tu', percent: 100, basis: 'transactions', kind: 'plan' }));
      expect(await store().findTargets([unitId!])).toMatchObject([{ indicator: 'gd_dien_tu', percent: 100, basis: 'transactions' }]);
    });
  });
}
