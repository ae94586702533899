/**
 * The reporting calendar across a year, with a fixed clock: the administrator's dry run
 * on the days around the 2026 deadlines of 1736/QĐ-UBND, worked by hand from the documents and the
 * 2026 calendar, and what /lich, /trangthai and the completeness questions say in July and December.
 *
 * By hand: "trước ngày 05 tháng 7" → last day on time Saturday 4 July 2026 → the deadline ends on
 * Monday 6 July (Civil Code Art. 148). Nudges count back from Monday 6 July: offset 0 on the 6th,
 * offset 1 (Sunday 5) and offset 3 (Friday 3) both on Friday 3 July (1 kept), offset 7 on Monday
 * 29 June; the late summary on Tuesday 7 July. Nothing goes out on Thursday 2 July.
 * "trước ngày 20 tháng 12" → Saturday 19 December → Monday 21 December: offset 7 on Monday 14,
 * offsets 3 and 1 on Friday 18 (1 kept), offset 0 on Monday 21, the late summary on Tuesday 22.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandWorld, createCommandWorld } from '../../support/reminder-commands-world.js';

const DAY_MS = 86_400_000;
let world: CommandWorld;
let communes: number;
beforeAll(async () => {
  world = await createCommandWorld('2026-07-01T02:00:00Z');
  communes = world.index().childrenOf(world.province('Nghệ An').id).length;
  await world.enrol('fp-truong-vinh', world.commune('Trường Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('fp-console', world.commune('Vinh Phú', 'Nghệ An'), 'focal_point', 'console');
  await world.enrol('admin-na', world.province('Nghệ An'), 'admin');
  await world.enrol('official-na', world.province('Nghệ An'), 'official');
});
afterAll(() => world.close());

const dryRun = (date: string) => world.say('admin-na', `/nhacnho ${date}`);
/** The dry run's occasion lines (the messages and the unreachable units follow each). */
const occasions = async (date: string) => (await dryRun(date)).split('\n').filter((l) => / — .*\(hạn nộp /.test(l));

describe('the dry run around the 2026 deadlines, by hand', () => {
  it('2026-07-02: nothing goes out', async () => {
    expect(await dryRun('2026-07-02')).toBe('Ngày 02/07/2026 không có lời nhắc nào.');
  });

  it('2026-07-03 and 2026-07-06: the 1-day nudge on Friday, the last-day nudge on Monday, to the one reachable focal point', async () => {
    expect(await occasions('2026-07-03')).toEqual(['Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — nhắc trước hạn 1 ngày (hạn nộp 06/07/2026): 1 tin']);
    const text = await dryRun('2026-07-06');
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Chạy thử nhắc hạn ngày 06/07/2026 (không gửi tin nào):',
      'Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — nhắc ngày hạn cuối (hạn nộp 06/07/2026): 1 tin',
      '- nhắc đầu mối → telegram fp-truong-vinh (1 đơn vị)',
    ]);
    // Everyone else owes the report and no nudge reaches them; Vinh Phú's focal point is on the console only.
    expect(text).toContain(`Không liên lạc được ${communes - 1} đơn vị chưa nộp`);
    expect(text).toContain('- đầu mối chỉ đăng ký trên console, chưa có Telegram/Zalo (1): Phường Vinh Phú, Tỉnh Nghệ An');
    expect(text).toContain(`- chưa có đầu mối (${communes - 2}):`);
  });

  it('2026-07-07: the late summary to the province’s official, once the units’ last day is over', async () => {
    expect(await occasions('2026-07-07')).toEqual(['Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — tổng hợp quá hạn (hạn nộp 06/07/2026): 1 tin']);
    expect(await dryRun('2026-07-07')).toContain('- báo cáo quá hạn → telegram official-na');
  });

  it('2026-12-18, 2026-12-21, 2026-12-22: the annual report’s 1-day nudge, last-day nudge and late summary', async () => {
    expect(await occasions('2026-12-14')).toEqual(['Báo cáo năm, kỳ năm 2026 — nhắc trước hạn 7 ngày (hạn nộp 21/12/2026): 1 tin']);
    expect(await occasions('2026-12-17')).toEqual([]);
    expect(await occasions('2026-12-18')).toEqual(['Báo cáo năm, kỳ năm 2026 — nhắc trước hạn 1 ngày (hạn nộp 21/12/2026): 1 tin']);
    expect(await dryRun('2026-12-19')).toBe('Ngày 19/12/2026 không có lời nhắc nào.');
    expect(await occasions('2026-12-21')).toEqual(['Báo cáo năm, kỳ năm 2026 — nhắc ngày hạn cuối (hạn nộp 21/12/2026): 1 tin']);
    expect(await occasions('2026-12-22')).toEqual(['Báo cáo năm, kỳ năm 2026 — tổng hợp quá hạn (hạn nộp 21/12/2026): 1 tin']);
  });

  it('2027: the six-month report ends Monday 5 July (4 July a Sunday), the annual report Monday 20 December', async () => {
    expect(await occasions('2027-07-05')).toEqual(['Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2027 — nhắc ngày hạn cuối (hạn nộp 05/07/2027): 1 tin']);
    expect(await occasions('2027-12-20')).toEqual(['Báo cáo năm, kỳ năm 2027 — nhắc ngày hạn cuối (hạn nộp 20/12/2027): 1 tin']);
    expect(await occasions('2027-12-21')).toEqual(['Báo cáo năm, kỳ năm 2027 — tổng hợp quá hạn (hạn nộp 20/12/2027): 1 tin']);
  });
});

describe('stored days and a province’s own calendar', () => {
  it('a bridging day stored on Monday 21 December 2026 moves the annual deadline to Tuesday 22, and the late summary to Wednesday 23', async () => {
    await world.store.saveHoliday({ date: '2026-12-21', name: 'Nghỉ hoán đổi' });
    try {
      expect(await occasions('2026-12-21')).toEqual([]);
      expect(await occasions('2026-12-22')).toEqual(['Báo cáo năm, kỳ năm 2026 — nhắc ngày hạn cuối (hạn nộp 22/12/2026): 1 tin']);
      expect(await occasions('2026-12-23')).toEqual(['Báo cáo năm, kỳ năm 2026 — tổng hợp quá hạn (hạn nộp 22/12/2026): 1 tin']);
    } finally {
      await world.store.removeHoliday('2026-12-21');
    }
  });

  it('a province’s annual report due in Tết: the last day ends after Tết and its make-up days', async () => {
    // Nghệ An's own day: 9 February of the next year. Tết 2027 is 5–9 February (the eve and four days), with
    // Saturday 6 and Sunday 7 made up on Wednesday 10 and Thursday 11: the deadline ends Friday 12 February.
    // Offsets 1, 3 and 7 all fall in Tết or on its eve's week-end, so move back to Thursday 4 February.
    expect(await world.say('admin-na', '/lichnhac annual Nghệ An due fixed-next-year:02-09')).toMatch(/^Đã sửa lịch: annual@\d+ /);
    try {
      expect(await occasions('2027-02-04')).toEqual(['Báo cáo năm, kỳ năm 2026 — nhắc trước hạn 1 ngày (hạn nộp 12/02/2027): 1 tin']);
      expect(await occasions('2027-02-09')).toEqual([]);
      expect(await occasions('2027-02-12')).toEqual(['Báo cáo năm, kỳ năm 2026 — nhắc ngày hạn cuối (hạn nộp 12/02/2027): 1 tin']);
      expect(await occasions('2027-02-15')).toEqual(['Báo cáo năm, kỳ năm 2026 — tổng hợp quá hạn (hạn nộp 12/02/2027): 1 tin']);
      // The national annual report no longer reminds Nghệ An in December: its admin sees nothing that day.
      expect(await dryRun('2026-12-21')).toBe('Ngày 21/12/2026 không có lời nhắc nào.');
    } finally {
      expect(await world.say('admin-na', '/lichnhac annual Nghệ An due fixed:12-19')).toMatch(/^Đã sửa lịch: annual@\d+ /);
    }
  });
});

describe('each duty to its own people', () => {
  it('the statistics office’s figures, once Nghệ An sets a day, go to its statistics office alone', async () => {
    await world.enrol('tk-na', world.province('Nghệ An'), 'statistics');
    expect(await world.say('tk-na', '/lich')).toBe('Bạn không có hạn nộp báo cáo nào sắp tới. Khi đến kỳ, tôi sẽ nhắc bạn trước hạn nộp.');
    expect(await world.say('admin-na', '/lichnhac quarterly_stats Nghệ An due in-next-month:15')).toMatch(/^Đã sửa lịch: quarterly_stats@\d+ {2}on /);
    try {
      expect(await world.say('tk-na', '/lich')).toBe(
        ['Lịch nộp báo cáo — Tỉnh Nghệ An:', '- Số liệu dân số, lao động quý, kỳ quý 2/2026 — hạn nộp 15/07/2026, chưa nộp (còn 14 ngày)'].join('\n'),
      );
      expect(await world.say('fp-truong-vinh', '/lich')).not.toContain('dân số');
      // Wednesday 8 July, 7 days before: a nudge to the statistics office, none to focal points.
      const text = await dryRun('2026-07-08');
      expect(text).toContain('Số liệu dân số, lao động quý, kỳ quý 2/2026 — nhắc trước hạn 7 ngày (hạn nộp 15/07/2026): 1 tin');
      expect(text).toContain('- nhắc đầu mối → telegram tk-na (1 đơn vị)');
      // Figures with no period go to the open quarter.
      expect(await world.say('tk-na', 'nop ld 1850000 ds 3480000')).toContain('Kỳ báo cáo: Quý 2/2026 (kỳ đang mở).');
    } finally {
      await world.say('admin-na', '/lichnhac quarterly_stats Nghệ An active off');
    }
  });
});

describe('what is open, in July and in December', () => {
  it('in July: /trangthai lists the six-month report, and "ai chưa nộp" answers for it', async () => {
    expect(await world.say('fp-truong-vinh', '/trangthai')).toBe(
      ['Tình hình nộp báo cáo của bạn:', 'Phường Trường Vinh, Tỉnh Nghệ An:', '• Báo cáo 6 tháng – 6 tháng đầu năm 2026 (hạn 06/07/2026): chưa nộp'].join('\n'),
    );
    expect((await world.say('official-na', 'ai chưa nộp báo cáo?')).split('\n')[0]).toBe(
      `Báo cáo 6 tháng đầu năm 2026 — Tỉnh Nghệ An: 0/${communes} xã, phường đã nộp. Hạn nộp: 06/07/2026 (còn 5 ngày).`,
    );
  });

  it('in December: the annual report for 2026 is the open one everywhere', async () => {
    // From 1 July to Sunday 6 December 2026, 9:00 in Vietnam.
    world.clock.advance(158 * DAY_MS);
    expect((await world.say('official-na', 'ai chưa nộp báo cáo năm?')).split('\n')[0]).toBe(
      `Báo cáo năm 2026 — Tỉnh Nghệ An: 0/${communes} xã, phường đã nộp. Hạn nộp: 21/12/2026 (còn 15 ngày).`,
    );
    expect((await world.say('official-na', 'tình hình nộp báo cáo Nghệ An')).split('\n')[0]).toMatch(/^Báo cáo năm 2026 — Tỉnh Nghệ An:/);
    expect(await world.say('fp-truong-vinh', '/trangthai')).toContain('• Báo cáo năm – Năm 2026 (hạn 21/12/2026): chưa nộp');
    expect(await world.say('fp-truong-vinh', '/lich')).toContain(
      '- Báo cáo năm, kỳ năm 2026 — hạn nộp 21/12/2026 (19/12 là ngày nghỉ), chưa nộp (còn 15 ngày)',
    );
    // Figures sent with no period go to the open report.
    const receipt = await world.say('fp-truong-vinh', 'nop bb 41200 tn 3150 ld 180000');
    expect(receipt).toContain('Kỳ báo cáo: Năm 2026 (kỳ đang mở).');
    expect(receipt).toContain('Nộp đúng hạn (hạn 21/12/2026).');
  });

  it('every open report shows in the province’s status: a province’s own monthly figures beside the annual report', async () => {
    await world.say('admin-na', '/lichnhac monthly Nghệ An due in-next-month:05');
    const text = await world.say('official-na', 'tình hình nộp báo cáo Nghệ An');
    const heads = text
      .split('\n')
      .filter((l) => / — Tỉnh Nghệ An: /.test(l))
      .map((l) => l.replace(/ — .*/, ''));
    // November's figures end Monday 7 December (the 5th a Saturday); the annual report 21 December; December's opened on the 1st.
    expect(heads).toEqual(['Báo cáo tháng 11/2026', 'Báo cáo năm 2026', 'Báo cáo tháng 12/2026']);
  });

  it('counts figures sent on Monday 21 December as on time (19 December a Saturday), and on Tuesday 22 as late', async () => {
    const viaConsole = { channel: 'console', chatId: 'fp-console' } as const;
    world.clock.advance(15 * DAY_MS);
    expect(await world.say('fp-console', 'nop 2026 bb 100 tn 10 ld 1000', viaConsole)).toContain('Nộp đúng hạn (hạn 21/12/2026).');
    world.clock.advance(DAY_MS);
    expect(await world.say('fp-console', 'sua 2026 bb 101 tn 10 ld 1000', viaConsole)).toContain('Nộp muộn');
  });
});
