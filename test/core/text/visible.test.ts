import { describe, expect, it } from 'vitest';
import { visible, visibleInJson } from '../../../src/core/text/visible.js';

describe('visible', () => {
  it('writes ANSI escape sequences and other C0/C1 controls as escapes', () => {
    expect(visible('\x1b[31mred\x1b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(visible('a\x00b\x07c\x7fd\x9be')).toBe('a\\x00b\\x07c\\x7fd\\x9be');
    expect(visible('one\ntwo\r\tthree')).toBe('one\\ntwo\\r\\tthree');
  });

  it('writes bidi controls and invisible format characters as escapes', () => {
    expect(visible('abc\u202Efdp.exe')).toBe('abc\\u202Efdp.exe');
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c, 0x200b, 0xfeff, 0x00ad, 0x2028, 0x2029]) {
      const char = String.fromCodePoint(code);
      expect(visible(`x${char}y`)).toBe(`x\\${code <= 0xff ? `x${code.toString(16)}` : `u${code.toString(16).toUpperCase().padStart(4, '0')}`}y`);
    }
    expect(visible('tag\u{E0041}')).toBe('tag\\u{E0041}');
    expect(visible('lone\uD800')).toBe('lone\\uD800');
  });

  it('keeps Vietnamese letters, combining tone marks, emoji and spaces', () => {
    for (const text of ['Nguyễn Thị Ánh Tuyết', 'Phường Thành Vinh', 'Kie\u0302\u0301n', 'Đặng Văn Ơn ư ừ', '👨‍👩‍👧 🇻🇳 ❤️', 'a\u00a0b']) {
      expect(visible(text)).toBe(text);
    }
    expect(visible('a\u200db')).toBe('a\\u200Db');
  });
});

describe('visibleInJson', () => {
  it('escapes what JSON leaves raw, keeping the same JSON values', () => {
    const value = { name: '\u202Eabc\u0085\x7f\u{E0041}\u2028 Trần Văn Ơn', n: 1 };
    const line = visibleInJson(JSON.stringify(value));
    expect(line).toBe('{"name":"\\u202Eabc\\u0085\\u007F\\uDB40\\uDC41\\u2028 Trần Văn Ơn","n":1}');
    expect(JSON.parse(line)).toEqual(value);
  });
});
