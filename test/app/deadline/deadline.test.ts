/**
 * Deadline questions through the message handler, on the calendar the service keeps (the default
 * schedules stored on first use): whose calendar is read, what the answer says, and what is left to
 * the other features (completeness, submissions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';
import { type CommandWorld, createCommandWorld } from '../../support/reminder-commands-world.js';

let world: CommandWorld;
beforeAll(async () => {
  // 1 July 2026: the six-month report is due "before 5 July", so 4 July is the last day on time.
  world = await createCommandWorld();
  await world.enrol('official-na', world.province('Nghệ An'), 'official');
  await world.enrol('fp-vinh', world.commune('Trường Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('official-en', world.province('Gia Lai'), 'official');
  await world.say('official-en', '/lang en');
  // Gia Lai keeps an annual report of its own besides the common one.
  const annual = DEFAULT_REPORTING_SCHEDULES[1]!;
  await world.store.ensureSchedules([
    {
      ...annual,
      key: 'annual_gia_lai',
      nameVi: 'Báo cáo năm của tỉnh',
      nameEn: "The province's annual report",
      due: { kind: 'fixed', month: 12, day: 10 },
      provinceId: world.province('Gia Lai').id,
      source: undefined,
    },
  ]);
  await world.calendar.reload();
});
afterAll(() => world.close());

describe('a deadline question', () => {
  it('is answered from the calendar of the asker’s province, with the day as written and the last day on time', async () => {
    const reply = await world.say('official-na', 'Báo cáo 6 tháng phải gửi trước ngày nào?');
    expect(reply.split('\n').slice(0, 3)).toEqual([
      'Tỉnh Nghệ An: chưa có lịch riêng, áp dụng lịch chung.',
      'Báo cáo 6 tháng: các sở, ban, ngành có liên quan và UBND các huyện, thành phố gửi Sở Lao động - Thương binh và Xã hội tỉnh “trước ngày 05 tháng 7”, tức chậm nhất ngày 4/7.',
      'Kỳ tới: 6 tháng đầu năm 2026, chậm nhất 04/07/2026; 4/7/2026 là thứ Bảy, nên hạn kéo đến hết thứ Hai 6/7/2026 (Bộ luật Dân sự 2015, Điều 148) — còn 5 ngày.',
    ]);
    expect(reply).toContain('Nguồn: Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND');
  });

  it('counts from the day the question gives as today, and says so first', async () => {
    const reply = await world.say('official-na', 'hom nay 1/7/2031 con may ngay den han bc 6 thang');
    expect(reply.split('\n')).toEqual(
      expect.arrayContaining(['Tính từ ngày 1/7/2031 (ngày trong câu hỏi):', 'Kỳ tới: 6 tháng đầu năm 2031, chậm nhất thứ Sáu 04/07/2031 — còn 3 ngày.']),
    );
    expect(reply.indexOf('Tính từ ngày')).toBe(0);
    const english = await world.say('official-en', 'today is 18 Dec 2031, how many days left for the annual report?');
    expect(english).toMatch(/^Counting from 18 December 2031, the day in the question:\n/);
    expect(english).toContain('Next: 2031, by Friday 19 Dec 2031 — 1 day left.');
  });

  it('answers whether one’s own report not yet sent is still in time', async () => {
    const reply = await world.say('official-na', 'Ngày 2/7/2027 mà xã em chưa nộp bc 6 tháng thì còn kịp không ạ');
    expect(reply.split('\n')[0]).toBe('Nộp ngày 2/7/2027: đúng hạn, trước hạn chót 3 ngày (hạn đến hết thứ Hai 5/7/2027).');
  });

  it('reads the calendar of the place named, a province’s own schedule included, and only there', async () => {
    const gialai = await world.say('official-na', 'han nop bao cao ca nam cua Gia Lai la khi nao');
    expect(gialai).toMatch(/^Tỉnh Gia Lai: lịch riêng của tỉnh và lịch chung\./);
    expect(gialai).toContain('Báo cáo năm của tỉnh (riêng của tỉnh): lịch chưa ghi văn bản quy định báo cáo này.');
    expect(gialai).toContain('Ngày do tỉnh đặt (không phải văn bản): ngày 10/12. Kỳ tới: năm 2026, chậm nhất thứ Năm 10/12/2026 — còn 162 ngày.');
    const nghean = await world.say('official-en', 'annual report deadline for Nghe An');
    expect(nghean).toMatch(/^Nghe An Province: no calendar of its own; the common calendar applies\./);
    expect(nghean).not.toContain("province's annual report");
  });

  it('reads no place out of the words of a deadline question, and names the weekday of the last day', async () => {
    const late = await world.asLocalAdmin('nop bc 6t 2028 vao ngay 5/7/2028 thi co bi tinh tre han ko');
    // The verdict first, then the deadline it was judged by.
    expect(late.split('\n').slice(0, 2)).toEqual(['Nộp ngày 5/7/2028: trễ 1 ngày (hạn đến hết thứ Ba 4/7/2028).', expect.stringMatching(/^Báo cáo 6 tháng:/)]);
    const which = await world.asLocalAdmin('BC 6T năm 2027 hạn chót là 4/7 hay 5/7 vậy ạ?');
    expect(which).toMatch(/^Báo cáo 6 tháng:/);
    const weekday = await world.asLocalAdmin('han bc nua nam 2030 la thu may');
    expect(weekday).toContain('Kỳ 6 tháng đầu năm 2030, chậm nhất thứ Năm 04/07/2030');
  });

  it('answers in the language chosen, from the asker’s own province', async () => {
    const reply = await world.say('official-en', 'When is the annual report due?');
    expect(reply).toMatch(/^Gia Lai Province: the province's own calendar and the common one\./);
    expect(reply).toContain('“before 20 December”, so the last day on time is 19 December.');
  });

  it('uses the common calendar for someone without a province, nearest deadline first when no report is named', async () => {
    const reply = await world.asLocalAdmin('còn mấy ngày nữa đến hạn?');
    const lines = reply.split('\n');
    expect(lines[0]).toMatch(/^Báo cáo 6 tháng:/);
    expect(lines[1]).toBe(
      'Kỳ tới: 6 tháng đầu năm 2026, chậm nhất 04/07/2026; 4/7/2026 là thứ Bảy, nên hạn kéo đến hết thứ Hai 6/7/2026 (Bộ luật Dân sự 2015, Điều 148) — còn 5 ngày.',
    );
    expect(reply).toContain('Báo cáo năm:');
    // The monthly figures have no day until a province sets one: not a deadline that is coming.
    expect(reply).not.toContain('Số liệu tháng:');
    expect(reply).not.toContain('Báo cáo năm của tỉnh');
  });

  it('says where the monthly progress goes when the document gives no day', async () => {
    const reply = await world.say('fp-vinh', 'báo cáo hàng tháng nộp như thế nào');
    expect(reply).toContain('“hàng tháng báo cáo kết quả triển khai trong báo cáo kinh tế - xã hội”; văn bản không quy định ngày nộp.');
    expect(await world.store.findSubmission(world.commune('Trường Vinh', 'Nghệ An').id, '2026-07')).toBeNull();
  });

  it('answers a shared name when every place of that name has the same calendar', async () => {
    expect(await world.say('official-na', 'hạn nộp báo cáo 6 tháng Châu Thành')).toMatch(/^Châu Thành: chưa có lịch riêng, áp dụng lịch chung\.\n/);
  });

  it('asks for the province when a shared name spans provinces whose calendars differ', async () => {
    // Tây Ninh (from 1 July 2025) holds two old districts named Châu Thành; other provinces hold the rest.
    await world.store.ensureSchedules([
      {
        ...DEFAULT_REPORTING_SCHEDULES[0]!,
        key: 'six_month_tay_ninh',
        provinceId: world.province('Tây Ninh').id,
      },
    ]);
    await world.calendar.reload();
    const reply = await world.say('official-na', 'hạn nộp báo cáo 6 tháng Châu Thành');
    expect(reply).toMatch(/^“Châu Thành” là tên của nhiều nơi/);
    expect(reply).toContain('Hãy hỏi lại kèm tên tỉnh');
  });

  it('moves a deadline on past a day off an administrator stored', async () => {
    // A bridging day on Monday 6 July: the six-month report, due by Saturday 4 July, runs to Tuesday 7 July.
    await world.store.saveHoliday({ date: '2026-07-06', name: 'Nghỉ hoán đổi' });
    await world.calendar.reload();
    try {
      const reply = await world.say('official-na', 'hạn nộp báo cáo 6 tháng');
      expect(reply).toContain('4/7/2026 là thứ Bảy, nên hạn kéo đến hết thứ Ba 7/7/2026 (Bộ luật Dân sự 2015, Điều 148) — còn 6 ngày.');
    } finally {
      await world.store.removeHoliday('2026-07-06');
      await world.calendar.reload();
    }
  });

  it('leaves "who has not submitted" to completeness', async () => {
    const reply = await world.say('official-na', 'ai chưa nộp báo cáo 6 tháng?');
    expect(reply).not.toContain('trước ngày 05 tháng 7');
    expect(reply).toMatch(/Nghệ An/);
  });
});

describe('whether a day of sending is on time', () => {
  it('judges the day against the deadline nearest it, moved off the weekend, and says a late report is still taken', async () => {
    // The six-month report of 2026 is due by Saturday 4 July, so it runs to the end of Monday 6 July.
    const onTime = await world.say('fp-vinh', 'Báo cáo 6 tháng nộp ngày 6/7 có bị trễ hạn không?');
    expect(onTime).toContain('Nộp ngày 6/7/2026: đúng hạn (hạn đến hết thứ Hai 6/7/2026).');
    expect(onTime).not.toContain('nộp trễ');
    const late = await world.say('fp-vinh', 'nop bc 6 thang vao thu ba 7/7 co kip khong');
    expect(late).toContain('Nộp ngày 7/7/2026: trễ 1 ngày (hạn đến hết thứ Hai 6/7/2026).');
    expect(late).toContain('Báo cáo nộp trễ vẫn được nhận và ghi là nộp trễ.');
  });

  it('judges only the report whose deadline is nearest when none is named, in English when asked so', async () => {
    const reply = await world.say('official-en', 'If we send the report on 22 December, is that late?');
    expect(reply).toContain('Sent on 22 December 2026: 1 day late (the deadline runs to the end of Monday 21 December 2026).');
    expect(reply).not.toContain('Six-month report');
  });

  it('answers whether a day is the deadline with a yes or a no first, the day read from a weekday or "mai"', async () => {
    // Wednesday 1 July 2026: "thứ 6 tuần này" is Friday 3 July; the six-month report runs to Monday 6 July.
    const friday = await world.say('fp-vinh', 'thứ 6 tuần này là hạn nộp hả');
    expect(friday.split('\n')[0]).toBe('Không: hạn nộp báo cáo 6 tháng là hết thứ Hai 6/7/2026, sau thứ Sáu 3/7/2026 3 ngày.');
    const saturday = await world.say('fp-vinh', 'bc 6 thang thu 7 la han chot phai ko');
    expect(saturday.split('\n')[0]).toBe(
      'Đúng theo lịch: chậm nhất thứ Bảy 4/7/2026; đó là ngày nghỉ nên hạn nộp báo cáo 6 tháng kéo đến hết thứ Hai 6/7/2026.',
    );
    const sunday = await world.say('fp-vinh', 'han nop bc 6 thang la chu nhat nay a?');
    expect(sunday.split('\n')[0]).toBe(
      'Gần đúng: hạn báo cáo 6 tháng theo lịch là thứ Bảy 4/7/2026, nhưng rơi vào ngày nghỉ nên kéo đến hết thứ Hai 6/7/2026.',
    );
    const monday = await world.say('official-en', 'Is the six-month report due on 6 July?');
    expect(monday.split('\n')[0]).toBe('Yes: Monday 6 July 2026 is the last day for the six-month report.');
    const tomorrow = await world.say('fp-vinh', 'mai là hạn nộp báo cáo 6 tháng à');
    expect(tomorrow.split('\n')[0]).toBe('Không: hạn nộp báo cáo 6 tháng là hết thứ Hai 6/7/2026, sau thứ Năm 2/7/2026 4 ngày.');
    // A day after a deadline still ahead: the deadline is named, not said to have passed.
    const late = await world.say('fp-vinh', '20/12/2030 co phai han chot bc nam ko ad');
    expect(late.split('\n')[0]).toBe('Không: hạn nộp báo cáo năm gần nhất là hết thứ Năm 19/12/2030, trước thứ Sáu 20/12/2030 1 ngày.');
  });

  it('states the day-off rule first when asked what a weekend does to a deadline', async () => {
    const reply = await world.say('fp-vinh', 'T7 CN có tính vào hạn nộp bc 6 tháng không ạ, hay được lùi sang thứ 2?');
    expect(reply.split('\n')[0]).toBe(
      'Hạn nộp rơi vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ thì kéo đến hết ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).',
    );
    expect(reply).toContain('4/7/2026 là thứ Bảy, nên hạn kéo đến hết thứ Hai 6/7/2026');
  });
});
