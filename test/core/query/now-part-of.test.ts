import { describe, expect, it } from 'vitest';
import { withoutNowPartOf } from '../../../src/core/query/now-part-of.js';

describe('withoutNowPartOf', () => {
  it.each([
    ['bhxh bac kan (nay thuoc thai nguyen)', 'bhxh bac kan'],
    ['BHYT Bắc Kạn (nay thuộc tỉnh Thái Nguyên) 9 tháng 2021', 'BHYT Bắc Kạn 9 tháng 2021'],
    ['bhxh TP Vinh, giờ là phường Thành Vinh', 'bhxh TP Vinh'],
    ['coverage Bac Kan (now part of Thai Nguyen)', 'coverage Bac Kan'],
    ['Tỷ lệ BHYT của tỉnh Bắc Kạn (cũ) thuộc Thái Nguyên', 'Tỷ lệ BHYT của tỉnh Bắc Kạn (cũ)'],
    ['bhxh bac kan (cu) thuoc tinh thai nguyen?', 'bhxh bac kan (cu)?'],
    ["Haiphong's voluntary rate before it merged with Hai Duong?", "Haiphong's voluntary rate (old)?"],
    ['Tỉnh Thái Nguyên mới (gồm cả Bắc Kạn cũ) có bao nhiêu người tham gia BHXH?', 'Tỉnh Thái Nguyên mới có bao nhiêu người tham gia BHXH?'],
    ['tỷ lệ bhyt Hải Phòng trước khi sáp nhập với tỉnh Hải Dương là bao nhiêu', 'tỷ lệ bhyt Hải Phòng (cũ) là bao nhiêu'],
  ])('drops the note in "%s"', (text, left) => {
    expect(withoutNowPartOf(text)).toBe(left);
  });

  it.each([
    'Bắc Kạn nay thuộc tỉnh nào',
    'Bac Kan (now part of which province?)',
    'bhxh Hải Phòng',
    'xã Đồng Ý (nay thuộc đâu)',
    'Bắc Kạn (cũ) thuộc tỉnh nào',
    'bhyt Bắc Kạn (cũ) thuộc Thái Nguyên 2021',
    'Hải Phòng trước khi sáp nhập với tỉnh nào',
  ])('keeps "%s"', (text) => {
    expect(withoutNowPartOf(text)).toBe(text);
  });
});
