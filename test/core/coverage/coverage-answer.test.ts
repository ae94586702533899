import { describe, expect, it } from 'vitest';
import { type CoverageAnswerInput, composeCoverageAnswer } from '../../../src/core/coverage/coverage-answer.js';
import { makeReport, makeTarget } from '../../support/answer-builders.js';
import { seedUnit } from '../../support/seed-facts.js';

const TODAY = '2025-08-01';
const latest = { kind: 'latest' } as const;

function answer(overrides: Partial<CoverageAnswerInput>): string {
  return composeCoverageAnswer({
    lang: 'vi',
    unitLabel: 'Tỉnh Bắc Kạn',
    indicator: null,
    period: latest,
    reports: [],
    targets: [],
    today: TODAY,
    ...overrides,
  });
}

describe('composeCoverageAnswer with the real seed facts', () => {
  const bacKan = seedUnit('06');
  const haiPhong = seedUnit('31');
  const giaLai = seedUnit('64');

  it('gives Bắc Kạn BHXH 9 months 2021 from its published counts: 31.455/202.418 → 15,54%', () => {
    const text = answer({ ...bacKan });
    expect(text).toContain('9 tháng đầu năm 2021 (số liệu đến 30/09/2021): 15,54% (31.455/202.418 lao động có việc làm)');
  });

  it("shows both 2021 targets labelled by kind and source, with a gap only to the one on the figure's basis", () => {
    const text = answer({ ...bacKan });
    expect(text).toContain(
      '- 16% (chỉ tiêu giao; Chỉ tiêu giao năm 2021, nêu trong tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021) — còn thiếu 0,46 điểm phần trăm',
    );
    expect(text).toContain(
      '- 35% lực lượng lao động trong độ tuổi (kế hoạch; Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND ngày 16/10/2018 ' +
        'của UBND tỉnh Bắc Kạn (thực hiện NQ 28-NQ/TW)) — không cùng cơ sở tính, không so sánh',
    );
    expect(text).not.toContain('19,46');
  });

  it('says how much of a target on the same basis is reached, as officials report it', () => {
    expect(answer({ ...bacKan })).toContain('— còn thiếu 0,46 điểm phần trăm (đạt 97,1% chỉ tiêu)');
    expect(answer({ ...bacKan, lang: 'en' })).toContain('— 0.46 percentage points short (97.1% of the target)');
  });

  it('lists the other indicators’ targets of the year asked when targets are asked with no indicator named', () => {
    const lines = answer({ ...haiPhong, period: { kind: 'code', code: '2025' }, wantsTarget: true }).split('\n');
    const at = lines.indexOf('Chỉ tiêu khác năm 2025:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4).map((l) => l.slice(0, l.indexOf(' (')))).toEqual([
      '- BHXH tự nguyện 2025: 3%',
      '- BHYT 2025: 95%',
      '- Hưởng lương hưu/trợ cấp 2025: 60%',
    ]);
    expect(answer({ ...haiPhong, period: { kind: 'code', code: '2025' } })).not.toContain('Chỉ tiêu khác');
  });

  it('gives every year’s target, the earliest first, when targets are asked with no year and there is no figure', () => {
    const lines = answer({ ...bacKan, indicator: 'bhxh_tn', wantsTarget: true }).split('\n');
    expect(lines.filter((l) => l.startsWith('Chỉ tiêu ')).map((l) => l.slice(0, l.indexOf(' (')))).toEqual([
      'Chỉ tiêu 2021: 1%',
      'Chỉ tiêu 2025: 2,5%',
      'Chỉ tiêu 2030: 5%',
    ]);
  });

  it('names the indicators asked beyond those answered', () => {
    const text = answer({ ...bacKan, indicator: 'bhxh', leftOut: ['huu', 'hai_long'] });
    expect(text).toContain('Mỗi lần tôi trả lời 1 chỉ tiêu; hãy hỏi riêng: Hưởng lương hưu/trợ cấp, Mức độ hài lòng.');
  });

  it('says honestly that the nine-month figure is below the year target', () => {
    expect(answer({ ...bacKan })).toContain('Tiến độ: đến 9 tháng đầu năm 2021 chưa đạt chỉ tiêu năm 2021 (còn thiếu 0,46 điểm phần trăm).');
  });

  it('answers a target asked for a year still ahead with that target first, that the year is ahead, then the latest figure', () => {
    const lines = answer({ ...bacKan, indicator: 'bhtn', period: { kind: 'code', code: '2030' }, wantsTarget: true }).split('\n');
    expect(lines.slice(1, 4)).toEqual([
      'Chỉ tiêu 2030: 45% (kế hoạch; Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND ngày 16/10/2018 của UBND tỉnh Bắc Kạn (thực hiện NQ 28-NQ/TW))',
      'Năm 2030 chưa tới.',
      'Số liệu gần nhất:',
    ]);
    expect(lines.filter((l) => l.includes('2030'))).toHaveLength(2);
  });

  it('says that no target is held for the year asked, not that a figure is missing, then the latest figure with its targets', () => {
    const lines = answer({ ...bacKan, indicator: 'bhyt', period: { kind: 'code', code: '2025' }, wantsTarget: true }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['Chưa có chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế cho năm 2025.', 'Số liệu gần nhất:']);
    expect(lines.join('\n')).toContain('Chỉ tiêu 2021: 97,5%');
    const none = answer({ unitLabel: 'Tỉnh Khánh Hòa', indicator: 'bhxh', period: { kind: 'code', code: '2025' }, wantsTarget: true, lang: 'en' });
    expect(none).toBe('No social insurance coverage target for 2025 recorded for Tỉnh Khánh Hòa.');
  });

  it('gives the difference of two indicators asked of one unit when their figures share period and basis', () => {
    const text = answer({ ...haiPhong, indicator: 'bhxh_bb', more: [{ indicator: 'bhxh_tn', period: latest }] });
    expect(text).toContain('Chênh lệch BHXH bắt buộc − BHXH tự nguyện (tháng 11/2023, cùng cơ sở tính): +43,48 điểm phần trăm.');
    // On different bases (BHXH of employed workers, BHYT of the population) there is no difference to give.
    expect(answer({ ...bacKan, indicator: 'bhxh', more: [{ indicator: 'bhyt', period: latest }] })).not.toContain('Chênh lệch');
  });

  it('gives the difference of two targets of the year asked when neither indicator has a figure, on one basis only', () => {
    const y2025 = { kind: 'code', code: '2025' } as const;
    const text = answer({ ...giaLai, indicator: 'bhxh', period: y2025, wantsTarget: true, more: [{ indicator: 'bhtn', period: y2025 }] });
    expect(text).toContain('Chênh lệch BHXH − BHTN (chỉ tiêu 2025, cùng cơ sở tính): +6,98 điểm phần trăm.');
    const english = answer({ ...giaLai, lang: 'en', indicator: 'bhxh', period: y2025, wantsTarget: true, more: [{ indicator: 'bhtn', period: y2025 }] });
    expect(english).toContain('(2025 targets, same basis): +6.98 percentage points.');
    // Bắc Kạn's BHXH and BHYT targets are shares of different bases.
    const bases = answer({ ...bacKan, indicator: 'bhxh', period: y2025, wantsTarget: true, more: [{ indicator: 'bhyt', period: y2025 }] });
    expect(bases).not.toContain('Chênh lệch');
  });

  it('names the source by its Vietnamese label, which carries its date', () => {
    expect(answer({ ...bacKan })).toContain('Nguồn: Tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021 (đánh giá 9 tháng năm 2021)\n');
  });

  it('adds one short line for each other indicator with data when the default is asked', () => {
    const text = answer({ ...bacKan });
    expect(text).toContain('- BHTN: 8,03% (chỉ tiêu giao 2021: 9%, còn thiếu 0,97 điểm phần trăm)');
    expect(text).toContain('- BHYT: 95% (chỉ tiêu giao 2021: 97,5%, còn thiếu 2,5 điểm phần trăm)');
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
    expect(text).toContain(
      '16% (assigned target; 2021 assigned target, quoted in a news item of Bắc Kạn Social Security, 22 Nov 2021) — 0.46 percentage points short',
    );
    expect(text).toContain(
      "35% of the working-age labour force (plan; Plan issued with Decision 1736/QĐ-UBND of the Bắc Kạn People's Committee, " +
        '16 Oct 2018 (implementing Resolution 28-NQ/TW)) — not on the same basis, not compared',
    );
    expect(text).toContain('Source: News item of Bắc Kạn Social Security, 22 Nov 2021 (nine-month review of 2021)');
  });

  it('gives Hải Phòng compulsory BHXH as published: 46% with no counts', () => {
    const text = answer({ ...haiPhong, unitLabel: 'Thành phố Hải Phòng', indicator: 'bhxh_bb' });
    expect(text).toContain('Tháng 11/2023 (số liệu đến 30/11/2023): 46%\n');
    expect(text).not.toMatch(/46% \(/);
    expect(text).toContain('Nguồn: Chỉ thị 31-CT/TU ngày 14/3/2024 của Ban Thường vụ Thành ủy Hải Phòng (số liệu đến hết tháng 11/2023)');
  });

  it('adds Hải Phòng compulsory and voluntary rates into BHXH, saying so, against the 2025 target', () => {
    const text = answer({ ...haiPhong, unitLabel: 'Thành phố Hải Phòng' });
    expect(text).toContain('48,52% (bắt buộc 46% + tự nguyện 2,52%)');
    expect(text).toContain(
      'Chỉ tiêu 2025: 55% (Nghị quyết Đại hội Đảng bộ; Mục tiêu đến năm 2025 theo Nghị quyết Đại hội Đảng bộ thành phố Hải Phòng lần thứ XVI, nêu tại Chỉ thị 31-CT/TU ngày 14/3/2024 của Ban Thường vụ Thành ủy) — còn thiếu 6,48 điểm phần trăm',
    );
    expect(text).toContain('- BHYT: 92,35%');
  });

  it('says when the period asked has no figure and gives the latest instead', () => {
    const text = answer({ ...haiPhong, unitLabel: 'Thành phố Hải Phòng', indicator: 'bhxh_bb', period: { kind: 'code', code: '2025' } });
    expect(text).toContain('Chưa có số liệu tỷ lệ tham gia BHXH bắt buộc cho năm 2025.\nSố liệu gần nhất:');
    expect(text).toContain('46%');
  });

  it('gives the targets of the year asked when that year has no figure but has targets', () => {
    const text = answer({ ...bacKan, unitLabel: 'Tỉnh Bắc Kạn', indicator: 'bhtn', period: { kind: 'code', code: '2030' } });
    expect(text).toContain('Chưa có số liệu tỷ lệ tham gia bảo hiểm thất nghiệp cho năm 2030.\nSố liệu gần nhất:');
    expect(text).toContain('8,03%');
    expect(text).toMatch(/Chỉ tiêu 2030: 45% lực lượng lao động trong độ tuổi/);
    // A year with neither figure nor target keeps the latest figure's targets only.
    const none = answer({ ...bacKan, unitLabel: 'Tỉnh Bắc Kạn', indicator: 'bhtn', period: { kind: 'code', code: '2024' } });
    expect(none).not.toContain('Chỉ tiêu 2030');
  });

  it('with no figure at all, says so and gives the known targets with their sources, and no hint to submit', () => {
    const text = answer({ ...giaLai, unitLabel: 'Tỉnh Gia Lai' });
    expect(text).toContain('Chưa có số liệu tỷ lệ bao phủ BHXH của Tỉnh Gia Lai.');
    expect(text).toContain('- BHXH 2025: 16,83% (kế hoạch; Kế hoạch 156/KH-UBND ngày 18/01/2023 của UBND tỉnh Gia Lai)');
    expect(text).toContain('- BHTN 2025: 9,85% (kế hoạch; Kế hoạch 156/KH-UBND ngày 18/01/2023 của UBND tỉnh Gia Lai)');
    expect(text).not.toContain('nop ');
  });

  it('ends with the submission hint it is given (for a focal point of the unit)', () => {
    const text = answer({ ...giaLai, unitLabel: 'Tỉnh Gia Lai', submitHint: 'HINT' });
    expect(text.split('\n').at(-1)).toBe('HINT');
  });

  it('limits the known targets to the year asked', () => {
    const text = answer({ ...giaLai, lang: 'en', unitLabel: 'Gia Lai Province', indicator: 'bhtn', period: { kind: 'code', code: '2025' } });
    expect(text).toContain('No figure for unemployment insurance coverage of Gia Lai Province (2025).');
    expect(text).toContain("- Unemployment insurance 2025: 9.85% (plan; Plan 156/KH-UBND of the Gia Lai People's Committee, 18 Jan 2023)");
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

  it('never gives an as-of date after the day the figures were recorded', () => {
    const year = makeReport({ period: '2025', asOf: '2025-12-31', counts: { bb: 41200, tn: 3150, ld: 180000 }, createdAt: '2025-11-20T03:00:00Z' });
    const text = answer({ reports: [year], today: '2025-11-25' });
    expect(text).toContain('Năm 2025 (số liệu đến 20/11/2025): 24,64%');
    expect(text).not.toContain('31/12/2025');
  });

  it('compares with the same period of the year before', () => {
    const text = answer({ reports: [h1Before, h1] });
    expect(text).toContain('So với 6 tháng đầu năm 2024 (22,75%): +1,89 điểm phần trăm');
  });

  it('says the target is already reached when it is', () => {
    const text = answer({ reports: [h1], targets: [makeTarget({ year: 2025, percent: 24, kind: 'assigned' })] });
    expect(text).toContain('— đã đạt, vượt 0,64 điểm phần trăm');
    expect(text).toContain('Tiến độ: đến 6 tháng đầu năm 2025 đã đạt chỉ tiêu năm 2025.');
  });

  it('counts the months left in the year when the year is not over', () => {
    const text = answer({ reports: [h1], targets: [makeTarget({ year: 2025, percent: 30 })], today: '2025-07-10' });
    expect(text).toContain('Tiến độ: đến 6 tháng đầu năm 2025 chưa đạt chỉ tiêu năm 2025 (còn thiếu 5,36 điểm phần trăm, còn 6 tháng).');
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
  const giaLai = seedUnit('64');
  const haiPhong = seedUnit('31');
  const oldGiaLai = { label: 'Tỉnh Gia Lai (trước 1/7/2025)', ...giaLai };
  const oldHaiPhong = { label: 'Thành phố Hải Phòng (trước 1/7/2025)', ...haiPhong };
  const binhDinh2023 = makeReport({ period: '2023', asOf: null, counts: { bb: 80, tn: 10, ld: 1000 }, createdAt: '2024-01-10T00:00:00Z' });
  const binhDinh2024 = makeReport({ period: '2024', asOf: '2024-12-31', counts: { bb: 90, tn: 10, ld: 1000 } });
  const binhDinh = {
    label: 'Tỉnh Bình Định (trước 1/7/2025)',
    reports: [binhDinh2023, binhDinh2024],
    targets: [makeTarget({ year: 2025, percent: 12, kind: 'assigned', sourceDocument: '2025/QĐ-TTg', sourceDate: '2024-12-20' })],
  };

  it('opens with one short line naming the new unit and where its figures come from', () => {
    const text = answer({ unitLabel: 'Tỉnh Gia Lai', level: 'province', predecessorData: [oldGiaLai] });
    expect(text.split('\n')[0]).toBe('Tỉnh Gia Lai (từ 1/7/2025) chưa có số liệu riêng; số liệu của tỉnh, thành phố cũ hợp thành:');
    const en = answer({
      lang: 'en',
      unitLabel: 'Gia Lai Province',
      level: 'province',
      predecessorData: [{ ...oldGiaLai, label: 'Gia Lai Province (before 1 Jul 2025)' }],
    });
    expect(en.split('\n')[0]).toBe('Gia Lai Province (from 1 July 2025) has no figures of its own yet; figures of the province(s) it was formed from:');
  });

  it('names the old units that hold nothing, so that no figure shown passes for theirs', () => {
    const text = answer({
      unitLabel: 'Tỉnh Gia Lai',
      level: 'province',
      predecessorData: [oldGiaLai],
      predecessorsWithout: ['Tỉnh Bình Định (trước 1/7/2025)'],
    });
    expect(text).toContain('Chưa có số liệu của Tỉnh Bình Định (trước 1/7/2025).');
  });

  it('names the old units generically when the level is not given', () => {
    expect(answer({ unitLabel: 'Tỉnh Gia Lai', predecessorData: [oldGiaLai] })).toContain('số liệu của đơn vị cũ hợp thành:');
  });

  it('gives a predecessor target with its kind and its source document and date', () => {
    const text = answer({
      lang: 'en',
      unitLabel: 'Gia Lai Province',
      indicator: 'bhtn',
      period: { kind: 'code', code: '2025' },
      predecessorData: [{ ...oldGiaLai, label: 'Gia Lai Province (before 1 Jul 2025)' }],
    });
    expect(text).toContain("- Unemployment insurance 2025: 9.85% (plan; Plan 156/KH-UBND of the Gia Lai People's Committee, 18 Jan 2023)");
    expect(text).not.toContain('no figure (');
  });

  it('shows a predecessor figure with the same detail as a unit of its own: value, as-of, target with source, gap, source', () => {
    const text = answer({ unitLabel: 'Thành phố Hải Phòng', indicator: 'bhyt', predecessorData: [oldHaiPhong] });
    const own = answer({ unitLabel: 'Thành phố Hải Phòng (trước 1/7/2025)', indicator: 'bhyt', ...haiPhong });
    expect(text).toContain(own.split('\n').slice(0, -1).join('\n'));
    expect(text).toContain('Tỷ lệ bao phủ bảo hiểm y tế — Thành phố Hải Phòng (trước 1/7/2025)');
    expect(text).toContain('Tháng 11/2023 (số liệu đến 30/11/2023): 92,35%');
    expect(text).toContain(
      'Chỉ tiêu 2025: 95% (Nghị quyết Đại hội Đảng bộ; Mục tiêu đến năm 2025 theo Nghị quyết Đại hội Đảng bộ thành phố Hải Phòng lần thứ XVI, nêu tại Chỉ thị 31-CT/TU ngày 14/3/2024 của Ban Thường vụ Thành ủy) — còn thiếu 2,65 điểm phần trăm',
    );
    expect(text).toContain('Nguồn: Chỉ thị 31-CT/TU ngày 14/3/2024 của Ban Thường vụ Thành ủy Hải Phòng (số liệu đến hết tháng 11/2023)');
  });

  it('shows counts, trend and pace of a predecessor too, for each predecessor in turn', () => {
    const text = answer({ unitLabel: 'Tỉnh Gia Lai', predecessorData: [oldGiaLai, binhDinh] });
    expect(text).toContain('Chưa có số liệu tỷ lệ bao phủ BHXH của Tỉnh Gia Lai (trước 1/7/2025).');
    expect(text).toContain('- BHXH 2025: 16,83% (kế hoạch; Kế hoạch 156/KH-UBND ngày 18/01/2023 của UBND tỉnh Gia Lai)');
    expect(text).toContain(
      'Tỷ lệ bao phủ BHXH — Tỉnh Bình Định (trước 1/7/2025)\nNăm 2024 (số liệu đến 31/12/2024): 10% (100/1.000 lực lượng lao động trong độ tuổi)',
    );
    expect(text).toContain('Chỉ tiêu 2025: 12% (chỉ tiêu giao; 2025/QĐ-TTg, 20/12/2024) — còn thiếu 2 điểm phần trăm');
    expect(text).toContain('So với năm 2023 (9%): +1 điểm phần trăm');
    expect(text).toContain('Nguồn: Nguyễn Thị Lan gửi qua Zalo ngày 03/07/2025');
    expect(text).not.toContain('Đầu mối');
  });

  it('gives the other indicators of a predecessor briefly, as for any unit', () => {
    const text = answer({ lang: 'en', unitLabel: 'Hai Phong City', predecessorData: [{ ...oldHaiPhong, label: 'Hai Phong City (before 1 Jul 2025)' }] });
    expect(text).toContain('November 2023 (as of 30 Nov 2023): 48.52% (compulsory 46% + voluntary 2.52%)');
    expect(text).toContain(
      'Target 2025: 55% (Party Congress resolution; 2025 goal of the 16th Hải Phòng City Party Congress resolution, cited in Directive 31-CT/TU of the City Party Standing Committee, 14 Mar 2024) — 6.48 percentage points short',
    );
    expect(text).toContain('Source: Directive 31-CT/TU of the Hải Phòng City Party Standing Committee, 14 Mar 2024 (figures to end of Nov 2023)');
    expect(text).toContain('- Health insurance: 92.35% (Party Congress resolution 2025: 95%, 2.65 percentage points short)');
  });

  it('leads with its own figure when the new unit has one, then the old units under a header', () => {
    const mine = makeReport({ period: '2025-9M', asOf: '2025-09-30', counts: { bb: 120, tn: 20, ld: 1000 } });
    const text = answer({ unitLabel: 'Tỉnh Gia Lai', reports: [mine], predecessorData: [binhDinh] });
    expect(text.split('\n')[0]).toBe('Tỷ lệ bao phủ BHXH — Tỉnh Gia Lai');
    expect(text).toContain('Trước 1/7/2025:\nTỷ lệ bao phủ BHXH — Tỉnh Bình Định (trước 1/7/2025)');
    expect(text).not.toContain('chưa có số liệu riêng');
    expect(text).not.toContain('Đầu mối');
  });

  it("gives the new unit's own targets first when it has targets but no figure", () => {
    const own = [makeTarget({ year: 2026, percent: 20, sourceDocument: '12/KH-UBND', sourceDate: '2025-08-01' })];
    const text = answer({ unitLabel: 'Tỉnh Gia Lai', level: 'province', targets: own, predecessorData: [binhDinh] });
    expect(text).toContain('Chưa có số liệu tỷ lệ bao phủ BHXH của Tỉnh Gia Lai.\nChỉ tiêu đã biết:\n- BHXH 2026: 20% (kế hoạch; 12/KH-UBND, 01/08/2025)');
    expect(text).toContain('Số liệu của tỉnh, thành phố cũ hợp thành:\nTỷ lệ bao phủ BHXH — Tỉnh Bình Định');
  });
});

describe('composeCoverageAnswer when the question asks for a target', () => {
  const giaLai = seedUnit('64');
  /** Old Gia Lai's targets of `indicator` asked for `year`. */
  const targetOf = (indicator: 'bhxh' | 'bhtn', year: string) =>
    answer({ ...giaLai, unitLabel: 'Tỉnh Gia Lai (trước 1/7/2025)', indicator, period: { kind: 'code', code: year }, wantsTarget: true });

  it('leads with the target and its source, not with "no figure"', () => {
    expect(targetOf('bhxh', '2025').split('\n').slice(0, 3)).toEqual([
      'Tỷ lệ bao phủ BHXH — Tỉnh Gia Lai (trước 1/7/2025)',
      'Chỉ tiêu 2025: 16,83% (kế hoạch; Kế hoạch 156/KH-UBND ngày 18/01/2023 của UBND tỉnh Gia Lai)',
      'Chưa có số liệu thực hiện năm 2025.',
    ]);
  });

  it('says first that the year asked has no target, when it has none, before the targets of other years', () => {
    expect(targetOf('bhtn', '2027').split('\n').slice(0, 4)).toEqual([
      'Tỷ lệ tham gia bảo hiểm thất nghiệp — Tỉnh Gia Lai (trước 1/7/2025)',
      'Chưa có chỉ tiêu tỷ lệ tham gia bảo hiểm thất nghiệp cho năm 2027.',
      'Chỉ tiêu 2025: 9,85% (kế hoạch; Kế hoạch 156/KH-UBND ngày 18/01/2023 của UBND tỉnh Gia Lai)',
      'Năm 2027 chưa tới.',
    ]);
  });

  it('does the same in English, for a predecessor of a new unit', () => {
    const text = answer({
      lang: 'en',
      unitLabel: 'Gia Lai Province',
      level: 'province',
      indicator: 'bhtn',
      period: { kind: 'code', code: '2025' },
      wantsTarget: true,
      predecessorData: [{ label: 'Gia Lai Province (before 1 Jul 2025)', ...giaLai }],
    });
    expect(text.split('\n').slice(1, 4)).toEqual([
      'Unemployment insurance coverage — Gia Lai Province (before 1 Jul 2025)',
      "Target 2025: 9.85% (plan; Plan 156/KH-UBND of the Gia Lai People's Committee, 18 Jan 2023)",
      'No actual figure yet for 2025.',
    ]);
  });

  it('lists later target years too, and every indicator when none was named', () => {
    const targets = [
      makeTarget({ year: 2025, percent: 20 }),
      makeTarget({ year: 2030, percent: 40 }),
      makeTarget({ indicator: 'bhyt', year: 2025, percent: 95 }),
    ];
    const one = answer({ indicator: 'bhxh', targets, wantsTarget: true });
    expect(one).toContain('Chỉ tiêu 2025: 20% (kế hoạch; 311/KH-UBND, 04/06/2021)\nChỉ tiêu 2030: 40%');
    const all = answer({ targets, wantsTarget: true });
    expect(all.split('\n')[0]).toBe('Chỉ tiêu đã biết của Tỉnh Bắc Kạn:');
    expect(all).toContain('- BHYT 2025: 95% (kế hoạch; 311/KH-UBND, 04/06/2021)');
    expect(all).toContain('Chưa có số liệu thực hiện.');
  });

  it('still says "no figure" first when targets were not asked for', () => {
    const text = answer({ ...giaLai, unitLabel: 'Tỉnh Gia Lai', indicator: 'bhxh' });
    expect(text.split('\n')[0]).toBe('Chưa có số liệu tỷ lệ bao phủ BHXH của Tỉnh Gia Lai.');
  });
});

describe('composeCoverageAnswer keeps every number sourced', () => {
  it("names the source of another indicator's figure when it comes from another report", () => {
    const main = makeReport({ counts: { bb: 41200, tn: 3150, ld: 180000 } });
    const other = makeReport({
      period: '2025-Q1',
      asOf: '2025-03-31',
      counts: { bhyt: 500000, ds: 560000 },
      source: { kind: 'document', document: '45/BC-BHXH', date: '2025-04-10', label: null, note: null, submittedBy: null, channel: null },
    });
    const text = answer({ reports: [main, other] });
    expect(text).toContain('- BHYT: 89,29% (Quý 1/2025; nguồn: 45/BC-BHXH, 10/04/2025)');
  });

  it("names a brief target's document when it differs from the figure's", () => {
    const report = makeReport({ counts: { bb: 41200, tn: 3150, ld: 180000, bhyt: 520000, ds: 560000 } });
    const targets = [makeTarget({ indicator: 'bhyt', percent: 95, sourceDocument: '156/KH-UBND' })];
    const text = answer({ lang: 'en', reports: [report], targets });
    expect(text).toContain('- Health insurance: 92.86% (plan 2025 (156/KH-UBND, 4 Jun 2021): 95%, 2.14 percentage points short)');
  });
});

describe('English replies', () => {
  const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]/iu;
  const bacKan = seedUnit('06');
  const haiPhong = seedUnit('31');
  const giaLai = seedUnit('64');
  // Names of places and document numbers stay as written, in any language.
  const docs = ['Bắc Kạn', 'Hải Phòng', 'QĐ-UBND', '156/KH-UBND'];
  const cases: [string, Partial<CoverageAnswerInput>][] = [
    ['Bắc Kạn', { ...bacKan, unitLabel: 'Bac Kan Province' }],
    ['Hải Phòng via its predecessor', { unitLabel: 'Hai Phong City', predecessorData: [{ label: 'Hai Phong City (before 1 Jul 2025)', ...haiPhong }] }],
    [
      'Gia Lai target',
      { unitLabel: 'Gia Lai Province', indicator: 'bhtn', wantsTarget: true, predecessorData: [{ label: 'Gia Lai Province (before 1 Jul 2025)', ...giaLai }] },
    ],
    ['submitted counts', { reports: [makeReport({ counts: { bb: 41200, tn: 3150, ld: 180000 } })], unitLabel: 'Tan Thanh Commune' }],
  ];

  it.each(cases)('%s: no Vietnamese words but names and documents, English number format', (_name, input) => {
    let text = answer({ ...input, lang: 'en' });
    for (const d of [...docs, 'Nguyễn Thị Lan']) text = text.split(d).join('');
    expect(text).not.toMatch(VIETNAMESE_LETTER);
    expect(text).not.toMatch(/\d\.\d{3}(?!\d)|\d,\d{1,2}(?!\d)/u);
  });

  it.each(cases)('%s in Vietnamese: Vietnamese number format', (_name, input) => {
    const text = answer({ ...input, lang: 'vi' });
    expect(text).not.toMatch(/\d,\d{3}(?!\d)|\d\.\d{1,2}%/u);
  });
});
