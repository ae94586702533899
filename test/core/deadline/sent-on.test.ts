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
    ['nộp báo cáo hôm nay có kịp không', { daysFromToday: 0 }, [], null],
  ])('reads "%s"', (text, sentOn, kinds, period) => {
    expect(parseDeadlineQuestion(text)).toMatchObject({ sentOn, kinds, period });
  });

  it('reads no day without a word of lateness, and no day from a month or a quarter', () => {
    expect(parseDeadlineQuestion('hạn nộp báo cáo 6 tháng là ngày nào')?.sentOn).toBeNull();
    expect(parseDeadlineQuestion('báo cáo 6/2026 nộp có trễ không')?.sentOn ?? null).toBeNull();
  });
});

describe('parseDeadlineQuestion: the day a question counts from', () => {
  it.each([
    ['hom nay 1/7/2031 con may ngay den han bc 6 thang', { day: 1, month: 7, year: 2031 }, ['six-months']],
    ['Giả sử hôm nay là 15/12/2032 thì còn mấy ngày đến hạn báo cáo năm', { day: 15, month: 12, year: 2032 }, ['year']],
    ['tính từ ngày 10/12 còn mấy ngày đến hạn báo cáo năm', { day: 10, month: 12, year: null }, ['year']],
    ['today is 18 Dec 2031, how many days left for the annual report?', { day: 18, month: 12, year: 2031 }, ['year']],
    ['As of 30 June 2033, how many days are left before the half-year report is due?', { day: 30, month: 6, year: 2033 }, ['six-months']],
  ])('reads "%s"', (text, asOf, kinds) => {
    expect(parseDeadlineQuestion(text)).toMatchObject({ asOf, kinds, sentOn: null, dueOn: null, placeText: '' });
  });

  it('is the day of sending when lateness is asked, and never a day asked about on its own', () => {
    expect(parseDeadlineQuestion('hôm nay là 21/12/2031, nộp bc năm có kịp không')).toMatchObject({
      asOf: { day: 21, month: 12, year: 2031 },
      sentOn: { day: 21, month: 12, year: 2031 },
    });
    expect(parseDeadlineQuestion('nộp báo cáo năm ngày 21/12 có kịp không')?.asOf).toBeNull();
    expect(parseDeadlineQuestion('nộp báo cáo hôm nay có kịp không')).toMatchObject({ asOf: null, sentOn: { daysFromToday: 0 } });
  });
});

describe('parseDeadlineQuestion: the last day on time', () => {
  it('reads "the last on-time day" as a deadline question', () => {
    expect(parseDeadlineQuestion('What is the last on-time day for the half-year report?')).toMatchObject({ language: 'en', kinds: ['six-months'] });
  });
});

describe('parseDeadlineQuestion: a closing "nhé ạ" is politeness', () => {
  it('reads no question in "mai e gửi tiếp nhé a"', () => {
    expect(parseDeadlineQuestion('hom nay hop giao ban o huyen xong met qua, mai e gui tiep nhe a')).toBeNull();
  });
});

describe('parseDeadlineQuestion: a day asked whether it is the deadline', () => {
  it.each([
    ['thứ 6 tuần này là hạn nộp hả', { weekday: 5, week: 'this' }, []],
    ['ngày 19/12 có phải hạn nộp báo cáo năm không', { day: 19, month: 12, year: null }, ['year']],
    ['mai là hạn nộp à', { daysFromToday: 1 }, []],
    ['thứ 6 này là hạn nộp bc 6 tháng à ad', { weekday: 5, week: null }, ['six-months']],
    ['thứ 6 tuần này là hạn nộp bc năm hả anh ạ?', { weekday: 5, week: 'this' }, ['year']],
    ['han nop bc quy la chu nhat tuan sau dung ko', { weekday: 0, week: 'next' }, ['quarter']],
    ['is the annual report due on friday?', { weekday: 5, week: null }, ['year']],
    ['Báo cáo 6 tháng hạn là trước ngày 5/7 phải không ạ?', { day: 5, month: 7, year: null, before: true }, ['six-months']],
  ])('reads "%s"', (text, dueOn, kinds) => {
    expect(parseDeadlineQuestion(text)).toMatchObject({ dueOn, kinds, sentOn: null, placeText: '' });
  });

  it('reads no day without a yes/no question, nor a month written "t6", nor from a choice or a polite "ạ"', () => {
    expect(parseDeadlineQuestion('hạn nộp báo cáo năm là thứ mấy')?.dueOn).toBeNull();
    expect(parseDeadlineQuestion('BC 6T năm 2027 hạn chót là 4/7 hay 5/7 vậy ạ?')?.dueOn).toBeNull();
    expect(parseDeadlineQuestion('hạn nộp báo cáo 6 tháng là 4/7 ạ')?.dueOn).toBeNull();
    expect(parseDeadlineQuestion('hạn nộp báo cáo t6 phải không')?.dueOn).toBeNull();
  });
});

describe('sentOnDay', () => {
  it('reads weekdays in a week from Monday to Sunday, and days from today', () => {
    // 7 December 2026 is a Monday.
    expect(sentOnDay({ weekday: 5, week: 'this' }, TODAY)).toBe('2026-12-11');
    expect(sentOnDay({ weekday: 0, week: 'this' }, TODAY)).toBe('2026-12-13');
    expect(sentOnDay({ weekday: 1, week: 'next' }, TODAY)).toBe('2026-12-14');
    expect(sentOnDay({ weekday: 1, week: null }, TODAY)).toBe(TODAY);
    expect(sentOnDay({ weekday: 0, week: null }, '2026-12-09')).toBe('2026-12-13');
    expect(sentOnDay({ daysFromToday: 1 }, TODAY)).toBe('2026-12-08');
  });

  it('reads "trước ngày 5/7" as 4/7, and with `ahead` the next such day rather than the nearest', () => {
    expect(sentOnDay({ day: 5, month: 7, year: null, before: true }, TODAY)).toBe('2026-07-04');
    expect(sentOnDay({ day: 5, month: 7, year: null, before: true }, TODAY, true)).toBe('2027-07-04');
    expect(sentOnDay({ day: 5, month: 7, year: 2026 }, TODAY, true)).toBe('2026-07-05');
  });

  it('gives a missing year the one nearest today, and refuses a day that does not exist', () => {
    expect(sentOnDay({ day: 21, month: 12, year: null }, TODAY)).toBe('2026-12-21');
    expect(sentOnDay({ day: 3, month: 1, year: null }, TODAY)).toBe('2027-01-03');
    expect(sentOnDay({ day: 5, month: 7, year: null }, TODAY)).toBe('2026-07-05');
    expect(sentOnDay({ day: 31, month: 2, year: 2026 }, TODAY)).toBeNull();
    expect(sentOnDay({ daysFromToday: 0 }, TODAY)).toBe(TODAY);
  });
});
