import { describe, expect, it } from 'vitest';
import {
  composeAmbiguous,
  composeChoiceOutOfRange,
  composeCorrectedPlace,
  composeEmpty,
  composeHelp,
  composeInternalError,
  composeNoPlace,
  composeNotUnderstood,
  composeRememberedPlace,
  composeUnknownPlace,
} from '../../../src/core/answer/index.js';

describe('composeAmbiguous', () => {
  it('asks back with a numbered list', () => {
    expect(composeAmbiguous('vi', ['Huyện Châu Thành, Tỉnh Tây Ninh', 'Huyện Châu Thành, Tỉnh Long An'], 0)).toBe(
      'Có nhiều địa danh trùng tên, bạn muốn hỏi:\n1. Huyện Châu Thành, Tỉnh Tây Ninh\n2. Huyện Châu Thành, Tỉnh Long An\nTrả lời bằng số thứ tự.',
    );
  });

  it('mentions the places not listed, in English too', () => {
    const text = composeAmbiguous('en', ['Chau Thanh District, Tay Ninh Province'], 9);
    expect(text).toContain('1. Chau Thanh District, Tay Ninh Province');
    expect(text).toContain('and 9 more');
    expect(text).toContain('Reply with the number.');
  });

  it('says the name was not found when the list holds near names', () => {
    expect(composeAmbiguous('vi', ['Xã Sơn Hồng, Tỉnh Hà Tĩnh'], 0, 'tỉnh Sông Hồng').split('\n')[0]).toBe(
      'Không tìm thấy địa danh "tỉnh Sông Hồng". Có phải bạn muốn hỏi:',
    );
    expect(composeAmbiguous('en', ['Son Hong Commune, Ha Tinh Province'], 0, 'Song Hong')).toMatch(
      /^No place called "Song Hong" was found\. Did you mean:\n1\. /,
    );
  });
});

describe('composeUnknownPlace', () => {
  it('repeats the place text and offers suggestions', () => {
    const text = composeUnknownPlace('vi', 'Vihn', ['Thành phố Vinh, Tỉnh Nghệ An']);
    expect(text).toContain('Không tìm thấy địa danh "Vihn".');
    expect(text).toContain('- Thành phố Vinh, Tỉnh Nghệ An');
  });

  it('cuts a very long place text short', () => {
    expect(composeUnknownPlace('en', 'x'.repeat(500), []).length).toBeLessThan(200);
  });
});

describe('composeNotUnderstood', () => {
  it('gives the help after a question it could not read, one line after a remark', () => {
    expect(composeNotUnderstood('vi')).toBe(`Tôi chưa hiểu tin nhắn này.\n${composeHelp('vi')}`);
    expect(composeNotUnderstood('en', false)).toBe('I didn\'t understand that message. Type "help" to see how to ask for figures.');
  });
});

describe('composeHelp', () => {
  it('gives three Vietnamese examples of questions, then the chart and the workbook', () => {
    const text = composeHelp('vi');
    expect(text).toContain('tỷ lệ bao phủ BHXH Gia Lai 2025');
    expect(text).toContain('bhyt Hải Phòng');
    expect(text).toContain('biểu đồ bhxh Bắc Kạn (một hình), xuất excel Nghệ An (một bảng tính)');
    expect(text.match(/^- /gm)).toHaveLength(4);
  });

  it('gives three English examples of questions, then the chart and the workbook', () => {
    const text = composeHelp('en');
    expect(text).toContain('coverage for Vinh city');
    expect(text).toContain('chart coverage Bac Kan');
    expect(text.match(/^- /gm)).toHaveLength(4);
  });

  it('shows how to submit in the reply language, with no example period that could be sent back as real data', () => {
    expect(composeHelp('en')).toContain('nop bb <number> tn <number> ld <number>');
    expect(composeHelp('vi')).toContain('nop bb <số> tn <số> ld <số>');
    for (const lang of ['vi', 'en'] as const) expect(composeHelp(lang)).not.toMatch(/\dT\/20\d\d|\d{2}[.,]?\d{3}/);
  });
});

describe('other short replies', () => {
  it('answer in the language asked', () => {
    expect(composeNoPlace('vi')).toContain('địa phương nào');
    expect(composeNoPlace('en')).toContain('Which place');
    expect(composeEmpty('vi')).toContain('chưa có nội dung');
    expect(composeEmpty('en')).toContain('empty');
    expect(composeChoiceOutOfRange('vi', 3)).toBe('Vui lòng trả lời bằng một số từ 1 đến 3.');
    expect(composeInternalError('en')).toContain('Sorry');
  });
});

describe('composeCorrectedPlace', () => {
  it('says how a mistyped place was read, in both languages', () => {
    expect(composeCorrectedPlace('vi', 'Vinnh', 'Thành phố Vinh, Tỉnh Nghệ An')).toBe('Hiểu "Vinnh" là Thành phố Vinh, Tỉnh Nghệ An.');
    expect(composeCorrectedPlace('en', 'Vinnh', 'Vinh City, Nghe An Province')).toBe('Taking "Vinnh" to mean Vinh City, Nghe An Province.');
  });

  it('echoes the typed text tidied and cut short', () => {
    const text = composeCorrectedPlace('vi', `  Vinnh\n${'x'.repeat(100)}`, 'Thành phố Vinh');
    expect(text).toMatch(/^Hiểu "Vinnh x+…" là Thành phố Vinh\.$/u);
  });
});

describe('composeRememberedPlace', () => {
  it('says the earlier pick was taken and how to ask about another, in both languages', () => {
    expect(composeRememberedPlace('vi', 'Châu Thành', 'Châu Thành, Tây Ninh')).toBe(
      'Theo lựa chọn trước của bạn cho "Châu Thành". Muốn hỏi nơi khác cùng tên, ghi rõ tỉnh, ví dụ: "Châu Thành, Tây Ninh".',
    );
    expect(composeRememberedPlace('en', 'Chau Thanh', 'Chau Thanh, Tay Ninh')).toBe(
      'Going by your earlier pick for "Chau Thanh". To ask about another place of that name, add its province, e.g. "Chau Thanh, Tay Ninh".',
    );
  });

  it('asks for the type or province when no other place is in another province', () => {
    expect(composeRememberedPlace('vi', 'Phường 1', null)).toMatch(/ghi rõ loại đơn vị hoặc tỉnh\.$/u);
    expect(composeRememberedPlace('en', 'Ward 1', null)).toMatch(/add its type or province\.$/u);
  });
});
