import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/parse-query.js';
import { composeSmallTalk, readSmallTalk } from '../../../src/core/small-talk/small-talk.js';

describe('readSmallTalk', () => {
  it.each([
    ['Cảm ơn bạn nhiều nhé', 'thanks'],
    ['cam on', 'thanks'],
    ['Thank you so much!', 'thanks'],
    ['Tạm biệt', 'bye'],
    ['bye bye', 'bye'],
    ['OK', 'ack'],
    ['oke nhé', 'ack'],
    ['Bạn là ai?', 'identity'],
    ['who are you', 'identity'],
    ['ok cảm ơn', 'thanks'],
    ['Được rồi, cảm ơn bạn', 'thanks'],
    ['tuyệt vời', 'ack'],
    ['haha ok', 'ack'],
    ['dạ vâng ạ', 'ack'],
    ['hok sao dau', 'ack'],
    ['ko co j nha', 'ack'],
    ['dc roi', 'ack'],
    ['em cảm ơn ạ', 'thanks'],
    ['dạ vâng em cảm ơn', 'thanks'],
    ['ok em cảm ơn a nhiều nhé', 'thanks'],
    ['thank u', 'thanks'],
    ['chúc thành công', 'wish'],
    ['Chúc anh chị cuối tuần vui vẻ', 'wish'],
    ['good luck', 'wish'],
    ['rất hài lòng, cảm ơn bạn', 'thanks'],
    ['Great, thanks!', 'thanks'],
    ['ok e cam on a', 'thanks'],
    ['chao ban nhe', 'hello'],
    ['Hello there', 'hello'],
  ] as const)('%s → %s', (text, kind) => {
    expect(readSmallTalk(text)).toBe(kind);
  });

  it.each(['bhxh Gia Lai', 'cảm ơn, cho hỏi bhyt Hải Phòng', 'Cam Ranh', 'ok bhxh vinh', ''])('is null for "%s"', (text) => {
    expect(readSmallTalk(text)).toBeNull();
  });

  it('replies in the language asked, without naming any place list', () => {
    expect(composeSmallTalk('vi', 'thanks')).toMatch(/^Không có gì/);
    expect(composeSmallTalk('en', 'thanks')).toMatch(/^You're welcome/);
  });
});

describe('greetings', () => {
  it.each(['chào buổi sáng', 'Chào anh', 'good morning'])('"%s" is a greeting', (text) => {
    expect(parseQuery(text).intent).toBe('greeting');
  });
});
