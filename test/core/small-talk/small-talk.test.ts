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
    ['OK CẢM ƠN AD NHIỀU, CHÚC CẢ NHÀ CUỐI TUẦN VUI VẺ, ĐOÀN KẾT VÀ CHIẾN THẮNG NHÉ', 'thanks'],
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
    ['ok thx, bye', 'thanks'],
    ['cảm ơn, tạm biệt', 'thanks'],
    ['bot oi ban la ai vay', 'identity'],
    ['bot là ai', 'identity'],
    ['ai lam ra bot nay vay ad', 'identity'],
    ['who made this bot?', 'identity'],
    ['oki e cam on a nhieu nha', 'thanks'],
    ['oki', 'ack'],
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

describe('readSmallTalk: a person named after a title', () => {
  it.each(['Cảm ơn anh Vinh nhiều nhé', 'Thank you Ms Thanh Hoa', 'Thanks Mr Vinh!', 'cảm ơn chị Hà Tĩnh nhé', 'Thank you Dr. Lan'])(
    'reads %s as thanks, the name being no place',
    (text) => {
      expect(readSmallTalk(text)).toBe('thanks');
    },
  );

  it('still reads a question that names a place after the thanks', () => {
    expect(readSmallTalk('cảm ơn, còn bhyt Vinh thì sao')).toBeNull();
  });
});

describe('readSmallTalk: a promise to pass it on', () => {
  it.each([
    'Dạ vâng, để em báo lại anh Quang Trung',
    'ok mình sẽ kiểm tra lại nhé',
    'em se gui sau a',
    'ok a, de e bao cao lai lanh dao',
    'da e nhan dc roi, thanks ad nhieu nha',
    'Dạ em đã chuyển thông tin cho chị Hồng Hà rồi ạ',
    "Got it, I'll share this with the team. Cheers!",
  ])('reads %s as an acknowledgement', (text) => {
    expect(readSmallTalk(text)).toBe('ack');
  });

  it('does not read a question as one', () => {
    expect(readSmallTalk('để em xem bhyt Hải Phòng')).toBeNull();
  });
});

describe('readSmallTalk: emoji and praise', () => {
  it.each([
    ['ok e tks a nhiu nha', 'thanks'],
    ['Dạ rứa thôi, em cảm ơn anh nhiều nghe', 'thanks'],
    ['Dạ em nhận được rồi ạ.', 'ack'],
  ])('reads the texting and dialect of %s', (text, kind) => {
    expect(readSmallTalk(text)).toBe(kind);
  });

  it.each([
    ["Thanks so much, that's very helpful!", 'thanks'],
    ['Noted with thanks.', 'ack'],
  ])('reads the partners’ closing %s', (text, kind) => {
    expect(readSmallTalk(text)).toBe(kind);
  });

  it.each([
    ['👍', 'ack'],
    ['👌👌', 'ack'],
    ['🙏', 'thanks'],
    ['thanh cong roi, cam on anh nhe', 'thanks'],
  ])('reads %s', (text, kind) => {
    expect(readSmallTalk(text)).toBe(kind);
  });

  it('reads no emoji beside words as small talk by itself', () => {
    expect(readSmallTalk('👍 bhyt Hải Phòng')).toBeNull();
  });
});

describe('readSmallTalk: urging the group on', () => {
  it.each([
    'Cố gắng hoàn thành chỉ tiêu năm nay nhé mọi người',
    'Mọi người đồng tâm hiệp lực hoàn thành chỉ tiêu năm nay nhé 💪',
    'Quyết tâm hoàn thành chỉ tiêu BHXH năm 2025!',
    'cac xa khan truong hoan thanh chi tieu bhyt nhe',
    'Anh em ơi cố lên nào!',
    'Keep up the good work, team!',
  ])('reads "%s" as a cheer', (text) => {
    expect(readSmallTalk(text)).toBe('cheer');
    expect(composeSmallTalk('vi', 'cheer')).toMatch(/^Chúc mọi người/);
  });

  it.each([
    'Cố gắng hoàn thành chỉ tiêu thì cần thêm bao nhiêu người?',
    'quyết tâm đạt chỉ tiêu BHYT Hải Phòng chưa?',
    'chỉ tiêu BHXH Gia Lai 2025, cố gắng nhé',
  ])('does not read the question "%s" as a cheer', (text) => {
    expect(readSmallTalk(text)).not.toBe('cheer');
  });
});

describe('readSmallTalk: thanks and passing it on', () => {
  it.each(["Thanks so much, that's really helpful. I'll circulate it to the team.", "Thank you! I'll share this with my colleagues."])(
    'reads "%s" as an acknowledgement',
    (text) => {
      expect(readSmallTalk(text)).toBe('ack');
    },
  );

  it('leaves a question after the thanks to be answered', () => {
    expect(readSmallTalk("thanks, I'll send it to the team. What about Hai Phong?")).toBeNull();
  });
});
