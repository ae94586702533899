import { describe, expect, it } from 'vitest';
import { readOwnPlace } from '../../../src/core/query/own-place.js';

describe('readOwnPlace', () => {
  it.each([
    ['bhyt của xã mình được bao nhiêu rồi', 'commune'],
    ['Tỷ lệ bao phủ BHXH của tỉnh em', 'province'],
    ['bhxh huyện chúng tôi', 'district'],
    ['social insurance coverage for my district', 'district'],
    ['our province health insurance', 'province'],
    ['tỷ lệ bao phủ của đơn vị em', null],
    ['bhxh phường mình năm nay', 'commune'],
  ])('reads "%s" as the speaker’s own %s', (text, level) => {
    expect(readOwnPlace(text)).toEqual({ level });
  });

  it.each(['bhxh xã Đồng Ý', 'tỉnh nào cao nhất', 'anh ơi cho em hỏi Hải Phòng', 'xã Minh Tân', 'coverage for Vinh city'])(
    'names no own place in "%s"',
    (text) => {
      expect(readOwnPlace(text)).toBeNull();
    },
  );
});
