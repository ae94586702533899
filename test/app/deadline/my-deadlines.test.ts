/**
 * "lịch nộp báo cáo" / "/lich" / "/deadlines": a focal point's deadlines and where each
 * report stands, from the calendar in the database; the calendar alone for someone who reports nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';
import { type CommandWorld, createCommandWorld } from '../../support/reminder-commands-world.js';

/** Nghệ An sets a day for the monthly figures (no document does): the 20th of the month. */
async function nghean20th(w: CommandWorld): Promise<void> {
  const monthly = DEFAULT_REPORTING_SCHEDULES[2]!;
  const provinceId = w.province('Nghệ An').id;
  await w.store.ensureSchedules([
    {
      ...monthly,
      key: `monthly@${provinceId}`,
      provinceId,
      due: { kind: 'in-last-month', day: 20 },
      active: true,
    },
  ]);
  await w.calendar.reload();
}

let world: CommandWorld;
beforeAll(async () => {
  world = await createCommandWorld();
  await nghean20th(world);
  await world.enrol('fp-thanh-vinh', world.commune('Thành Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('fp-two', world.commune('Vinh Phú', 'Nghệ An'), 'focal_point');
  await world.enrol('fp-two', world.commune('Vinh Lộc', 'Nghệ An'), 'focal_point');
  await world.enrol('official', world.province('Nghệ An'), 'official');
  await world.enrol('fp-english', world.commune('Cửa Lò', 'Nghệ An'), 'focal_point');
  await world.say('fp-english', '/lang en');
});
afterAll(() => world.close());

describe('/lich for a focal point', () => {
  it('lists each report of the unit with the day its deadline ends and the days left, overdue ones first (vi)', async () => {
    // 1 July 2026. June's figures were due Saturday 20 June, so by Monday 22; "before 5 July" is Saturday 4 July,
    // so Monday 6 July; "before 20 December" is Saturday 19 December, so Monday 21. The statistics are the province's.
    expect(await world.say('fp-thanh-vinh', '/lich')).toBe(
      [
        'Lịch nộp báo cáo — Phường Thành Vinh, Tỉnh Nghệ An:',
        '- Số liệu tháng, kỳ tháng 6/2026 — hạn nộp 22/06/2026 (20/06 là ngày nghỉ), chưa nộp (đã quá hạn 9 ngày)',
        '- Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — hạn nộp 06/07/2026 (04/07 là ngày nghỉ), chưa nộp (còn 5 ngày)',
        '- Số liệu tháng, kỳ tháng 7/2026 — hạn nộp 20/07/2026, chưa nộp (còn 19 ngày)',
        '- Báo cáo năm, kỳ năm 2026 — hạn nộp 21/12/2026 (19/12 là ngày nghỉ), chưa nộp (còn 173 ngày)',
      ].join('\n'),
    );
  });

  it('answers in English to /deadlines', async () => {
    expect(await world.say('fp-thanh-vinh', '/deadlines')).toBe(
      [
        'Reporting deadlines — Thanh Vinh Ward, Nghe An Province:',
        '- Monthly figures, June 2026 — due 22 Jun 2026 (20 Jun is a day off), not yet submitted (9 days overdue)',
        '- Six-month report, first half of 2026 — due 6 Jul 2026 (4 Jul is a day off), not yet submitted (in 5 days)',
        '- Monthly figures, July 2026 — due 20 Jul 2026, not yet submitted (in 19 days)',
        '- Annual report, 2026 — due 21 Dec 2026 (19 Dec is a day off), not yet submitted (in 173 days)',
      ].join('\n'),
    );
  });

  it('shows a ward of a province that set no monthly day only the two dated reports', async () => {
    const hatinh = world.province('Hà Tĩnh');
    const ward = world.index().childrenOf(hatinh.id)[0]!;
    await world.enrol('fp-ha-tinh', ward, 'focal_point');
    const lines = (await world.say('fp-ha-tinh', '/lich')).split('\n');
    expect(lines.slice(1).map((l) => l.replace(/ — .*/, ''))).toEqual(['- Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026', '- Báo cáo năm, kỳ năm 2026']);
  });

  it.each(['Lịch nộp báo cáo?', 'lich nop bao cao', 'hạn nộp', '/lich@baophu_bot'])('reads "%s" as the same question', async (text) => {
    expect(await world.say('fp-thanh-vinh', text)).toMatch(/^Lịch nộp báo cáo — Phường Thành Vinh, Tỉnh Nghệ An:\n/);
  });

  it.each(['my deadlines', 'Deadlines?'])('reads "%s" as the English question', async (text) => {
    expect(await world.say('fp-thanh-vinh', text)).toMatch(/^Reporting deadlines — Thanh Vinh Ward/);
  });

  it('answers /lich in English for someone who chose English', async () => {
    expect(await world.say('fp-english', '/lich')).toMatch(/^Reporting deadlines — Cua Lo Ward, Nghe An Province:\n- Monthly figures, June 2026/);
  });

  it('is not read as a submission: nothing is stored', async () => {
    const unit = world.commune('Thành Vinh', 'Nghệ An');
    await world.say('fp-thanh-vinh', 'lịch nộp báo cáo');
    expect(await world.store.findSubmission(unit.id, '2026-6M')).toBeNull();
  });

  it('says when a report is in, and drops an overdue one once it is in (late, but accepted)', async () => {
    expect(await world.say('fp-thanh-vinh', 'nop 6T/2026 bb 41.200 tn 3.150 ld 180.000')).toContain('Nộp đúng hạn (hạn 06/07/2026).');
    expect(await world.say('fp-thanh-vinh', 'nop T6/2026 bb 41.200 tn 3.150 ld 180.000')).toContain('Nộp muộn');
    const text = await world.say('fp-thanh-vinh', '/lich');
    expect(text).toContain('- Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — hạn nộp 06/07/2026 (04/07 là ngày nghỉ), đã nộp đúng hạn');
    expect(text).not.toContain('tháng 6/2026');
    expect(await world.say('fp-thanh-vinh', '/deadlines')).toContain(
      '- Six-month report, first half of 2026 — due 6 Jul 2026 (4 Jul is a day off), submitted on time',
    );
  });

  it('names the unit in each line for a focal point of two units', async () => {
    const lines = (await world.say('fp-two', '/lich')).split('\n');
    expect(lines[0]).toBe('Lịch nộp báo cáo của bạn:');
    expect(lines.filter((l) => l.startsWith('- Phường Vinh Phú, Tỉnh Nghệ An: '))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('- Phường Vinh Lộc, Tỉnh Nghệ An: '))).toHaveLength(4);
    expect(lines).toHaveLength(9);
  });
});

describe('/lich for someone who reports nothing', () => {
  it('shows the calendar’s next deadlines with the days left, under a heading that names no unit (vi)', async () => {
    // Nghệ An's calendar: the two dated reports and its own monthly day; the statistics have no day.
    expect(await world.say('official', '/lich')).toBe(
      [
        'Các hạn nộp báo cáo sắp tới:',
        '- Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — hạn nộp 06/07/2026 (04/07 là ngày nghỉ), còn 5 ngày',
        '- Số liệu tháng, kỳ tháng 7/2026 — hạn nộp 20/07/2026, còn 19 ngày',
        '- Báo cáo năm, kỳ năm 2026 — hạn nộp 21/12/2026 (19/12 là ngày nghỉ), còn 173 ngày',
      ].join('\n'),
    );
  });

  it('does the same in English', async () => {
    expect(await world.say('official', '/deadlines')).toMatch(
      /^Upcoming reporting deadlines:\n- Six-month report, first half of 2026 — due 6 Jul 2026 \(4 Jul is a day off\), in 5 days\n/,
    );
  });
});

describe('/lich after a deadline', () => {
  let later: CommandWorld;
  beforeAll(async () => {
    // Tuesday 7 July 2026: the six-month report ended on Monday 6 July.
    later = await createCommandWorld('2026-07-07T02:00:00Z');
    await nghean20th(later);
    await later.enrol('missed', later.commune('Trường Vinh', 'Nghệ An'), 'focal_point');
    await later.enrol('late', later.commune('Vinh Hưng', 'Nghệ An'), 'focal_point');
  });
  afterAll(() => later.close());

  it('lists a missed report as overdue, above the next period of the same report', async () => {
    const lines = (await later.say('missed', '/lich')).split('\n');
    expect(lines[1]).toBe('- Số liệu tháng, kỳ tháng 6/2026 — hạn nộp 22/06/2026 (20/06 là ngày nghỉ), chưa nộp (đã quá hạn 15 ngày)');
    expect(lines[2]).toBe('- Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — hạn nộp 06/07/2026 (04/07 là ngày nghỉ), chưa nộp (đã quá hạn 1 ngày)');
    expect(lines).toContain('- Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2027 — hạn nộp 05/07/2027 (04/07 là ngày nghỉ), chưa nộp (còn 363 ngày)');
    expect(await later.say('missed', '/deadlines')).toContain(
      '- Six-month report, first half of 2026 — due 6 Jul 2026 (4 Jul is a day off), not yet submitted (1 day overdue)',
    );
  });

  it('leaves out deadlines more than 30 days past (last year’s annual report)', async () => {
    expect(await later.say('missed', '/lich')).not.toContain('năm 2025');
  });

  it('no longer lists the missed report once it is sent late', async () => {
    expect(await later.say('late', 'nop 6T/2026 bb 41.200 tn 3.150 ld 180.000')).toContain('Nộp muộn');
    const text = await later.say('late', '/lich');
    expect(text).not.toContain('6 tháng đầu năm 2026');
    expect(text).toContain('6 tháng đầu năm 2027');
  });
});
