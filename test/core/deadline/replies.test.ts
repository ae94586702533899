import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/core/calendar/index.js';
import { composeDeadlines, composeProvinceAsked, deadlineFacts } from '../../../src/core/deadline/index.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';

const [sixMonth, annual, monthly, statistics] = DEFAULT_REPORTING_SCHEDULES as unknown as [Schedule, Schedule, Schedule, Schedule];
const TODAY = '2026-06-20';
const VIETNAMESE_MARKS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('composeDeadlines', () => {
  it('quotes the due day as written, says the last day on time it means, and counts the days to it (vi)', () => {
    const text = composeDeadlines({ lang: 'vi', place: null, deadlines: [deadlineFacts(sixMonth, TODAY)], missing: [], known: [] });
    expect(text).toContain('gửi Sở Lao động - Thương binh và Xã hội tỉnh “trước ngày 05 tháng 7”, tức chậm nhất ngày 4/7.');
    expect(text).toContain('Kỳ tới: 6 tháng đầu năm 2026, chậm nhất 04/07/2026 — còn 14 ngày.');
    expect(text).toContain('Nguồn: Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND ngày 16/10/2018 của UBND tỉnh Bắc Kạn.');
    expect(text).toContain('Sở Nội vụ');
    expect(text).not.toContain('05/07/2026');
  });

  it('says the same in English, in English words but for the names of documents', () => {
    const text = composeDeadlines({ lang: 'en', place: null, deadlines: [deadlineFacts(annual, TODAY)], missing: [], known: [] });
    expect(text).toContain('“before 20 December”, so the last day on time is 19 December.');
    expect(text).toContain('Next: 2026, by 19 Dec 2026 — 182 days left.');
    expect(text).toContain('Department of Home Affairs');
    const withoutDocuments = text.split('\n').filter((line) => !line.startsWith('Source')).join('\n');
    expect(withoutDocuments).not.toMatch(VIETNAMESE_MARKS);
  });

  it('says plainly that the document gives no day, quotes how the report goes, and names the calendar’s day as the bot’s', () => {
    const vi = composeDeadlines({ lang: 'vi', place: null, deadlines: [deadlineFacts(monthly, TODAY)], missing: [], known: [] });
    expect(vi).toContain('“hàng tháng báo cáo kết quả triển khai trong báo cáo kinh tế - xã hội”; văn bản không quy định ngày nộp.');
    expect(vi).toContain('Lịch nhắc của bot (ngày do bot đặt, không phải văn bản): ngày 20 hằng tháng. Kỳ tới: tháng 6/2026, hạn 20/06/2026 — hôm nay là ngày cuối.');
    const en = composeDeadlines({ lang: 'en', place: null, deadlines: [deadlineFacts(statistics, TODAY)], missing: [], known: [] });
    expect(en).toContain('from the provincial statistics office to the provincial social insurance office and DOLISA, “every quarter');
    expect(en).toContain('the document sets no day.');
    expect(en).toContain('the 15th of the month after the period. Next: Q2 2026, due 15 Jul 2026 — 25 days left.');
  });

  it('names the place whose calendar it is, and a report the calendar lacks', () => {
    const text = composeDeadlines({
      lang: 'vi', place: 'Tỉnh Nghệ An', deadlines: [], missing: ['nine-months'], known: ['Báo cáo 6 tháng', 'Báo cáo năm'],
    });
    expect(text).toBe([
      'Tỉnh Nghệ An: chưa có lịch riêng, áp dụng lịch chung.',
      'Lịch báo cáo không có báo cáo 9 tháng.',
      'Các báo cáo trong lịch: Báo cáo 6 tháng, Báo cáo năm.',
    ].join('\n'));
  });

  it('says when the reminders of a report named are off', () => {
    const off = { ...monthly, active: false } as Schedule;
    expect(composeDeadlines({ lang: 'en', place: null, deadlines: [deadlineFacts(off, TODAY)], missing: [], known: [] }))
      .toContain("The bot's reminders for it are off.");
  });

  it('names each document once and each change once', () => {
    const text = composeDeadlines({
      lang: 'vi', place: null, deadlines: [sixMonth, annual, monthly].map((s) => deadlineFacts(s, TODAY)), missing: [], known: [],
    });
    expect(text.match(/1736\/QĐ-UBND/g)).toHaveLength(1);
    expect(text.match(/Từ 01\/7\/2025/g)).toHaveLength(1);
  });
});

describe('composeProvinceAsked', () => {
  it('lists the places and asks for the province', () => {
    expect(composeProvinceAsked('vi', 'Châu Thành', ['Huyện Châu Thành, Tỉnh Tây Ninh', 'Huyện Châu Thành, Tỉnh Long An']))
      .toMatch(/^“Châu Thành” là tên của nhiều nơi[\s\S]*- Huyện Châu Thành, Tỉnh Long An\nHãy hỏi lại kèm tên tỉnh/);
  });
});
