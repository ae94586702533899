import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/core/calendar/index.js';
import { composeDeadlines, composeProvinceAsked, deadlineFacts } from '../../../src/core/deadline/index.js';
import { sentVerdict } from '../../../src/core/deadline/verdicts.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';

const [sixMonth, annual, monthly, statistics] = DEFAULT_REPORTING_SCHEDULES as unknown as [Schedule, Schedule, Schedule, Schedule];
const TODAY = '2026-06-20';
const VIETNAMESE_MARKS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('composeDeadlines', () => {
  it('quotes the due day as written, says the last day on time it means, and counts the days to it (vi)', () => {
    const text = composeDeadlines({ lang: 'vi', place: null, deadlines: [deadlineFacts(sixMonth, TODAY)], missing: [], known: [] });
    expect(text).toContain('gửi Sở Lao động - Thương binh và Xã hội tỉnh “trước ngày 05 tháng 7”, tức chậm nhất ngày 4/7.');
    expect(text).toContain(
      'Kỳ tới: 6 tháng đầu năm 2026, chậm nhất 04/07/2026; 4/7/2026 là thứ Bảy, nên hạn kéo đến hết thứ Hai 6/7/2026 (Bộ luật Dân sự 2015, Điều 148) — còn 16 ngày.',
    );
    expect(text).toContain('Nguồn: Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND ngày 16/10/2018 của UBND tỉnh Bắc Kạn.');
    expect(text).toContain('Sở Nội vụ');
    expect(text).not.toContain('05/07/2026');
  });

  it('says the same in English, in English words but for the names of documents', () => {
    const text = composeDeadlines({ lang: 'en', place: null, deadlines: [deadlineFacts(annual, TODAY)], missing: [], known: [] });
    expect(text).toContain('“before 20 December”, so the last day on time is 19 December.');
    expect(text).toContain(
      'Next: 2026, by 19 Dec 2026; 19 December 2026 is a Saturday, so the deadline runs to the end of Monday 21 December 2026 (Civil Code 2015, Article 148) — 184 days left.',
    );
    expect(text).toContain('Department of Home Affairs');
    const withoutDocuments = text
      .split('\n')
      .filter((line) => !line.startsWith('Source'))
      .join('\n');
    expect(withoutDocuments).not.toMatch(VIETNAMESE_MARKS);
  });

  it('says nothing of a move when the last day is a working day, and names the holiday when it is one', () => {
    const friday = composeDeadlines({ lang: 'vi', place: null, deadlines: [deadlineFacts(annual, '2025-12-01')], missing: [], known: [] });
    expect(friday).toContain('Kỳ tới: năm 2025, chậm nhất thứ Sáu 19/12/2025 — còn 18 ngày.');
    const source = annual.source!;
    const tet: Schedule = {
      ...annual,
      due: { kind: 'fixed', month: 2, day: 9, nextYear: true },
      source: { ...source, due: { ...source.due!, rule: { kind: 'fixed', month: 2, day: 10, nextYear: true }, before: true } },
    };
    const facts = deadlineFacts(tet, '2027-02-01', '2026');
    const vi = composeDeadlines({ lang: 'vi', place: null, deadlines: [facts], missing: [], known: [] });
    expect(vi).toContain(
      'chậm nhất 09/02/2027; 9/2/2027 là ngày nghỉ lễ (Tết Nguyên đán), nên hạn kéo đến hết thứ Sáu 12/2/2027 (Bộ luật Dân sự 2015, Điều 148) — còn 11 ngày.',
    );
    const en = composeDeadlines({ lang: 'en', place: null, deadlines: [facts], missing: [], known: [] });
    expect(en).toContain(
      '9 February 2027 is a public holiday, so the deadline runs to the end of Friday 12 February 2027 (Civil Code 2015, Article 148) — 11 days left.',
    );
  });

  it('says plainly that the document gives no day and none is set, and quotes how the report goes', () => {
    const vi = composeDeadlines({ lang: 'vi', place: null, deadlines: [deadlineFacts(monthly, TODAY)], missing: [], known: [] });
    expect(vi).toContain('“hàng tháng báo cáo kết quả triển khai trong báo cáo kinh tế - xã hội”; văn bản không quy định ngày nộp.');
    expect(vi).toContain('Kỳ tới: tháng 6/2026: chưa có ngày nộp (văn bản không quy định, tỉnh chưa đặt), nên bot không nhắc hạn này.');
    const en = composeDeadlines({ lang: 'en', place: null, deadlines: [deadlineFacts(statistics, TODAY)], missing: [], known: [] });
    expect(en).toContain('from the provincial statistics office to the provincial social insurance office and DOLISA, “every quarter');
    expect(en).toContain('the document sets no day.');
    expect(en).toContain('no day is set (the document gives none and the province has not set one)');
  });

  it('names a day a province set as the province’s, not the document’s, and counts to it', () => {
    const set = { ...statistics, due: { kind: 'in-next-month', day: 15 }, active: true } as Schedule;
    const en = composeDeadlines({ lang: 'en', place: null, deadlines: [deadlineFacts(set, TODAY)], missing: [], known: [] });
    expect(en).toContain(
      "A day the province set (not the document's): the 15th of the month after the period. Next: Q2 2026, by Wednesday 15 Jul 2026 — 25 days left.",
    );
    const moved = { ...sixMonth, due: { kind: 'fixed', month: 7, day: 10 } } as Schedule;
    const vi = composeDeadlines({ lang: 'vi', place: null, deadlines: [deadlineFacts(moved, TODAY)], missing: [], known: [] });
    expect(vi).toContain('Kỳ tới: 6 tháng đầu năm 2026, chậm nhất thứ Sáu 10/07/2026 — còn 20 ngày. Theo văn bản là 04/07/2026; lịch đã được đổi.');
  });

  it('names the place whose calendar it is, and a report the calendar lacks', () => {
    const text = composeDeadlines({
      lang: 'vi',
      place: 'Tỉnh Nghệ An',
      deadlines: [],
      missing: ['nine-months'],
      known: ['Báo cáo 6 tháng', 'Báo cáo năm'],
    });
    expect(text).toBe(
      [
        'Tỉnh Nghệ An: chưa có lịch riêng, áp dụng lịch chung.',
        'Lịch báo cáo không có báo cáo 9 tháng.',
        'Các báo cáo trong lịch: Báo cáo 6 tháng, Báo cáo năm.',
      ].join('\n'),
    );
  });

  it('says when the reminders of a report named are off', () => {
    const off = { ...annual, active: false } as Schedule;
    expect(composeDeadlines({ lang: 'en', place: null, deadlines: [deadlineFacts(off, TODAY)], missing: [], known: [] })).toContain(
      "The bot's reminders for it are off.",
    );
  });

  it('names each document once and each change once', () => {
    const text = composeDeadlines({
      lang: 'vi',
      place: null,
      deadlines: [sixMonth, annual, monthly].map((s) => deadlineFacts(s, TODAY)),
      missing: [],
      known: [],
    });
    expect(text.match(/1736\/QĐ-UBND/g)).toHaveLength(1);
    expect(text.match(/Từ 01\/7\/2025/g)).toHaveLength(1);
  });
});

describe('composeProvinceAsked', () => {
  it('lists the places and asks for the province', () => {
    expect(composeProvinceAsked('vi', 'Châu Thành', ['Huyện Châu Thành, Tỉnh Tây Ninh', 'Huyện Châu Thành, Tỉnh Long An'])).toMatch(
      /^“Châu Thành” là tên của nhiều nơi[\s\S]*- Huyện Châu Thành, Tỉnh Long An\nHãy hỏi lại kèm tên tỉnh/,
    );
  });
});

describe('sentVerdict', () => {
  it('says how many days ahead of the last day a report on time is, and how late a late one is', () => {
    expect(sentVerdict('2027-07-02', '2027-07-05', 'vi')).toBe('Nộp ngày 2/7/2027: đúng hạn, trước hạn chót 3 ngày (hạn đến hết thứ Hai 5/7/2027).');
    expect(sentVerdict('2027-07-05', '2027-07-05', 'vi')).toBe('Nộp ngày 5/7/2027: đúng hạn (hạn đến hết thứ Hai 5/7/2027).');
    expect(sentVerdict('2027-07-06', '2027-07-05', 'en')).toBe('Sent on 6 July 2027: 1 day late (the deadline runs to the end of Monday 5 July 2027).');
    expect(sentVerdict('2027-07-04', '2027-07-05', 'en')).toBe(
      'Sent on 4 July 2027: on time, 1 day before the deadline ends (the deadline runs to the end of Monday 5 July 2027).',
    );
  });
});
