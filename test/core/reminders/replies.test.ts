import { describe, expect, it } from 'vitest';
import { LATE_OFFSET } from '../../../src/core/reminders/index.js';
import { composeDigest, composeDryRun, composeLateSummary, composeMyDeadlines, composeNudge, labelOccasion } from '../../../src/core/reminders/replies.js';
import { makeOccasion } from '../../support/reminder-builders.js';

const sixMonthVi = { scheduleName: 'Báo cáo 6 tháng', period: '2026-6M', due: '2026-07-05' };
const sixMonthEn = { scheduleName: 'Six-month report', period: '2026-6M', due: '2026-07-05' };
const names = (n: number, prefix = 'Xã') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

describe('composeNudge', () => {
  it('says the report, the period, the due date, the days left, the units and how to answer (vi)', () => {
    expect(composeNudge('vi', { ...sixMonthVi, sendOn: '2026-07-02', units: ['Xã Nghi Lộc'], keysHint: 'nop bb <số> tn <số> ld <số>' })).toBe(
      [
        'Nhắc nộp báo cáo: Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026.',
        'Hạn nộp: 05/07/2026 (còn 3 ngày).',
        'Chưa nộp: Xã Nghi Lộc.',
        'Bạn chỉ cần trả lời một tin: nop bb <số> tn <số> ld <số>',
      ].join('\n'),
    );
  });

  it('says the same in English', () => {
    expect(composeNudge('en', { ...sixMonthEn, sendOn: '2026-07-02', units: ['Nghi Loc'], keysHint: 'nop bb <n> tn <n> ld <n>' })).toBe(
      [
        'Reminder: Six-month report, first half of 2026.',
        'Due 5 Jul 2026 (in 3 days).',
        'Not yet reported: Nghi Loc.',
        'Just reply in one message: nop bb <n> tn <n> ld <n>',
      ].join('\n'),
    );
  });

  it('says when today is the last day, and one day in the singular', () => {
    const base = { units: ['A'], keysHint: 'nop …' };
    expect(composeNudge('vi', { ...sixMonthVi, ...base, sendOn: '2026-07-05' })).toMatch(/^Hạn nộp: 05\/07\/2026 \(hôm nay là hạn cuối\)\.$/m);
    expect(composeNudge('en', { ...sixMonthEn, ...base, sendOn: '2026-07-05' })).toMatch(/^Due 5 Jul 2026 \(due today\)\.$/m);
    expect(composeNudge('en', { ...sixMonthEn, ...base, sendOn: '2026-07-04' })).toMatch(/\(in 1 day\)/);
    expect(composeNudge('vi', { ...sixMonthVi, ...base, sendOn: '2026-07-04' })).toMatch(/\(còn 1 ngày\)/);
  });

  it('names the period the way the documents do for a month and a year', () => {
    const base = { due: '2026-06-20', sendOn: '2026-06-17', units: ['A'], keysHint: 'x' };
    expect(composeNudge('vi', { ...base, scheduleName: 'Số liệu tháng', period: '2026-06' })).toMatch(/^Nhắc nộp báo cáo: Số liệu tháng, kỳ tháng 6\/2026\./);
    expect(composeNudge('vi', { ...base, scheduleName: 'Báo cáo năm', period: '2026' })).toMatch(/^Nhắc nộp báo cáo: Báo cáo năm, kỳ năm 2026\./);
    expect(composeNudge('en', { ...base, scheduleName: 'Monthly figures', period: '2026-06' })).toMatch(/^Reminder: Monthly figures, June 2026\./);
  });

  it('lists several units, capped at 15', () => {
    const text = composeNudge('vi', { ...sixMonthVi, sendOn: '2026-07-02', units: names(17), keysHint: 'x' });
    expect(text).toMatch(/^Chưa nộp: Xã 1, Xã 2, .*, Xã 15 và 2 đơn vị khác\.$/m);
    expect(text).not.toMatch(/Xã 16/);
  });
});

describe('composeDigest', () => {
  it('counts the missing units out of the total and names them (vi)', () => {
    expect(composeDigest('vi', { ...sixMonthVi, sendOn: '2026-07-02', missing: ['Xã A', 'Xã B', 'Phường C'], total: 21 })).toBe(
      ['Nhắc nộp báo cáo: Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026.', 'Hạn nộp: 05/07/2026 (còn 3 ngày).', '3/21 đơn vị chưa nộp: Xã A, Xã B, Phường C.'].join(
        '\n',
      ),
    );
  });

  it('says the same in English', () => {
    expect(composeDigest('en', { ...sixMonthEn, sendOn: '2026-07-05', missing: ['A'], total: 2 })).toBe(
      ['Reminder: Six-month report, first half of 2026.', 'Due 5 Jul 2026 (due today).', '1/2 units not yet reported: A.'].join('\n'),
    );
  });

  it('names at most 15 units and counts the rest', () => {
    const vi = composeDigest('vi', { ...sixMonthVi, sendOn: '2026-07-02', missing: names(21), total: 30 });
    expect(vi).toMatch(/^21\/30 đơn vị chưa nộp: Xã 1, .*, Xã 15 và 6 đơn vị khác\.$/m);
    expect(vi).not.toMatch(/Xã 16/);
    const en = composeDigest('en', { ...sixMonthEn, sendOn: '2026-07-02', missing: names(16, 'C'), total: 16 });
    expect(en).toMatch(/^16\/16 units not yet reported: C 1, .*, C 15 and 1 more\.$/m);
  });

  it('says all have reported when nothing is missing any more', () => {
    expect(composeDigest('vi', { ...sixMonthVi, sendOn: '2026-07-02', missing: [], total: 21 })).toMatch(/Cả 21 đơn vị đã nộp\.$/);
    expect(composeDigest('en', { ...sixMonthEn, sendOn: '2026-07-02', missing: [], total: 21 })).toMatch(/All 21 units have reported\.$/);
  });
});

describe('composeLateSummary', () => {
  const missing = [
    { unit: 'Xã A', focalPoints: ['Nguyễn Văn A'] },
    { unit: 'Xã B', focalPoints: [] },
    { unit: 'Xã C', focalPoints: ['Lê C', 'Trần D', 'Phạm E'] },
  ];

  it('lists the late units with their focal points (vi)', () => {
    expect(composeLateSummary('vi', { ...sixMonthVi, missing, total: 21 })).toBe(
      [
        'Quá hạn nộp báo cáo: Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 (hạn nộp 05/07/2026).',
        '3/21 đơn vị chưa nộp:',
        '- Xã A — đầu mối: Nguyễn Văn A',
        '- Xã B — chưa có đầu mối',
        '- Xã C — đầu mối: Lê C, Trần D +1',
      ].join('\n'),
    );
  });

  it('says the same in English', () => {
    expect(composeLateSummary('en', { ...sixMonthEn, missing, total: 21 })).toBe(
      [
        'Overdue: Six-month report, first half of 2026 (due 5 Jul 2026).',
        '3/21 units have not reported:',
        '- Xã A — focal point: Nguyễn Văn A',
        '- Xã B — no focal point',
        '- Xã C — focal point: Lê C, Trần D +1',
      ].join('\n'),
    );
  });

  it('names the statistics officer, not a focal point, for a report the statistics office sends', () => {
    const vi = composeLateSummary('vi', { ...sixMonthVi, missing, total: 21, reporterRole: 'statistics' });
    expect(vi).toContain('- Xã A — cán bộ thống kê: Nguyễn Văn A');
    expect(vi).toContain('- Xã B — chưa có cán bộ thống kê');
    expect(vi).not.toContain('đầu mối');
    expect(composeLateSummary('en', { ...sixMonthEn, missing, total: 21, reporterRole: 'statistics' })).toContain('- Xã B — no statistics officer');
  });

  it('lists at most 15 units and counts the rest', () => {
    const many = names(20).map((unit) => ({ unit, focalPoints: [] }));
    const vi = composeLateSummary('vi', { ...sixMonthVi, missing: many, total: 20 }).split('\n');
    expect(vi).toHaveLength(2 + 15 + 1);
    expect(vi.at(-1)).toBe('… và 5 đơn vị khác.');
    expect(
      composeLateSummary('en', { ...sixMonthEn, missing: many, total: 20 })
        .split('\n')
        .at(-1),
    ).toBe('… and 5 more.');
  });
});

describe('composeMyDeadlines', () => {
  const entries = [
    { ...sixMonthVi, status: 'not-yet', unit: 'Xã Nghi Lộc' },
    { scheduleName: 'Số liệu tháng', period: '2026-06', due: '2026-06-20', status: 'on-time', unit: 'Xã Nghi Lộc' },
  ] as const;

  it('puts a single unit in the heading and gives each deadline its status (vi)', () => {
    expect(composeMyDeadlines('vi', entries)).toBe(
      [
        'Lịch nộp báo cáo — Xã Nghi Lộc:',
        '- Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — hạn nộp 05/07/2026, chưa nộp',
        '- Số liệu tháng, kỳ tháng 6/2026 — hạn nộp 20/06/2026, đã nộp đúng hạn',
      ].join('\n'),
    );
  });

  it('says how many days are left or how late it is when today is given', () => {
    expect(composeMyDeadlines('vi', entries, '2026-07-01')).toMatch(/hạn nộp 05\/07\/2026, chưa nộp \(còn 4 ngày\)$/m);
    expect(composeMyDeadlines('vi', entries, '2026-07-07')).toMatch(/chưa nộp \(đã quá hạn 2 ngày\)$/m);
    expect(composeMyDeadlines('en', [{ ...sixMonthEn, status: 'not-yet', unit: 'A' }], '2026-07-05')).toMatch(/not yet submitted \(due today\)$/);
  });

  it('names the unit in each line when there are several (en)', () => {
    expect(
      composeMyDeadlines('en', [
        { ...sixMonthEn, status: 'late', unit: 'Nghi Loc' },
        { ...sixMonthEn, status: 'submitted', unit: 'Vinh' },
      ]),
    ).toBe(
      [
        'Your reporting deadlines:',
        '- Nghi Loc: Six-month report, first half of 2026 — due 5 Jul 2026, submitted late',
        '- Vinh: Six-month report, first half of 2026 — due 5 Jul 2026, submitted',
      ].join('\n'),
    );
  });

  it('answers kindly when there is nothing', () => {
    expect(composeMyDeadlines('vi', [])).toBe('Bạn không có hạn nộp báo cáo nào sắp tới. Khi đến kỳ, tôi sẽ nhắc bạn trước hạn nộp.');
    expect(composeMyDeadlines('en', [])).toMatch(/^You have no reporting deadlines coming up\./);
  });
});

describe('labelOccasion', () => {
  it('names the report, the reminder and the due date', () => {
    expect(labelOccasion('vi', makeOccasion())).toBe('Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — nhắc trước hạn 3 ngày (hạn nộp 05/07/2026)');
    expect(labelOccasion('en', makeOccasion({ offsetDays: 0 }))).toBe('Six-month report, first half of 2026 — due-day reminder (due 5 Jul 2026)');
    expect(labelOccasion('en', makeOccasion({ offsetDays: 1 }))).toMatch(/— reminder 1 day before \(/);
    expect(labelOccasion('vi', makeOccasion({ kind: 'late', offsetDays: LATE_OFFSET }))).toMatch(/— tổng hợp quá hạn \(hạn nộp 05\/07\/2026\)$/);
  });
});

describe('composeDryRun', () => {
  const lines = [
    {
      occasion: 'Báo cáo 6 tháng — nhắc trước hạn 3 ngày',
      deliveries: [
        { kind: 'nudge', chat: 'telegram:100', units: 1 },
        { kind: 'digest', chat: 'telegram:-100', units: 21 },
      ],
    },
    { occasion: 'Số liệu tháng — nhắc ngày hạn cuối', deliveries: [] },
  ] as const;

  it('lists each occasion with what would be sent, and says nothing is sent (vi)', () => {
    expect(composeDryRun('vi', '2026-07-02', lines)).toBe(
      [
        'Chạy thử nhắc hạn ngày 02/07/2026 (không gửi tin nào):',
        'Báo cáo 6 tháng — nhắc trước hạn 3 ngày: 2 tin',
        '- nhắc đầu mối → telegram:100 (1 đơn vị)',
        '- tổng hợp nhóm → telegram:-100 (21 đơn vị)',
        'Số liệu tháng — nhắc ngày hạn cuối: không ai cần nhắc',
      ].join('\n'),
    );
  });

  it('says the same in English, and caps the lines when asked', () => {
    expect(composeDryRun('en', '2026-07-02', lines, { maxPerOccasion: 1 })).toBe(
      [
        'Dry run for 2 Jul 2026 (nothing is sent):',
        'Báo cáo 6 tháng — nhắc trước hạn 3 ngày: 2 messages',
        '- nudge → telegram:100 (1 unit)',
        '- … and 1 more',
        'Số liệu tháng — nhắc ngày hạn cuối: nobody to remind',
      ].join('\n'),
    );
  });

  it('says when a day has no reminders', () => {
    expect(composeDryRun('vi', '2026-07-04', [])).toBe('Ngày 04/07/2026 không có lời nhắc nào.');
    expect(composeDryRun('en', '2026-07-04', [])).toBe('No reminders on 4 Jul 2026.');
  });
});
