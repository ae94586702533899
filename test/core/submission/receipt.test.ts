/** The pure texts around submissions, in Vietnamese and English. */
import { describe, expect, it } from 'vitest';
import { composeSubmissionReceipt, countsLine, type SubmissionReceipt } from '../../../src/core/submission/receipt.js';
import { composeNotYourUnit, composeStatus, composeUndone } from '../../../src/core/submission/replies.js';
import type { Target } from '../../../src/core/types.js';

const target = (over: Partial<Target>): Target => ({
  id: 1,
  unitId: 1,
  indicator: 'bhxh',
  year: 2025,
  percent: 30,
  basis: 'labour_force',
  kind: 'assigned',
  sourceDocument: '12/QĐ-UBND',
  sourceDate: null,
  label: null,
  note: null,
  ...over,
});

const receipt = (over: Partial<SubmissionReceipt> = {}): SubmissionReceipt => ({
  unitLabel: 'Phường Thành Vinh, Tỉnh Nghệ An',
  period: '2025-6M',
  periodImplicit: false,
  counts: { ld: 180000, bb: 41200, tn: 3150 },
  version: 1,
  replaces: null,
  onTime: true,
  due: '2025-07-05',
  targets: [],
  confirmedOutliers: [],
  ...over,
});

describe('countsLine', () => {
  it('lists the counts in key order in the reply language’s number format', () => {
    expect(countsLine({ tn: 3150, ld: 180000, bb: 41200 }, 'vi')).toBe('ld 180.000 · bb 41.200 · tn 3.150');
    expect(countsLine({ tn: 3150, ld: 180000, bb: 41200 }, 'en')).toBe('ld 180,000 · bb 41,200 · tn 3,150');
  });
});

describe('composeSubmissionReceipt', () => {
  it('echoes the counts, every rate they give, and the undo hint (vi)', () => {
    expect(composeSubmissionReceipt('vi', receipt()).split('\n')).toEqual([
      'Đã ghi nhận số liệu 6 tháng đầu năm 2025 của Phường Thành Vinh, Tỉnh Nghệ An (phiên bản 1):',
      'ld 180.000 · bb 41.200 · tn 3.150',
      '• BHXH: 24,64% (44.350/180.000); chưa có chỉ tiêu 2025',
      '• BHXH bắt buộc: 22,89% (41.200/180.000); chưa có chỉ tiêu 2025',
      '• BHXH tự nguyện: 1,75% (3.150/180.000); chưa có chỉ tiêu 2025',
      'Nộp đúng hạn (hạn 05/07/2025).',
      "Gửi 'hoan tac' trong 10 phút để huỷ.",
    ]);
  });

  it('gives each target of the period’s year with its source and the gap, and ignores other years', () => {
    const text = composeSubmissionReceipt(
      'vi',
      receipt({
        targets: [
          { target: target({}), whose: 'unit' },
          { target: target({ id: 2, unitId: 9, percent: 20, kind: 'plan', sourceDocument: '156/KH-UBND' }), whose: 'province' },
          { target: target({ id: 3, year: 2030, percent: 60 }), whose: 'unit' },
        ],
      }),
    );
    expect(text).toContain(
      '• BHXH: 24,64% (44.350/180.000); chỉ tiêu 2025 của đơn vị 30% (chỉ tiêu giao, 12/QĐ-UBND): còn thiếu 5,36 điểm phần trăm; ' +
        'chỉ tiêu 2025 của tỉnh 20% (kế hoạch, 156/KH-UBND): đã đạt, vượt 4,64 điểm phần trăm',
    );
    expect(text).not.toContain('60%');
  });

  it("names a target by its label and kind in the reply's language, and gives no gap to a target on another basis", () => {
    const label = { vi: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII', en: '12th Provincial Party Congress resolution' };
    const targets = [
      { target: target({ kind: 'party_resolution', label }), whose: 'unit' as const },
      { target: target({ id: 2, basis: 'employed', percent: 16 }), whose: 'province' as const },
    ];
    expect(composeSubmissionReceipt('vi', receipt({ targets }))).toContain(
      '• BHXH: 24,64% (44.350/180.000); chỉ tiêu 2025 của đơn vị 30% (Nghị quyết Đại hội Đảng bộ, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII): ' +
        'còn thiếu 5,36 điểm phần trăm; chỉ tiêu 2025 của tỉnh 16% (chỉ tiêu giao, 12/QĐ-UBND): không cùng cơ sở tính',
    );
    expect(composeSubmissionReceipt('en', receipt({ targets }))).toContain(
      "unit's 2025 target 30% (Party Congress resolution, 12th Provincial Party Congress resolution): 5.36 percentage points short; " +
        "province's 2025 target 16% (assigned, 12/QĐ-UBND): not on the same basis",
    );
  });

  it('says which version a correction replaces, that it is late, and which period was taken (en)', () => {
    const text = composeSubmissionReceipt('en', receipt({ version: 3, replaces: 2, onTime: false, periodImplicit: true }));
    expect(text).toContain('(version 3, replaces version 2):');
    expect(text).toContain('Late: it was due 5 Jul 2025 (the figures are still recorded).');
    expect(text).toContain("Period: first half of 2025 (the open one). For another period, name it after 'nop'");
    expect(text).toContain("Send 'undo' within 10 minutes to withdraw it.");
  });

  it('warns when a count has no denominator, and names confirmed large changes', () => {
    const text = composeSubmissionReceipt(
      'vi',
      receipt({
        counts: { bb: 5, bhyt: 9 },
        confirmedOutliers: [{ key: 'bb', previous: 1, current: 5, changePercent: 400 }],
      }),
    );
    expect(text).toContain("Lưu ý: chưa có 'ld' nên chưa tính được tỷ lệ cho bb.");
    expect(text).toContain("Lưu ý: chưa có 'ds' nên chưa tính được tỷ lệ cho bhyt.");
    expect(text).toContain('Đã xác nhận thay đổi hơn 30% so với kỳ trước: bb.');
    expect(text).not.toContain('• ');
  });

  it('says nothing about timeliness when no schedule governs the period', () => {
    expect(composeSubmissionReceipt('vi', receipt({ period: '2025-Q2', onTime: null, due: null }))).not.toMatch(/hạn/);
  });
});

describe('short replies', () => {
  it('name the units a focal point may submit for', () => {
    expect(composeNotYourUnit('en', 'Cua Lo', ['A Ward', 'B Ward'])).toBe(
      "You are not the focal point for 'Cua Lo'. You may submit figures for:\n• A Ward\n• B Ward",
    );
  });

  it('report an undo with the version restored, or none', () => {
    expect(composeUndone('vi', 'Phường A', '2025-06', 2, 1)).toBe('Đã huỷ phiên bản 2 số liệu tháng 6/2025 của Phường A. Phiên bản 1 lại có hiệu lực.');
    expect(composeUndone('en', 'A Ward', '2025-06', 1, null)).toBe('Withdrew version 1 of the figures for June 2025 of A Ward. The period now has no figures.');
  });

  it('list the status per unit and schedule', () => {
    const text = composeStatus('vi', [
      {
        label: 'Phường A',
        items: [
          { scheduleName: 'Báo cáo năm', period: '2025', due: '2025-12-20', submitted: { version: 2, on: '2025-12-21', onTime: false } },
          { scheduleName: 'Số liệu tháng', period: '2025-12', due: '2025-12-20', submitted: null },
        ],
      },
    ]);
    expect(text).toBe(
      [
        'Tình hình nộp báo cáo của bạn:',
        'Phường A:',
        '• Báo cáo năm – Năm 2025 (hạn 20/12/2025): đã nộp phiên bản 2 ngày 21/12/2025, muộn',
        '• Số liệu tháng – Tháng 12/2025 (hạn 20/12/2025): chưa nộp',
      ].join('\n'),
    );
  });
});
