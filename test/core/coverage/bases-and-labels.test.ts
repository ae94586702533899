import { describe, expect, it } from 'vitest';
import { type CoverageAnswerInput, composeCoverageAnswer } from '../../../src/core/coverage/coverage-answer.js';
import type { PublishedRate } from '../../../src/core/types.js';
import { makeReport, makeTarget } from '../../support/answer-builders.js';
import { seedUnit } from '../../support/seed-facts.js';

function answer(overrides: Partial<CoverageAnswerInput>): string {
  return composeCoverageAnswer({
    lang: 'vi',
    unitLabel: 'Tỉnh Bắc Kạn',
    indicator: null,
    period: { kind: 'latest' },
    reports: [],
    targets: [],
    today: '2025-08-01',
    ...overrides,
  });
}

/** A report publishing one BHXH rate, without counts, on the given basis. */
function published(basis: PublishedRate['basis'], percent = 15): ReturnType<typeof makeReport> {
  return makeReport({
    period: '2025-6M',
    rates: [{ indicator: 'bhxh', percent, numerator: null, denominator: null, denominatorNote: null, basis }],
    source: { kind: 'document', document: '12/BC-BHXH', date: '2025-07-10', label: null, note: null, submittedBy: null, channel: null },
  });
}

describe('composeCoverageAnswer compares a figure with a target only on the same basis', () => {
  it("gives the gap, the result and the pace against a target on the figure's basis", () => {
    const text = answer({ reports: [published('employed')], targets: [makeTarget({ basis: 'employed', percent: 16 })] });
    expect(text).toContain('Chỉ tiêu 2025: 16% (kế hoạch; 311/KH-UBND, 04/06/2021) — còn thiếu 1 điểm phần trăm');
    expect(text).toContain('Tiến độ: đến 6 tháng đầu năm 2025 chưa đạt chỉ tiêu năm 2025');
  });

  it('names both bases and gives no gap, result or pace against a target on another basis', () => {
    const text = answer({ reports: [published('employed')], targets: [makeTarget({ basis: 'labour_force', percent: 35 })] });
    expect(text).toContain(': 15% số lao động có việc làm\n');
    expect(text).toContain('Chỉ tiêu 2025: 35% lực lượng lao động trong độ tuổi (kế hoạch; 311/KH-UBND, 04/06/2021) — không cùng cơ sở tính, không so sánh');
    expect(text).not.toMatch(/còn thiếu|đã đạt|Tiến độ|Kết quả/);
    const en = answer({ lang: 'en', reports: [published('employed')], targets: [makeTarget({ basis: 'labour_force', percent: 35 })] });
    expect(en).toContain(': 15% of employed workers\n');
    expect(en).toContain('Target 2025: 35% of the working-age labour force (plan; 311/KH-UBND, 4 Jun 2021) — not on the same basis, not compared');
  });

  it("paces against the target on the figure's basis when the targets of a year are on two bases", () => {
    const targets = [makeTarget({ basis: 'labour_force', percent: 35 }), makeTarget({ basis: 'employed', percent: 14, kind: 'plan' })];
    const text = answer({ reports: [published('employed')], targets });
    expect(text).toContain('Tiến độ: đến 6 tháng đầu năm 2025 đã đạt chỉ tiêu năm 2025.');
  });

  it("does not compare when one side's basis is unknown, and compares as before when both are", () => {
    const oneUnknown = answer({ reports: [published(null)], targets: [makeTarget({ basis: 'labour_force', percent: 35 })] });
    expect(oneUnknown).toContain('— không cùng cơ sở tính, không so sánh');
    const bothUnknown = answer({ reports: [published(null)], targets: [makeTarget({ basis: null, percent: 35 })] });
    expect(bothUnknown).toContain('Chỉ tiêu 2025: 35% (kế hoạch; 311/KH-UBND, 04/06/2021) — còn thiếu 20 điểm phần trăm');
  });

  it("names the basis of a later year's target listed beside the figure, still without a gap", () => {
    const text = answer({ ...seedUnit('06'), indicator: 'bhxh', wantsTarget: true });
    expect(text).toContain(
      '\nChỉ tiêu 2025: 45% lực lượng lao động trong độ tuổi (kế hoạch; Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND ngày 16/10/2018 ' +
        'của UBND tỉnh Bắc Kạn (thực hiện NQ 28-NQ/TW))\nChỉ tiêu 2030: 60% lực lượng lao động trong độ tuổi (kế hoạch;',
    );
  });

  it('keeps the brief line of another indicator honest too', () => {
    const report = makeReport({ counts: { bb: 41200, tn: 3150, ld: 180000, bhyt: 520000, ds: 560000 } });
    const text = answer({ reports: [report], targets: [makeTarget({ indicator: 'bhyt', basis: 'labour_force', percent: 95 })] });
    expect(text).toContain(
      '- BHYT: 92,86% dân số (kế hoạch 2025 (311/KH-UBND, 04/06/2021): 95% lực lượng lao động trong độ tuổi, không cùng cơ sở tính, không so sánh)',
    );
  });
});

describe("composeCoverageAnswer labels targets and sources in the reply's language", () => {
  const bacKan = seedUnit('06');
  const haiPhong = seedUnit('31');

  it.each([
    ['vi', 'chỉ tiêu giao', 'kế hoạch', 'Nghị quyết Đại hội Đảng bộ'],
    ['en', 'assigned target', 'plan', 'Party Congress resolution'],
  ] as const)('names each kind of target in %s', (lang, assigned, plan, resolution) => {
    const text = answer({
      lang,
      reports: [],
      wantsTarget: true,
      indicator: 'bhxh',
      period: { kind: 'code', code: '2021' },
      targets: [makeTarget({ year: 2021, kind: 'assigned' }), makeTarget({ year: 2021, kind: 'plan' }), makeTarget({ year: 2021, kind: 'party_resolution' })],
    });
    expect(text).toContain(`20% (${assigned}; 311/KH-UBND`);
    expect(text).toContain(`20% (${plan}; 311/KH-UBND`);
    expect(text).toContain(`20% (${resolution}; 311/KH-UBND`);
  });

  it("never shows a source's English description in a Vietnamese reply, nor the Vietnamese one in an English reply", () => {
    const vi = [answer({ ...bacKan }), answer({ ...haiPhong, unitLabel: 'Thành phố Hải Phòng' })].join('\n');
    for (const raw of ['news item', 'assigned 2021 target', 'plan for NQ', 'Directive', 'Plan issued']) expect(vi).not.toContain(raw);
    const en = [answer({ ...bacKan, lang: 'en' }), answer({ ...haiPhong, lang: 'en' })].join('\n');
    for (const raw of ['Tin của', 'Chỉ tiêu giao năm', 'Kế hoạch ban hành', 'Mục tiêu đến năm']) expect(en).not.toContain(raw);
  });

  it('names the document and its date when a source has no label (a file of the older format)', () => {
    const text = answer({ reports: [published('labour_force')], targets: [makeTarget({ sourceDocument: '9/KH-UBND', sourceDate: null })] });
    expect(text).toContain('Nguồn: 12/BC-BHXH, 10/07/2025');
    expect(text).toContain('(kế hoạch; 9/KH-UBND)');
  });
});

describe('composeCoverageAnswer gives plan fulfilment as what it is', () => {
  const bacKan = seedUnit('06');
  const nineMonths = { kind: 'code', code: '2021-9M' } as const;

  it('answers compulsory BHXH of Bắc Kạn with its plan fulfilment and source, though it has no coverage figure', () => {
    const text = answer({ ...bacKan, indicator: 'bhxh_bb', period: nineMonths });
    expect(text).toContain(
      'Số người tham gia BHXH bắt buộc đạt 95,6% kế hoạch được giao, còn thiếu 4,4% kế hoạch (9 tháng đầu năm 2021; ' +
        'nguồn: Tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021 (đánh giá 9 tháng năm 2021))',
    );
    const en = answer({ ...bacKan, lang: 'en', indicator: 'bhxh_bb', period: nineMonths });
    expect(en).toContain('Compulsory participants reached 95.6% of the assigned plan, 4.4% of the plan to go (first nine months of 2021; source: News item of');
  });

  it('adds it under the BHTN figure of the same report, which already names the source', () => {
    const text = answer({ ...bacKan, indicator: 'bhtn', period: nineMonths });
    expect(text).toContain(
      'Nguồn: Tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021 (đánh giá 9 tháng năm 2021)\n' +
        'Số người tham gia BHTN đạt 95,4% kế hoạch được giao, còn thiếu 4,6% kế hoạch (9 tháng đầu năm 2021)',
    );
    expect(text).not.toContain('bắt buộc đạt');
    // Against its plan only, never against a coverage target in points.
    expect(text).not.toMatch(/95,4%[^\n]*điểm phần trăm/);
  });

  it('lists every plan fulfilment for the default question, and those of compulsory and voluntary BHXH for BHXH', () => {
    const all = answer({ ...bacKan });
    expect(all).toContain('Số người tham gia BHXH bắt buộc đạt 95,6% kế hoạch được giao, còn thiếu 4,4% kế hoạch (9 tháng đầu năm 2021)');
    expect(all).toContain('Số người tham gia BHTN đạt 95,4% kế hoạch được giao, còn thiếu 4,6% kế hoạch (9 tháng đầu năm 2021)');
    const bhxh = answer({ ...bacKan, indicator: 'bhxh' });
    expect(bhxh).toContain('Số người tham gia BHXH bắt buộc đạt 95,6%');
    expect(bhxh).not.toContain('BHTN đạt');
  });

  it('says a plan exceeded, and takes the newest version of a period', () => {
    const old = makeReport({ fulfilment: [{ indicator: 'bhtn', percent: 90, note: null }], version: 1 });
    const fixed = makeReport({ fulfilment: [{ indicator: 'bhtn', percent: 102.5, note: null }], version: 2 });
    const text = answer({ reports: [fixed, old], indicator: 'bhtn' });
    expect(text).toContain('Số người tham gia BHTN đạt 102,5% kế hoạch được giao, vượt 2,5% kế hoạch (6 tháng đầu năm 2025; nguồn: Nguyễn Thị Lan');
    expect(text).not.toContain('90%');
  });
});
