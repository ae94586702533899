import { describe, expect, it } from 'vitest';
import { parseDeadlineQuestion, sentOnDay } from '../../../src/core/deadline/index.js';

const TODAY = '2026-12-07';

describe('parseDeadlineQuestion: a day of sending asked about', () => {
  it.each([
    ['Báo cáo năm 2026 mà em nộp ngày 21/12 thì có bị trễ hạn không ạ?', { day: 21, month: 12, year: null }, ['year'], '2026'],
    ['nop bc nam vao chu nhat 20/12 co kip khong', { day: 20, month: 12, year: null }, ['year'], null],
    ['If our commune sends the annual report on 22 December, is that late?', { day: 22, month: 12, year: null }, ['year'], null],
    ['Báo cáo 6 tháng 2026 nộp hôm 5/7/2026 có tính là đúng hạn không?', { day: 5, month: 7, year: 2026 }, ['six-months'], '2026-6M'],
    ['gửi báo cáo ngày 3 tháng 7 năm 2026 có muộn không', { day: 3, month: 7, year: 2026 }, [], null],
    ['Is the report on time if we submit it December 19?', { day: 19, month: 12, year: null }, [], null],
    ['nộp báo cáo hôm nay có kịp không', { today: true }, [], null],
  ])('reads "%s"', (text, sentOn, kinds, period) => {
    expect(parseDeadlineQuestion(text)).toMatchObject({ sentOn, kinds, period });
  });

  it('reads no day without a word of lateness, and no day from a month or a quarter', () => {
    expect(parseDeadlineQuestion('hạn nộp báo cáo 6 tháng là ngày nào')?.sentOn).toBeNull();
    expect(parseDeadlineQuestion('báo cáo 6/2026 nộp có trễ không')?.sentOn ?? null).toBeNull();
  });
});

describe('sentOnDay', () => {
  it('gives a missing year the one nearest today, and refuses a day that does not exist', () => {
    expect(sentOnDay({ day: 21, month: 12, year: null }, TODAY)).toBe('2026-12-21');
    expect(sentOnDay({ day: 3, month: 1, year: null }, TODAY)).toBe('2027-01-03');
    expect(sentOnDay({ day: 5, month: 7, year: null }, TODAY)).toBe('2026-07-05');
    expect(sentOnDay({ day: 31, month: 2, year: 2026 }, TODAY)).toBeNull();
    expect(sentOnDay({ today: true }, TODAY)).toBe(TODAY);
  });
});
