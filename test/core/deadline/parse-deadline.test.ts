import { describe, expect, it } from 'vitest';
import { parseDeadlineQuestion } from '../../../src/core/deadline/index.js';

describe('parseDeadlineQuestion', () => {
  it.each([
    ['Hiện nay đang mở kỳ báo cáo nào vậy ạ?', 'vi', []],
    ['which reporting period is open right now?', 'en', []],
    ['bc nam con bn ngay nua thi het han vay', 'vi', ['year']],
    ['Báo cáo 6 tháng năm 2026 đã hết hạn chưa?', 'vi', ['six-months']],
    ['báo cáo năm nộp muộn nhất hôm nào, thứ mấy?', 'vi', ['year']],
    ['Last day for the 2027 half-year report?', 'en', ['six-months']],
    ['Báo cáo cả năm em gửi thẳng lên tỉnh hay phải qua huyện ạ?', 'vi', ['year']],
    ['Báo cáo năm bây giờ gửi Sở LĐTBXH hay Sở Nội vụ vậy anh?', 'vi', ['year']],
    ['does the stats office have a fixed day for sending population & labour force numbers?', 'en', ['statistics']],
    ['báo cáo 9 tháng nộp hạn nào ạ', 'vi', ['nine-months']],
    ['bc nam han ngay nao vay a', 'vi', ['year']],
    ['bc năm còn kịp ko ad, còn mấy hôm nữa', 'vi', ['year']],
    ['bc 6 tháng là gửi trước mùng 5/7 đúng ko ạ, hay gửi đúng ngày 5 vẫn được ạ?', 'vi', ['six-months']],
  ])('reads the everyday phrasing "%s"', (text, language, kinds) => {
    expect(parseDeadlineQuestion(text)).toMatchObject({ language, kinds });
  });

  it('reads a question of what a day off does to a deadline, and only that', () => {
    expect(parseDeadlineQuestion('T7 CN có tính vào hạn nộp bc không ạ, hay được lùi sang thứ 2?')?.asksDayOff).toBe(true);
    expect(parseDeadlineQuestion('if the deadline falls on a weekend does it move to monday?')?.asksDayOff).toBe(true);
    expect(parseDeadlineQuestion('hạn nộp báo cáo năm là ngày nào')?.asksDayOff).toBe(false);
  });

  it('reads "được không" after a day as asking whether that day is on time', () => {
    expect(parseDeadlineQuestion('nop bc ca nam ngay 19/12 dc k ad')?.sentOn).toEqual({ day: 19, month: 12, year: null });
  });

  it.each([
    ['Báo cáo 6 tháng đầu năm phải nộp trước ngày nào vậy?', ['six-months']],
    ['bc nua nam han chot khi nao', ['six-months']],
    ['Thời hạn gửi báo cáo cả năm?', ['year']],
    ['bao cao hang nam gui luc nao', ['year']],
    ['Số liệu hàng tháng gửi khi nào ạ', ['month']],
    ['Báo cáo tổng kết năm thì gửi cho ai?', ['year']],
    ['nộp báo cáo 6 tháng ở đâu', ['six-months']],
    ['Báo cáo hằng tháng gửi như thế nào?', ['month']],
    ['Cục Thống kê cung cấp số liệu dân số, lao động cho cơ quan nào?', ['statistics']],
    ['Bao lâu nữa đến hạn? còn mấy ngày nữa', []],
    ['lịch nộp báo cáo năm và 6 tháng', ['year', 'six-months']],
    ['Báo cáo cả năm gửi ai?', ['year']],
  ])('reads the Vietnamese question "%s"', (text, kinds) => {
    expect(parseDeadlineQuestion(text)).toMatchObject({ language: 'vi', kinds, placeText: '' });
  });

  it.each([
    ['By when must we send the yearly report?', ['year']],
    ['semi-annual reporting deadline', ['six-months']],
    ['Where do I submit the monthly report?', ['month']],
    ['how many days are left before the mid-year report is due', ['six-months']],
    ['Who do communes send the annual report to?', ['year']],
    ['what is the deadline', []],
    ['who is the annual report sent to', ['year']],
    ['annual report submission date', ['year']],
    ['when do we submit?', []],
    ['six-monthly report due date', ['six-months']],
  ])('reads the English question "%s"', (text, kinds) => {
    expect(parseDeadlineQuestion(text)).toMatchObject({ language: 'en', kinds, placeText: '' });
  });

  it('leaves the place in its own spelling, and the words that are no place to the place finder', () => {
    expect(parseDeadlineQuestion('Hạn chót nộp báo cáo năm của tỉnh Gia Lai là ngày nào?')?.placeText).toBe('tỉnh Gia Lai');
    expect(parseDeadlineQuestion('han nop bao cao 6 thang o Hai Phong')?.placeText).toContain('Hai Phong');
    expect(parseDeadlineQuestion('annual report deadline for Bac Kan province')?.placeText).toBe('Bac Kan');
    // Place syllables spelled with their marks are never taken for filler.
    expect(parseDeadlineQuestion('hạn nộp báo cáo năm Cần Thơ')?.placeText).toBe('Cần Thơ');
    expect(parseDeadlineQuestion('hạn nộp báo cáo năm huyện Kỳ Anh')?.placeText).toBe('huyện Kỳ Anh');
  });

  it('cuts the words of the trade, so that they are never read as a place', () => {
    const question = parseDeadlineQuestion('Báo cáo kết quả thực hiện Nghị quyết 28 theo Chương trình hành động gửi về đâu?');
    expect(question).toMatchObject({ language: 'vi', kinds: [] });
    expect(question?.placeText).not.toMatch(/Nghị|quyết|Chương|trình|hành|động|kết|quả/);
  });

  it('answers in Vietnamese a Vietnamese message that uses the English word "deadline"', () => {
    expect(parseDeadlineQuestion('DEADLINE BÁO CÁO 6 THÁNG')?.language).toBe('vi');
    expect(parseDeadlineQuestion('deadline bao cao nam')?.language).toBe('vi');
    expect(parseDeadlineQuestion('deadline for the annual report')?.language).toBe('en');
  });

  it('takes a period named with the report', () => {
    expect(parseDeadlineQuestion('báo cáo 6 tháng năm 2025 hạn ngày nào')).toMatchObject({ kinds: ['six-months'], period: '2025-6M' });
    expect(parseDeadlineQuestion('hạn nộp báo cáo năm 2027')).toMatchObject({ kinds: ['year'], period: '2027' });
    expect(parseDeadlineQuestion('hạn nộp báo cáo năm')?.period).toBeNull();
  });

  it.each([
    'ai chưa nộp báo cáo 6 tháng?',
    'xã nào chưa gửi báo cáo năm',
    'who has not submitted the six-month report',
    'nop 6T/2026 bb 41.200 tn 3.150 ld 180.000',
    'tỷ lệ bao phủ BHXH Nghệ An 6 tháng đầu năm 2025',
    'BHXH Nghệ An như thế nào?',
    'Khi nào Bắc Kạn đạt chỉ tiêu BHTN?',
    'When will Gia Lai reach its social insurance target?',
    'coverage for Vinh city',
    'nộp số liệu thế nào?',
    'how do I send figures to the bot',
    'BHXH Nghệ An 6 tháng thế nào',
    'xin chào',
    '/lich',
    '',
  ])('is not "%s"', (text) => {
    expect(parseDeadlineQuestion(text)).toBeNull();
  });
});

describe("parseDeadlineQuestion: the writer's own report sent", () => {
  it('is news, not a question of deadlines', () => {
    expect(parseDeadlineQuestion('ngay 15/8 e da gui bc roi nhe. gio cho e hoi bhyt hai phong con thieu bn % nua moi dat 95% a')).toBeNull();
    expect(parseDeadlineQuestion('em gửi báo cáo rồi nhé')).toBeNull();
  });

  it('unless lateness or a deadline is asked beside it', () => {
    expect(parseDeadlineQuestion('em nộp bc 6 tháng ngày 5/7/2027 rồi, có bị trễ không')?.sentOn).not.toBeNull();
    expect(parseDeadlineQuestion('em gửi bc rồi, hạn báo cáo năm là ngày nào')).not.toBeNull();
  });
});
