import { describe, expect, it } from 'vitest';
import { parseCompletenessQuery } from '../../../src/core/completeness/index.js';

describe('parseCompletenessQuery', () => {
  it.each([
    ['ai chưa nộp báo cáo 6 tháng?', 'six_month', ''],
    ['ai chua nop bao cao 6 thang', 'six_month', ''],
    ['ai chua nop', null, ''],
    ['đơn vị nào chưa nộp', null, ''],
    ['xã nào chưa nộp báo cáo năm', 'annual', ''],
    ['chưa báo cáo', null, ''],
    ['ai nộp muộn báo cáo tháng', 'monthly', ''],
    ['tình hình nộp báo cáo Nghệ An', null, 'Nghệ An'],
    ['tinh hinh nop bao cao Nghe An', null, 'Nghe An'],
    ['tỷ lệ nộp báo cáo Hà Tĩnh', null, 'Hà Tĩnh'],
    ['tình hình nộp báo cáo của Nghệ An hiện nay thế nào', null, 'Nghệ An'],
    ['những ai chưa gửi số liệu hàng tháng ở Gia Lai vậy', 'monthly', 'Gia Lai'],
  ])('reads the Vietnamese question "%s"', (text, scheduleKey, placeText) => {
    expect(parseCompletenessQuery(text)).toEqual({ language: 'vi', scheduleKey, period: null, placeText });
  });

  it.each([
    ['who has not reported', null, ''],
    ["who hasn't submitted the annual report", 'annual', ''],
    ['who hasn’t sent their figures yet', null, ''],
    ['reporting status Nghe An', null, 'Nghe An'],
    ['completeness', null, ''],
    ['Which communes have not reported yet in Gia Lai?', null, 'Gia Lai'],
    ['who is late with the six-month report', 'six_month', ''],
    ['missing monthly reports, Nghe An province', 'monthly', 'Nghe An province'],
  ])('reads the English question "%s"', (text, scheduleKey, placeText) => {
    expect(parseCompletenessQuery(text)).toEqual({ language: 'en', scheduleKey, period: null, placeText });
  });

  it('leaves whether one’s own report is still in time to the deadline', () => {
    expect(parseCompletenessQuery('xã em chưa nộp bc 6 tháng, còn kịp không')).toBeNull();
    expect(parseCompletenessQuery('we have not sent the annual report yet, is it too late?')).toBeNull();
    expect(parseCompletenessQuery('xã nào chưa nộp báo cáo 6 tháng')).not.toBeNull();
  });

  it('still reads the question after the writer says their own report is sent', () => {
    expect(parseCompletenessQuery('em đã nộp báo cáo rồi, xã nào chưa nộp?')).not.toBeNull();
  });

  it('takes an explicit period and keeps the place in its own spelling', () => {
    expect(parseCompletenessQuery('ai chưa nộp báo cáo 6T/2025 tỉnh Nghệ An')).toEqual({
      language: 'vi',
      scheduleKey: 'six_month',
      period: '2025-6M',
      placeText: 'tỉnh Nghệ An',
    });
    expect(parseCompletenessQuery('tiến độ nộp báo cáo năm 2025')).toEqual({ language: 'vi', scheduleKey: 'annual', period: '2025', placeText: '' });
    expect(parseCompletenessQuery('xã nào chưa nộp số liệu tháng 6/2025 ở Hà Tĩnh')).toMatchObject({
      scheduleKey: 'monthly',
      period: '2025-06',
      placeText: 'Hà Tĩnh',
    });
    expect(parseCompletenessQuery('báo cáo 6 tháng đầu năm 2025 Nghệ An ai chưa nộp')).toMatchObject({ period: '2025-6M', placeText: 'Nghệ An' });
    expect(parseCompletenessQuery('reporting status Q2/2025')).toMatchObject({ language: 'en', scheduleKey: null, period: '2025-Q2', placeText: '' });
  });

  it('does not read "năm" or "tháng" inside a place name as a report', () => {
    expect(parseCompletenessQuery('ai chua nop bao cao Quang Nam')).toMatchObject({ scheduleKey: null, placeText: 'Quang Nam' });
    expect(parseCompletenessQuery('ai chưa nộp ở Hà Nam')).toMatchObject({ scheduleKey: null, placeText: 'Hà Nam' });
  });

  it.each([
    'tỷ lệ bao phủ BHXH Nghệ An',
    'coverage for Vinh city',
    'bhxh vinh 2024',
    'Gia Lai BHTN 2025 target',
    'so sánh các xã Nghệ An',
    'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000',
    'nộp T6/2025 bhyt 520.000 ds 560.000',
    'xin chào',
    '',
    'báo cáo',
    'Dạ báo cáo anh, em cần chỉ tiêu BHXH Gia Lai 2023',
    // The writer's own report sent is a statement, not a question about who has reported.
    'em đã nộp báo cáo rồi, giờ cho em hỏi BHYT Hải Phòng hết tháng 11/2023 đạt bao nhiêu %',
    'bên em gửi bc tháng 11 xong rồi',
    'e da gui bc roi nhe. ty le bhyt hai phong bao nhieu a',
    // Sending a paper that is no report is office work.
    'Sở mình đã gửi công văn cho UBND các xã chưa anh?',
    'phòng đã ban hành kế hoạch chưa',
  ])('leaves "%s" to the other features', (text) => {
    expect(parseCompletenessQuery(text)).toBeNull();
  });

  it('never throws on hostile input', () => {
    for (const text of ['\u0000ai chưa nộp\ud800', 'who has not reported '.repeat(500), '😀 chưa nộp 😀']) {
      expect(() => parseCompletenessQuery(text)).not.toThrow();
    }
    expect(parseCompletenessQuery(42 as unknown as string)).toBeNull();
  });
});
