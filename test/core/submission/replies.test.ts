import { describe, expect, it } from 'vitest';
import { composeOutlierQuestion, composeSubmissionProblems, type SubmissionProblem } from '../../../src/core/submission/index.js';
import { problems } from '../../support/submission-builders.js';

const EXAMPLE_VI = 'Ví dụ: nop 6T/2025 bb 41.200 tn 3.150 ld 180.000';
const EXAMPLE_EN = 'Example: nop 6T/2025 bb 41.200 tn 3.150 ld 180.000';

describe('composeSubmissionProblems', () => {
  it("says a key appears twice, in the sender's language and number format", () => {
    const found = problems('nop bb 41200 bb 41300');
    expect(composeSubmissionProblems('vi', found)).toBe(`'bb' xuất hiện hai lần (41.200 và 41.300); mỗi chỉ tiêu chỉ ghi một lần.\n${EXAMPLE_VI}`);
    expect(composeSubmissionProblems('en', found)).toBe(`'bb' appears twice (41,200 and 41,300); give each key once.\n${EXAMPLE_EN}`);
  });

  it('names both sides of a numerator above its denominator', () => {
    const found = problems('nop bb 41.200 tn 3.150 ld 40.000');
    expect(composeSubmissionProblems('vi', found)).toBe(`bb + tn (44.350) lớn hơn ld (40.000).\n${EXAMPLE_VI}`);
    expect(composeSubmissionProblems('en', found)).toBe(`bb + tn (44,350) is larger than ld (40,000).\n${EXAMPLE_EN}`);
  });

  it('writes one line per problem, then the correct form', () => {
    const text = composeSubmissionProblems('vi', problems('nop T13/2025 bb 41,5 tnn 3 ld -4 ds'));
    const lines = text.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe(EXAMPLE_VI);
  });

  it.each<[string, string, string]>([
    ['nop bb 41,5', "'bb': '41,5' có phần thập phân", "'bb': '41,5' has a decimal part"],
    ['nop bb 41,200', 'nếu là 41.200 người, viết 41.200 hoặc 41200', 'for 41,200 people write 41.200 or 41200'],
    ['nop bb 41.20', "'bb': không rõ số '41.20' (nhóm nghìn phải đủ 3 chữ số", "'bb': cannot read the number '41.20' (a thousands group has 3 digits"],
    ['nop bb 12k', "'bb': không rõ số '12k' (chỉ viết chữ số", "'bb': cannot read the number '12k' (write digits only"],
    ['nop bb -5', "'bb' không được âm (-5)", "'bb' cannot be negative (-5)"],
    ['nop ld 300.000.000', "'ld' quá lớn (300.000.000); tối đa 200.000.000", "'ld' is too large (300,000,000); the most is 200,000,000"],
    ['nop bb 1 tnn 3.150', "'tnn' (3.150) không phải chỉ tiêu đã biết; có phải 'tn'?", "'tnn' (3,150) is not a known key; did you mean 'tn'?"],
    ['nop bb 1 xyz 5', 'dùng một trong: ld, ds, bb, tn, bhtn, bhyt, huu, sth', 'use one of: ld, ds, bb, tn, bhtn, bhyt, huu, sth'],
    ['nop 3.150 bb 1', 'Số 3.150 không đi sau chỉ tiêu nào', 'The number 3,150 has no key before it'],
    ['nop bb', "'bb' thiếu số đi kèm", "'bb' has no number after it"],
    ['nop', 'Không thấy số liệu nào', 'No figures found'],
    ['nop T13/2025 bb 1', "Không rõ kỳ báo cáo 'T13/2025'", "Cannot read the period 'T13/2025'"],
    ['nop 6T/2025 Q2/2025 bb 1', "Hai kỳ báo cáo khác nhau: '6T/2025' và 'Q2/2025'", "Two different periods: '6T/2025' and 'Q2/2025'"],
  ])('explains "%s"', (text, vi, en) => {
    const found = problems(text);
    expect(composeSubmissionProblems('vi', found)).toContain(vi);
    expect(composeSubmissionProblems('en', found)).toContain(en);
  });

  it("shortens a long piece of the sender's text", () => {
    const line = composeSubmissionProblems('vi', [{ code: 'too_large', key: 'ld', value: '9'.repeat(60) }]).split('\n')[0] ?? '';
    expect(line.length).toBeLessThan(80);
    expect(line).toContain('…');
  });

  it('sums up problems beyond ten in one line', () => {
    const many: SubmissionProblem[] = Array.from({ length: 14 }, (_, i) => ({ code: 'unknown_key', value: String(i) }));
    const lines = composeSubmissionProblems('en', many).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[10]).toBe('… and 4 more.');
  });

  it('still shows the correct form when given no problem', () => {
    expect(composeSubmissionProblems('vi', [])).toBe(EXAMPLE_VI);
  });
});

describe('composeOutlierQuestion', () => {
  const outliers = [
    { key: 'bb' as const, previous: 30000, current: 41250, changePercent: 37.5 },
    { key: 'tn' as const, previous: 3150, current: 2000, changePercent: -36.507936 },
  ];

  it('lists each change and asks to confirm or cancel, in Vietnamese', () => {
    expect(composeOutlierQuestion('vi', outliers)).toBe(
      [
        'Số liệu thay đổi hơn 30% so với kỳ trước:',
        '• bb: 30.000 → 41.250 (+37,5%)',
        '• tn: 3.150 → 2.000 (-36,5%)',
        'Trả lời "xac nhan" để ghi nhận hoặc "huy" để hủy.',
      ].join('\n'),
    );
  });

  it('and in English', () => {
    expect(composeOutlierQuestion('en', outliers)).toBe(
      [
        'These figures changed by more than 30% against the previous report:',
        '• bb: 30,000 → 41,250 (+37.5%)',
        '• tn: 3,150 → 2,000 (-36.5%)',
        'Reply "confirm" to record them or "cancel" to cancel.',
      ].join('\n'),
    );
  });

  it('asks nothing when nothing changed much', () => {
    expect(composeOutlierQuestion('vi', [])).toBe('');
  });
});
