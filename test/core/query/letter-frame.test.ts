import { describe, expect, it } from 'vitest';
import { withoutLetterFrame } from '../../../src/core/query/letter-frame.js';

describe('withoutLetterFrame', () => {
  it.each([
    ['Dear bot, kindly provide the HI coverage for Hai Phong. Best regards, Lan (UNICEF)', 'kindly provide the HI coverage for Hai Phong. '],
    ['What is the SI coverage of Gia Lai? Best, Minh', 'What is the SI coverage of Gia Lai? '],
    ['Cho em hỏi tỷ lệ BHYT Hải Phòng năm 2023. Trân trọng cảm ơn!', 'Cho em hỏi tỷ lệ BHYT Hải Phòng năm 2023. '],
  ])('drops the closing and the name after it: %s', (text, left) => {
    expect(withoutLetterFrame(text)).toBe(left);
  });

  it('drops where a greeting comes from and an introduction', () => {
    expect(withoutLetterFrame('Dạ chào anh ạ. Em là Hà, cán bộ LĐTBXH xã. Anh cho em xin chỉ tiêu BHTN Gia Lai năm 2023 với ạ.')).toBe(
      'Dạ chào anh ạ.  Anh cho em xin chỉ tiêu BHTN Gia Lai năm 2023 với ạ.',
    );
    expect(withoutLetterFrame('Em là cán bộ xã Nghi Phong, cho hỏi BHXH Nghệ An là bao nhiêu?').trim()).toBe('cho hỏi BHXH Nghệ An là bao nhiêu?');
    expect(withoutLetterFrame('Dạ em chào anh chị, em là cán bộ BHXH huyện, cho em hỏi mục tiêu BHTN của Bắc Kạn ạ')).toBe(
      'Dạ em chào anh chị,  cho em hỏi mục tiêu BHTN của Bắc Kạn ạ',
    );
    // The dot of "h." ends no sentence: the introduction has no question after it, and stays.
    const abbreviated = 'Em là đầu mối xã Đức Vân cũ (h. Ngân Sơn), giờ xã em thuộc xã mới nào ạ?';
    expect(withoutLetterFrame(abbreviated)).toBe(abbreviated);
    expect(
      withoutLetterFrame('Dạ em là đầu mối xã Nghi Phong cũ (nay là phường Vinh Lộc), anh cho em hỏi chỉ tiêu BHXH tự nguyện của Hải Phòng ạ').trim(),
    ).toBe('Dạ  anh cho em hỏi chỉ tiêu BHXH tự nguyện của Hải Phòng ạ');
    // An introduction that is the question itself stays.
    expect(withoutLetterFrame('Em là cán bộ xã, BHXH xã em bao nhiêu?')).toBe('Em là cán bộ xã, BHXH xã em bao nhiêu?');
    expect(withoutLetterFrame('Dạ em nhận được rồi ạ. Trân trọng! Nguyễn Văn Bình - VP UBND xã')).toBe('Dạ em nhận được rồi ạ. ');
    expect(withoutLetterFrame('Quick q from the ILO Hanoi office: Bac Kan VSI target 2025?').trim()).toBe('Bac Kan VSI target 2025?');
    expect(withoutLetterFrame('Hi team, quick one from the ILO office in Hanoi. I need the HI rate for HaiPhong.')).toBe(
      'Hi team,  I need the HI rate for HaiPhong.',
    );
    expect(withoutLetterFrame('from the ILO office in Hanoi for Bac Kan target').trim()).toBe('for Bac Kan target');
    expect(withoutLetterFrame('I am based in Da Nang. What is the HI coverage of Hai Phong?')).toBe('What is the HI coverage of Hai Phong?');
    expect(withoutLetterFrame("Hello from Da Nang! What is Bac Kan's UI coverage?")).toBe("Hello! What is Bac Kan's UI coverage?");
    expect(withoutLetterFrame('This is Lan from the Quang Tri office. What is the SI coverage of Gia Lai?').trim()).toBe('What is the SI coverage of Gia Lai?');
  });

  it('drops the office that writes when the question names a place of its own', () => {
    expect(withoutLetterFrame('BHXH tỉnh Gia Lai xin hỏi: phường Quy Nhơn được hình thành từ những phường cũ nào?')).toBe(
      'phường Quy Nhơn được hình thành từ những phường cũ nào?',
    );
    expect(withoutLetterFrame('Kính gửi anh chị, UBND xã Hưng Nguyên xin hỏi: huyện Con Cuông cũ nay thành những xã nào ạ?')).toBe(
      'Kính gửi anh chị, huyện Con Cuông cũ nay thành những xã nào ạ?',
    );
    expect(withoutLetterFrame('Kính gửi anh chị, phòng LĐTBXH huyện Bắc Sơn cũ xin hỏi chỉ tiêu BHTN Bắc Kạn năm 2025')).toBe(
      'Kính gửi anh chị, chỉ tiêu BHTN Bắc Kạn năm 2025',
    );
    // With no name after it, the office is the place asked about.
    expect(withoutLetterFrame('BHXH Hải Phòng xin hỏi: tỷ lệ năm 2023 bao nhiêu')).toBe('BHXH Hải Phòng xin hỏi: tỷ lệ năm 2023 bao nhiêu');
  });

  it('drops a Vietnamese greeting from a place, and where the writer works when a place follows', () => {
    expect(withoutLetterFrame('Em gửi lời chào từ Điện Biên ạ. Cho em hỏi chỉ tiêu BHTN Gia Lai 2023')).toBe('Cho em hỏi chỉ tiêu BHTN Gia Lai 2023');
    expect(withoutLetterFrame('dạ em chào anh, em ở BHXH huyện, giờ cho em hỏi BHYT Hải Phòng')).toBe('dạ em chào anh, giờ cho em hỏi BHYT Hải Phòng');
    // With no place after it, where the writer works is the place asked about.
    expect(withoutLetterFrame('em ở Vinh, cho em hỏi bhyt ở đây')).toBe('em ở Vinh, cho em hỏi bhyt ở đây');
    // A question pointing back at it, or naming nothing but an acronym and a sentence's first word, asks about it.
    const here = 'Em ở phường Bến Thủy cũ, tp Vinh. Tỷ lệ BHXH ở đây bao nhiêu ạ?';
    expect(withoutLetterFrame(here)).toBe(here);
    const mine = 'Em ở xã Hưng Hòa cũ (tp Vinh), BHYT chỗ em bao nhiêu?';
    expect(withoutLetterFrame(mine)).toBe(mine);
    const ours = 'Em ở xã Đại Trạch, huyện Bố Trạch, Quảng Bình cũ ạ. Giờ xã em thuộc xã nào của tỉnh Quảng Trị vậy?';
    expect(withoutLetterFrame(ours)).toBe(ours);
    expect(withoutLetterFrame('em ở xã Nghi Phong. Tỷ lệ BHYT năm 2023 bao nhiêu?')).toBe('em ở xã Nghi Phong. Tỷ lệ BHYT năm 2023 bao nhiêu?');
  });

  it('drops who writes and the unit they answer for, when the question names a place of its own', () => {
    expect(withoutLetterFrame('e chao a, e la dau moi phuong Duc Xuan, cho e hoi chi tieu hai long cua bac kan nam 2021 a')).toBe(
      'e chao a,  cho e hoi chi tieu hai long cua bac kan nam 2021 a',
    );
    expect(withoutLetterFrame('Hi, I am the focal point for Vinh Phu ward. What is Hai Phong HI coverage?')).toBe('Hi, What is Hai Phong HI coverage?');
    // Looking for something is no role.
    expect(withoutLetterFrame('I am looking for the coverage of Vinh. Any figure?')).toBe('I am looking for the coverage of Vinh. Any figure?');
    // With no name after it, the unit is the place asked about.
    expect(withoutLetterFrame("I'm the focal point for Vinh Phu ward. What is our HI coverage?")).toBe(
      "I'm the focal point for Vinh Phu ward. What is our HI coverage?",
    );
  });

  it.each(['Trân trọng đề nghị cho biết tỷ lệ BHYT Hải Phòng', 'Which is best, Hai Phong or Bac Kan?', 'bhxh hai phong 2023', 'Regards'])(
    'keeps a text with no frame: %s',
    (text) => {
      expect(withoutLetterFrame(text)).toBe(text);
    },
  );
});

describe('withoutLetterFrame: the salutation', () => {
  it('drops "Dear …," opening the letter', () => {
    expect(withoutLetterFrame('Dear bot, what happened to Vinh city on 1 July 2025?')).toBe('what happened to Vinh city on 1 July 2025?');
    expect(withoutLetterFrame('Dear colleagues: BHYT Bac Kan 2021?')).toBe('BHYT Bac Kan 2021?');
  });

  it('keeps "dear" inside a sentence', () => {
    expect(withoutLetterFrame('BHYT Bac Kan, my dear?')).toBe('BHYT Bac Kan, my dear?');
  });
});

describe('withoutLetterFrame: where the writer was', () => {
  it('drops "I was in …" when the question names a place of its own, and keeps it when the question points back at it', () => {
    expect(withoutLetterFrame("Sorry, I was in Ha Noi on 12-13 March. Hai Phong's SI coverage?")).toBe("Sorry, Hai Phong's SI coverage?");
    const there = 'I was in Ha Noi last week. What is the HI coverage here?';
    expect(withoutLetterFrame(there)).toBe(there);
  });

  it('drops "I\'m in …" ended by a dash', () => {
    expect(withoutLetterFrame("Hi team, I'm in Hanoi this week for the ILO mission - could you share Bac Kan's 2025 pension coverage target?")).not.toMatch(
      /Hanoi/u,
    );
  });
});
