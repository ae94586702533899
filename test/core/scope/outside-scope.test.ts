import { describe, expect, it } from 'vitest';
import { composeOutsideScope, readPolicyQuestion } from '../../../src/core/scope/outside-scope.js';

describe('readPolicyQuestion', () => {
  it.each([
    ['Bot ơi lương cơ sở năm nay là bao nhiêu vậy?', 'salary'],
    ['mức đóng BHYT hộ gia đình năm nay là bao nhiêu?', 'amounts'],
    ['phu cap cho dau moi xa bao nhieu a', 'allowances'],
    ['thủ tục rút bhxh 1 lần thế nào', 'procedures'],
    ['cấp lại thẻ bhyt ở đâu', 'procedures'],
    ["what's the minimum monthly contribution for voluntary social insurance right now?", 'amounts'],
    ['Tỷ lệ hưởng BHXH một lần bây giờ tính thế nào ạ', 'amounts'],
    ['rút BHXH một lần được bao nhiêu', 'amounts'],
    ['how much do farmers pay for health insurance?', 'amounts'],
  ])('reads "%s" as a question about %s', (text, topic) => {
    expect(readPolicyQuestion(text)).toBe(topic);
  });

  it.each([
    'tỷ lệ bao phủ bhyt hộ gia đình Nghệ An',
    'số người tham gia BHXH tự nguyện ở Gia Lai và mức đóng',
    'bhxh Nghệ An 2024',
    'tra cứu số liệu bhyt Hải Phòng',
    'hạn nộp báo cáo năm',
    'đến 2025 Hải Phòng phải đạt bao nhiêu % người sau tuổi nghỉ hưu được hưởng lương hưu, trợ cấp?',
    'In the nine-month review for 2021, what did Bac Kan reach for compulsory SI?',
  ])('leaves "%s" to the features that give figures', (text) => {
    expect(readPolicyQuestion(text)).toBeNull();
  });
});

describe('composeOutsideScope', () => {
  it('names what is not held, what is, and where to ask, in the language asked', () => {
    expect(composeOutsideScope('vi', 'salary')).toMatch(/^Tôi không có thông tin về lương cơ sở, tiền lương\. .*cơ quan BHXH nơi bạn tham gia\.$/);
    expect(composeOutsideScope('en', 'procedures')).toContain('I do not hold information on procedures, cards and books.');
  });
});

describe('readPolicyQuestion: contacts', () => {
  it.each([
    'Bảo hiểm xã hội Việt Nam có số tổng đài hỗ trợ không ạ?',
    'so dien thoai bhxh tinh nghe an la gi',
    'What is the hotline of Vietnam Social Security?',
  ])('reads "%s" as a question about contacts', (text) => {
    expect(readPolicyQuestion(text)).toBe('contacts');
  });

  it('takes a number given for no question', () => {
    expect(readPolicyQuestion('co gi a chi lien he chi Thu sdt 0987 123 456 giup e nhe')).toBeNull();
  });

  it('names contacts in the reply', () => {
    expect(composeOutsideScope('vi', 'contacts')).toContain('tổng đài, số điện thoại, địa chỉ liên hệ');
  });
});
