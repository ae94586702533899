import { describe, expect, it } from 'vitest';
import { composeCoverageAnswer, type CoverageAnswerInput } from '../../../src/core/answer/index.js';
import { makeReport, makeTarget } from './builders.js';
import { seedUnit } from './seed-facts.js';

const TODAY = '2025-08-01';
const latest = { kind: 'latest' } as const;

function answer(overrides: Partial<CoverageAnswerInput>): string {
  return composeCoverageAnswer({
    lang: 'vi', unitLabel: 'Tỉnh Bắc Kạn', indicator: null, period: latest, reports: [], targets: [], today: TODAY, ...overrides,
  });
}

describe('composeCoverageAnswer with the real seed facts', () => {
  const bacKan = seedUnit('06');
  const haiPhong = seedUnit('31');
  const giaLai = seedUnit('64');

  it('gives Bắc Kạn BHXH 9 months 2021 from its published counts: 31.455/202.418 → 15,54%', () => {
    const text = answer({ ...bacKan });
    expect(text).toContain('9 tháng 2021 (số liệu đến 30/09/2021): 15,54% (31.455/202.418 lao động có việc làm)');
  });

  it('shows both 2021 targets, labelled, each with its source and the gap', () => {
    const text = answer({ ...bacKan });
    expect(text).toContain('16% (chỉ tiêu giao; assigned 2021 target quoted in BHXH tỉnh Bắc Kạn news item, 22/11/2021) — còn thiếu 0,46 điểm %');
    expect(text).toContain('35% (kế hoạch tỉnh; 1736/QĐ-UBND (plan for NQ 28-NQ/TW), 16/10/2018) — còn thiếu 19,46 điểm %');
  });

  it('says honestly that the nine-month figure is below the year target', () => {
    expect(answer({ ...bacKan })).toContain('Tiến độ: đến 9 tháng 2021 chưa đạt chỉ tiêu năm 2021 (còn thiếu 0,46 điểm %).');
  });

  it('names the source document and its date', () => {
    expect(answer({ ...bacKan })).toContain('Nguồn: BHXH tỉnh Bắc Kạn news item, 22/11/2021');
  });

  it('adds one short line for each other indicator with data when the default is asked', () => {
    const text = answer({ ...bacKan });
    expect(text).toContain('- BHTN: 8,03% (chỉ tiêu giao 2021: 9%, còn thiếu 0,97 điểm %)');
    expect(text).toContain('- BHYT: 95% (chỉ tiêu giao 2021: 97,5%, còn thiếu 2,5 điểm %)');
  });

  it('stays short enough for a phone, in plain text', () => {
    const text = answer({ ...bacKan });
    expect(text.length).toBeLessThan(1200);
    expect(text).not.toMatch(/[*_`#]/);
  });

  it('formats the same answer in English', () => {
    const text = answer({ ...bacKan, lang: 'en', unitLabel: 'Bac Kan Province' });
    expect(text).toContain('Social insurance coverage — Bac Kan Province');
    expect(text).toContain('First nine months of 2021 (as of 30 Sep 2021): 15.54% (31,455/202,418 employed workers)');
    expect(text).toContain('16% (assigned target; assigned 2021 target quoted in BHXH tỉnh Bắc Kạn news item, 22 Nov 2021) — 0.46 pp short');
    expect(text).toContain('35% (provincial plan; 1736/QĐ-UBND (plan for NQ 28-NQ/TW), 16 Oct 2018) — 19.46 pp short');
    expect(text).toContain('Source: BHXH tỉnh Bắc Kạn news item, 22 Nov 2021');
  });

  it('gives Hải Phòng compulsory BHXH as published: 46% with no counts', () => {
    const text = answer({ ...haiPhong, unitLabel: 'Thành phố Hải Phòng', indicator: 'bhxh_bb' });
    expect(text).toContain('Tháng 11/2023 (số liệu đến 30/11/2023): 46%\n');
    expect(text).not.toMatch(/46% \(/);
    expect(text).toContain('Nguồn: Chỉ thị 31-CT/TU, 14/03/2024');
  });

  it('adds Hải Phòng compulsory and voluntary rates into BHXH, saying so, against the 2025 target', () => {
    const text = answer({ ...haiPhong, unitLabel: 'Thành phố Hải Phòng' });
    expect(text).toContain('48,52% (bắt buộc 46% + tự nguyện 2,52%)');
    expect(text).toContain('Chỉ tiêu 2025: 55% (kế hoạch tỉnh; Chỉ thị 31-CT/TU, 14/03/2024) — còn thiếu 6,48 điểm %');
    expect(text).toContain('- BHYT: 92,35%');
  });

  it('says when the period asked has no figure and gives the latest instead', () => {
    const text = answer({ ...haiPhong, unitLabel: 'Thành phố Hải Phòng', indicator: 'bhxh_bb', period: { kind: 'code', code: '2025' } });
    expect(text).toContain('Chưa có số liệu tỷ lệ tham gia BHXH bắt buộc cho năm 2025.\nSố liệu gần nhất:');
    expect(text).toContain('46%');
  });

  it('with no figure at all, says so and gives the known targets with their sources and how to submit', () => {
    const text = answer({ ...giaLai, unitLabel: 'Tỉnh Gia Lai' });
    expect(text).toContain('Chưa có số liệu tỷ lệ bao phủ BHXH của Tỉnh Gia Lai.');
    expect(text).toContain('- BHXH 2025: 16,83% (kế hoạch tỉnh; 156/KH-UBND, 18/01/2023)');
    expect(text).toContain('- BHTN 2025: 9,85% (kế hoạch tỉnh; 156/KH-UBND, 18/01/2023)');
    expect(text).toContain('Đầu mối của đơn vị có thể gửi số liệu');
  });

  it('limits the known targets to the year asked', () => {
    const text = answer({ ...giaLai, lang: 'en', unitLabel: 'Gia Lai Province', indicator: 'bhtn', period: { kind: 'code', code: '2025' } });
    expect(text).toContain('No unemployment insurance coverage figure for Gia Lai Province (2025).');
    expect(text).toContain('- Unemployment insurance 2025: 9.85% (provincial plan; 156/KH-UBND, 18 Jan 2023)');
    expect(text).not.toContain('2023:');
  });
});

describe('composeCoverageAnswer with submitted counts', () => {
  const h1 = makeReport({ period: '2025-6M', asOf: '2025-06-30', counts: { bb: 41200, tn: 3150, ld: 180000 } });
  const h1Before = makeReport({ period: '2024-6M', asOf: '2024-06-30', counts: { bb: 38000, tn: 2500, ld: 178000 }, createdAt: '2024-07-02T00:00:00Z' });

  it('computes the rate from the counts and names who submitted it, when and by which channel', () => {
    const text = answer({ reports: [h1], unitLabel: 'Xã Tân Thành' });
    expect(text).toContain('6 tháng đầu năm 2025 (số liệu đến 30/06/2025): 24,64% (44.350/180.000 lực lượng lao động trong độ tuổi)');
    expect(text).toContain('Nguồn: Nguyễn Thị Lan gửi qua Zalo ngày 03/07/2025');
  });

  it('compares with the same period of the year before', () => {
    const text = answer({ reports: [h1Before, h1] });
    expect(text).toContain('So với 6 tháng đầu năm 2024 (22,75%): +1,89 điểm %');
  });

  it('says the target is already reached when it is', () => {
    const text = answer({ reports: [h1], targets: [makeTarget({ year: 2025, percent: 24, kind: 'assigned' })] });
    expect(text).toContain('— đã đạt, vượt 0,64 điểm %');
    expect(text).toContain('Tiến độ: đến 6 tháng đầu năm 2025 đã đạt chỉ tiêu năm 2025.');
  });

  it('counts the months left in the year when the year is not over', () => {
    const text = answer({ reports: [h1], targets: [makeTarget({ year: 2025, percent: 30 })], today: '2025-07-10' });
    expect(text).toContain('Tiến độ: đến 6 tháng đầu năm 2025 chưa đạt chỉ tiêu năm 2025 (còn thiếu 5,36 điểm %, còn 6 tháng).');
  });

  it('projects the trend to a later target year', () => {
    const text = answer({ reports: [h1Before, h1], targets: [makeTarget({ year: 2026, percent: 30 })], lang: 'en', unitLabel: 'X' });
    expect(text).toContain('At the current pace: not on track for the 2026 target (about 27.48% projected).');
  });

  it('lists later target years too when the question asks for targets', () => {
    const targets = [makeTarget({ year: 2025, percent: 25 }), makeTarget({ year: 2030, percent: 60 })];
    expect(answer({ reports: [h1], targets })).not.toContain('Chỉ tiêu 2030');
    expect(answer({ reports: [h1], targets, wantsTarget: true })).toContain('Chỉ tiêu 2030: 60%');
  });

  it('gives only the indicator asked for', () => {
    const report = makeReport({ counts: { bb: 41200, tn: 3150, ld: 180000, bhyt: 520000, ds: 560000 } });
    const text = answer({ reports: [report], indicator: 'bhyt' });
    expect(text).toContain('Tỷ lệ bao phủ bảo hiểm y tế');
    expect(text).toContain('92,86% (520.000/560.000 dân số)');
    expect(text).not.toContain('BHXH');
  });

  it('uses the newest version of a period', () => {
    const old = makeReport({ counts: { bb: 1, tn: 1, ld: 100 }, version: 1 });
    const fixed = makeReport({ counts: { bb: 10, tn: 10, ld: 100 }, version: 2 });
    expect(answer({ reports: [fixed, old] })).toContain(': 20% (20/100');
  });
});

describe('composeCoverageAnswer for a new unit with predecessors', () => {
  it('lists the old units formed into it with their figures and targets', () => {
    const giaLai = seedUnit('64');
    const text = answer({
      unitLabel: 'Tỉnh Gia Lai (từ 1/7/2025)',
      predecessorData: [
        { label: 'Tỉnh Gia Lai (trước 1/7/2025)', ...giaLai },
        { label: 'Tỉnh Bình Định (trước 1/7/2025)', reports: [makeReport({ period: '2024', asOf: '2024-12-31', counts: { bb: 90, tn: 10, ld: 1000 } })], targets: [] },
      ],
    });
    expect(text).toContain('Chưa có số liệu tỷ lệ bao phủ BHXH của Tỉnh Gia Lai (từ 1/7/2025).');
    expect(text).toContain('Trước 1/7/2025:');
    expect(text).toContain('- Tỉnh Gia Lai (trước 1/7/2025): chưa có số liệu (kế hoạch tỉnh 2025: 16,83%)');
    expect(text).toContain('- Tỉnh Bình Định (trước 1/7/2025): 10% (Năm 2024)');
  });
});
