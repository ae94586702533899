import { describe, expect, it } from 'vitest';
import { composePeopleAnswer, type PeopleAnswerInput, type PeopleQuestion, readPeopleQuestion } from '../../../src/core/people/index.js';
import type { IndicatorCode, Report } from '../../../src/core/types.js';
import { makeReport, makeTarget } from '../../support/answer-builders.js';
import { seedUnit } from '../../support/seed-facts.js';

const BAC_KAN = seedUnit('06');
const HAI_PHONG = seedUnit('31');
const GIA_LAI = seedUnit('64');

function question(kind: PeopleQuestion['kind'], more: Partial<PeopleQuestion> = {}): PeopleQuestion {
  return { kind, subject: 'participants', namedPercent: null, ...more };
}

function answer(overrides: Partial<PeopleAnswerInput> & Pick<PeopleAnswerInput, 'question'>): string {
  return composePeopleAnswer({
    lang: 'vi',
    indicators: [],
    period: { kind: 'latest' },
    unitLabel: 'Tỉnh Bắc Kạn (trước 1/7/2025)',
    level: 'province',
    own: { label: 'Tỉnh Bắc Kạn (trước 1/7/2025)', ...BAC_KAN },
    current: false,
    today: '2026-11-25',
    ...overrides,
  });
}

/** A report with BHYT counts, its source a document. */
function counted(period: string, counts: Report['counts'], indicator: IndicatorCode = 'bhyt'): Report {
  return makeReport({
    period,
    asOf: null,
    counts,
    rates: [{ indicator, percent: 0, numerator: null, denominator: null, denominatorNote: null, basis: indicator === 'bhyt' ? 'population' : 'labour_force' }],
    source: { kind: 'document', document: '45/BC-BHXH', date: '2025-01-15', label: null, note: null, submittedBy: null, channel: null },
  });
}

describe('composePeopleAnswer: counts', () => {
  it('leads with the participants and what they are counted against, with period and source', () => {
    const text = answer({ question: question('count') });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Số người tham gia BHXH — Tỉnh Bắc Kạn (trước 1/7/2025)',
      '9 tháng đầu năm 2021 (số liệu đến 30/09/2021): 31.455 người tham gia BHXH / 202.418 lao động có việc làm (15,54%)',
      'Nguồn: Tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021 (đánh giá 9 tháng năm 2021)',
    ]);
  });

  it('leads with the denominator when the question is about the workers, in English numbers in English', () => {
    const text = answer({ lang: 'en', question: question('count', { subject: 'labour' }), own: { label: 'Bac Kan Province', ...BAC_KAN } });
    expect(text).toContain(': 202,418 employed workers, of whom 31,455 social insurance participants (15.54%)');
    expect(text).toContain('Source: News item of Bắc Kạn Social Security');
    expect(text).toContain('No figure for the working-age labour force of Bac Kan Province; the count below is of employed workers.');
  });

  it('counts those not taking part as the denominator less the participants, with both and the rate', () => {
    const vi = answer({ question: question('count', { subject: 'uncovered' }) });
    expect(vi.split('\n').slice(0, 2)).toEqual([
      'Số người chưa tham gia BHXH — Tỉnh Bắc Kạn (trước 1/7/2025)',
      '9 tháng đầu năm 2021 (số liệu đến 30/09/2021): 170.963 lao động có việc làm chưa tham gia BHXH, chiếm 84,46% (202.418 − 31.455 người tham gia; tỷ lệ bao phủ 15,54%)',
    ]);
    const en = answer({ lang: 'en', question: question('count', { subject: 'uncovered' }), own: { label: 'Bac Kan Province', ...BAC_KAN } });
    expect(en).toContain(': 170,963 employed workers not covered by social insurance, 84.46% of them (202,418 − 31,455 participants; coverage 15.54%)');
  });

  it('says plainly that only a rate is held, and how to add the counts', () => {
    const text = answer({
      question: question('count', { subject: 'population' }),
      own: { label: 'Thành phố Hải Phòng (trước 1/7/2025)', ...HAI_PHONG },
      current: true,
    });
    expect(text).toContain('Số người tham gia BHYT — Thành phố Hải Phòng (trước 1/7/2025)');
    expect(text).toContain('Chưa có số liệu dân số của Thành phố Hải Phòng (trước 1/7/2025).');
    expect(text).toContain('Tháng 11/2023 (số liệu đến 30/11/2023): chỉ có tỷ lệ 92,35% dân số, chưa có số người');
    expect(text).toContain('Cách bổ sung số người: quản trị viên nạp tệp số liệu có tử số và mẫu số');
    expect(text).toContain('nop bhyt <số> ds <số>');
  });

  it('names the period asked when it has no figure, and gives the latest', () => {
    const text = answer({ question: question('count'), period: { kind: 'code', code: '2024' } });
    expect(text).toContain('Chưa có số liệu năm 2024; số liệu gần nhất:\n9 tháng đầu năm 2021');
  });

  it('shows the compulsory and voluntary counts of a BHXH total', () => {
    const report = counted('2024', { bb: 40_000, tn: 2_500, ld: 300_000 }, 'bhxh');
    const text = answer({ question: question('count'), own: { label: 'Tỉnh X', reports: [report], targets: [] } });
    expect(text).toContain('Năm 2024: 42.500 người tham gia BHXH / 300.000 lực lượng lao động trong độ tuổi (bắt buộc 40.000, tự nguyện 2.500; 14,17%)');
  });

  it('answers for the old units of a new one that has no figures of its own', () => {
    const text = answer({
      question: question('count'),
      indicators: ['bhxh_tn'],
      unitLabel: 'Thành phố Hải Phòng',
      own: { label: 'Thành phố Hải Phòng', reports: [], targets: [] },
      predecessors: [{ label: 'Thành phố Hải Phòng (trước 1/7/2025)', ...HAI_PHONG }],
    });
    expect(text).toMatch(/^Thành phố Hải Phòng \(từ 1\/7\/2025\) chưa có số liệu riêng/);
    expect(text).toContain('chỉ có tỷ lệ 2,52% lực lượng lao động trong độ tuổi, chưa có số người');
  });
});

describe('composePeopleAnswer: a dissolved unit with no figures of its own', () => {
  it('says what it became, as the coverage answer does', () => {
    const successors = ['Phường Lam Sơn', 'Phường Hồng Phong'].map((name) => ({ label: `${name}, Tỉnh Y`, reports: [], targets: [], part: 'full' as const }));
    const text = answer({
      question: question('count'),
      indicators: ['bhyt'],
      own: { label: 'Thị xã Z, Tỉnh Y (trước 1/7/2025)', reports: [], targets: [] },
      successors,
    });
    expect(text).toContain('Chưa có số liệu số người tham gia BHYT của Thị xã Z, Tỉnh Y (trước 1/7/2025).');
    expect(text).toContain('Đã sắp xếp từ 1/7/2025 vào: Phường Lam Sơn, Phường Hồng Phong.');
    expect(text).toContain('Các đơn vị mới chưa có số liệu.');
  });
});

describe('composePeopleAnswer: shortfall', () => {
  it('gives target × denominator rounded up, less the participants, in one line per target on the same basis', () => {
    const text = answer({ question: question('shortfall'), period: { kind: 'code', code: '2021' } });
    expect(text).toContain('Số người tham gia BHXH còn thiếu so với chỉ tiêu 2021 — Tỉnh Bắc Kạn (trước 1/7/2025)');
    expect(text).toContain(
      '16% × 202.418 = 32.386,88 → cần 32.387 người (làm tròn lên, không có phần lẻ của một người); còn thiếu 32.387 − 31.455 = 932 người',
    );
    // 35% of the working-age labour force cannot be applied to a count of employed workers.
    expect(text).toMatch(/- 35% lực lượng lao động trong độ tuổi \(kế hoạch; [^\n]+\): khác cơ sở tính/);
    expect(text).not.toMatch(/70\.8\d\d/);
    expect(text).toContain('Lưu ý: 9 tháng đầu năm 2021 là tiến độ đến thời điểm đó, so với chỉ tiêu cả năm 2021.');
    // The people still needed over the months left in the year, rounded up.
    expect(text).toContain('Còn 3 tháng đến hết năm 2021: bình quân mỗi tháng cần thêm 311 người (932 ÷ 3, làm tròn lên).');
  });

  it('uses only the target of the level named when one matches it', () => {
    const text = answer({ question: question('shortfall', { namedPercent: 16 }) });
    expect(text).toContain('932 người');
    expect(text).not.toContain('35%');
  });

  it('heads the answer with the year of the target of the level named', () => {
    const text = answer({ indicators: ['bhxh_tn'], question: question('shortfall', { namedPercent: 1 }) });
    expect(text.split('\n')[0]).toBe('Số người tham gia BHXH tự nguyện còn thiếu so với chỉ tiêu 2021 — Tỉnh Bắc Kạn (trước 1/7/2025)');
  });

  it("takes a level no target holds on the figure's basis, and says so", () => {
    const text = answer({ lang: 'en', question: question('shortfall', { namedPercent: 20 }), own: { label: 'Bac Kan Province', ...BAC_KAN } });
    expect(text).toContain('- the 20% in the question (taken as a share of employed workers, as the figure): 20% × 202,418 = 40,483.6 → 40,484 people needed');
    expect(text).toContain('40,484 − 31,455 = 9,029 more people needed');
  });

  it('says when the target is already reached, with the margin', () => {
    const own = {
      label: 'Tỉnh X',
      reports: [counted('2024', { bhyt: 930_000, ds: 1_000_000 })],
      targets: [makeTarget({ indicator: 'bhyt', year: 2024, percent: 92 })],
    };
    const text = answer({ question: question('shortfall'), indicators: ['bhyt'], own });
    expect(text).toContain('92% × 1.000.000 = 920.000 → cần 920.000 người (làm tròn lên); đã có 930.000: đã đạt, vượt 10.000 người');
    expect(text).not.toContain('Lưu ý');
  });

  it('gives no count for a figure of another year, nor without counts', () => {
    const hp = answer({ question: question('shortfall'), indicators: ['bhyt'], own: { label: 'Thành phố Hải Phòng (trước 1/7/2025)', ...HAI_PHONG } });
    expect(hp).toContain('Chưa có số liệu năm 2025; số liệu gần nhất:');
    expect(hp).toContain('còn thiếu 2,65 điểm phần trăm; số liệu tháng 11/2023 không cùng năm với chỉ tiêu, chưa tính số người còn thiếu');
    expect(hp).not.toMatch(/cần [\d.]+ người/);
  });

  it('says what is missing when there is no figure', () => {
    const text = answer({
      question: question('shortfall'),
      own: { label: 'Tỉnh Gia Lai (trước 1/7/2025)', ...GIA_LAI },
      period: { kind: 'code', code: '2025' },
    });
    expect(text).toContain('Chưa có số liệu thực hiện tỷ lệ bao phủ BHXH của Tỉnh Gia Lai (trước 1/7/2025) nên chưa tính được số người còn thiếu.');
    expect(text).toContain('- 16,83% (kế hoạch; Kế hoạch 156/KH-UBND');
    expect(text).toContain('quản trị viên nạp tệp số liệu');
  });
});

describe('composePeopleAnswer: reached or not', () => {
  it('says not reached so far for a part-year figure, in points and people, and not compared on another basis', () => {
    const text = answer({ question: question('reached'), indicators: ['bhtn'] });
    expect(text).toContain('9 tháng đầu năm 2021 (số liệu đến 30/09/2021): 8,03% số lao động có việc làm');
    expect(text).toMatch(/- 9% \(chỉ tiêu giao; [^\n]+\): đến 9 tháng đầu năm 2021 chưa đạt, còn thiếu 0,97 điểm phần trăm \(đạt 89,2% chỉ tiêu\)\n/);
    expect(text).toMatch(/- 28% lực lượng lao động trong độ tuổi \(kế hoạch; [^\n]+\): không cùng cơ sở tính, không so sánh/);
    expect(text).toContain('Số người tham gia BHTN đến 9 tháng đầu năm 2021 đạt 95,4% kế hoạch được giao: chưa đạt kế hoạch.');
  });

  it('takes a level named as the target of another year that holds it, with its source', () => {
    const text = answer({
      lang: 'en',
      question: question('reached', { namedPercent: 95 }),
      indicators: ['bhyt'],
      period: { kind: 'code', code: '2023-11' },
      own: { label: 'Hai Phong City', ...HAI_PHONG },
    });
    expect(text).toMatch(/- 95% \(Party Congress resolution; [^\n]+\): not reached as of November 2023, 2\.65 percentage points short/);
    expect(text).not.toContain('in the question');
  });

  it('says when the period asked holds none, then gives the latest', () => {
    const lines = answer({ question: question('fulfilment'), indicators: ['bhtn'], period: { kind: 'code', code: '2022' } }).split('\n');
    expect(lines.slice(1, 3)).toEqual([
      'Chưa có số liệu năm 2022; số liệu gần nhất:',
      expect.stringMatching(/^Số người tham gia BHTN đạt 95,4% kế hoạch được giao, còn thiếu 4,6% kế hoạch \(9 tháng đầu năm 2021/),
    ]);
  });

  it('answers from plan fulfilment, reached at 100%, when the indicator has no figure or target', () => {
    const text = answer({ question: question('reached'), indicators: ['bhxh_bb'] });
    expect(text).toMatch(
      /^Tỷ lệ tham gia BHXH bắt buộc — Tỉnh Bắc Kạn \(trước 1\/7\/2025\)\nSố người tham gia BHXH bắt buộc đến 9 tháng đầu năm 2021 đạt 95,6% kế hoạch được giao: chưa đạt kế hoạch \(nguồn: /,
    );
    expect(text).not.toContain('chưa thể nói');
  });

  it('adds the people short where the counts allow, in English', () => {
    const text = answer({ lang: 'en', question: question('reached'), indicators: ['bhxh'], own: { label: 'Bac Kan Province', ...BAC_KAN } });
    expect(text).toContain('not reached as of first nine months of 2021, 0.46 percentage points short (97.1% of the target), 932 people short');
  });

  it('says reached for a whole-year figure above the target', () => {
    const own = {
      label: 'Tỉnh X',
      reports: [counted('2024', { bhyt: 930_000, ds: 1_000_000 })],
      targets: [makeTarget({ indicator: 'bhyt', year: 2024, percent: 92 })],
    };
    expect(answer({ question: question('reached'), indicators: ['bhyt'], own })).toContain(': đã đạt, vượt 1 điểm phần trăm');
  });

  it('cannot say without a figure, and says how to add one', () => {
    const text = answer({ lang: 'en', question: question('reached'), own: { label: 'Gia Lai Province', ...GIA_LAI }, period: { kind: 'code', code: '2025' } });
    expect(text).toContain('No figure yet for social insurance coverage of Gia Lai Province, so whether the 2025 target was met cannot be said.');
    expect(text).toContain('- 16.83% (plan; Plan 156/KH-UBND of the Gia Lai People');
  });

  it("says when no target is recorded for the year, and judges the year's figure against the next target", () => {
    const hp = answer({ lang: 'en', question: question('reached'), indicators: ['bhxh_bb'], own: { label: 'Hai Phong City', ...HAI_PHONG } });
    expect(hp).toContain('November 2023 (as of 30 Nov 2023): 46%\nNo compulsory social insurance coverage target recorded.');
    const own = {
      label: 'Tỉnh X',
      reports: [counted('2024', { bhyt: 930_000, ds: 1_000_000 })],
      targets: [makeTarget({ indicator: 'bhyt', year: 2026, percent: 95 })],
    };
    const text = answer({ question: question('reached'), indicators: ['bhyt'], own, period: { kind: 'code', code: '2024' } });
    expect(text).toContain('Chưa có chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế cho năm 2024.\nSo với chỉ tiêu năm 2026 (chỉ tiêu kế tiếp):\n- 95% (kế hoạch;');
    expect(text).toContain(': đến năm 2024 chưa đạt, còn thiếu 2 điểm phần trăm (đạt 97,8% chỉ tiêu)');
  });

  it('judges against the last earlier target when the year asked has none ("năm nay đã đạt chưa")', () => {
    const own = { label: 'Thành phố Hải Phòng', ...HAI_PHONG };
    const text = answer({ question: question('reached'), indicators: ['bhyt'], own, period: { kind: 'code', code: '2026' } });
    expect(text).toContain('Chưa có chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế cho năm 2026.\nTheo chỉ tiêu gần nhất (năm 2025):\n- 95% (');
    expect(text).toContain(': đến tháng 11/2023 chưa đạt, còn thiếu 2,65 điểm phần trăm');
  });

  it('lists the other indicators briefly when none was named', () => {
    const text = answer({ question: question('reached') });
    expect(text).toContain('Chỉ số khác:');
    expect(text).toMatch(/- BHYT: 95% \(chỉ tiêu giao 2021: 97,5%, còn thiếu 2,5 điểm phần trăm\)/);
  });
});

describe('composePeopleAnswer: plan fulfilment', () => {
  it('gives the stored fulfilment of each indicator asked, as a count against its plan', () => {
    const text = answer({ question: question('fulfilment'), indicators: ['bhxh_bb', 'bhtn'] });
    expect(text.split('\n')[0]).toBe('Thực hiện kế hoạch được giao — Tỉnh Bắc Kạn (trước 1/7/2025)');
    expect(text).toContain('Số người tham gia BHXH bắt buộc đạt 95,6% kế hoạch được giao, còn thiếu 4,4% kế hoạch (9 tháng đầu năm 2021; nguồn:');
    expect(text).toContain('Số người tham gia BHTN đạt 95,4% kế hoạch được giao');
  });

  it('answers from plan fulfilment, reached at 100%, when the indicator has no figure or target', () => {
    const text = answer({ question: question('reached'), indicators: ['bhxh_bb'] });
    expect(text).toMatch(
      /^Tỷ lệ tham gia BHXH bắt buộc — Tỉnh Bắc Kạn \(trước 1\/7\/2025\)\nSố người tham gia BHXH bắt buộc đến 9 tháng đầu năm 2021 đạt 95,6% kế hoạch được giao: chưa đạt kế hoạch \(nguồn: /,
    );
    expect(text).not.toContain('chưa thể nói');
  });

  it('says none is held for the indicator asked, what is held, and how to add it', () => {
    const text = answer({ question: question('fulfilment'), indicators: ['bhyt'] });
    expect(text).toContain('Chưa có số liệu thực hiện kế hoạch (số người tham gia BHYT so với kế hoạch được giao) của Tỉnh Bắc Kạn (trước 1/7/2025).');
    expect(text).toContain('Đã có:\nSố người tham gia BHXH bắt buộc đạt 95,6%');
    expect(text).toContain('Cách bổ sung: quản trị viên nạp tệp số liệu có tỷ lệ thực hiện kế hoạch.');
  });

  it('gives the rate targets held of the indicator asked when its plan is held only as a rate', () => {
    const text = answer({ question: question('fulfilment'), indicators: ['bhyt'] });
    expect(text).toContain('Chỉ tiêu 2021: 97,5% (chỉ tiêu giao;');
  });
});

describe('composePeopleAnswer: a read question end to end', () => {
  it('answers a shortfall question read from Vietnamese without diacritics', () => {
    const read = readPeopleQuestion('bac kan phai tang them bao nhieu nguoi tham gia bhxh nua') as PeopleQuestion;
    expect(answer({ question: read })).toContain('= 932 người');
  });
});
