import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/index.js';

describe('parseQuery', () => {
  describe('reads place, indicator and period', () => {
    it.each([
      ['coverage for Vinh city', 'en', null, 'latest', 'Vinh city'],
      ['tỷ lệ bao phủ BHXH Gia Lai 2025', 'vi', 'bhxh', '2025', 'Gia Lai'],
      ['bhxh vinh 2024', 'vi', 'bhxh', '2024', 'vinh'],
      ['bảo hiểm y tế Hải Phòng', 'vi', 'bhyt', 'latest', 'Hải Phòng'],
      ['bhyt Hải Phòng', 'vi', 'bhyt', 'latest', 'Hải Phòng'],
      ['BHXH tự nguyện Tân Thành 6 tháng đầu năm 2025', 'vi', 'bhxh_tn', '2025-6M', 'Tân Thành'],
      ['bhxh bắt buộc Hải Phòng tháng 11/2023', 'vi', 'bhxh_bb', '2023-11', 'Hải Phòng'],
      ['Tỷ lệ BHXH của Hà Tĩnh là bao nhiêu?', 'vi', 'bhxh', 'latest', 'Hà Tĩnh'],
      ['what is the health insurance rate for Thai Binh in Q3 2024?', 'en', 'bhyt', '2024-Q3', 'Thai Binh'],
      ['show me pension coverage Châu Thành district Tây Ninh', 'en', 'huu', 'latest', 'Châu Thành district Tây Ninh'],
      ['unemployment June 2025 Hai Phong', 'en', 'bhtn', '2025-06', 'Hai Phong'],
      ['thất nghiệp Bình Định 9T/2021', 'vi', 'bhtn', '2021-9M', 'Bình Định'],
      ['hài lòng Bắc Kạn mới nhất', 'vi', 'hai_long', 'latest', 'Bắc Kạn'],
      ['satisfaction Bac Kan latest', 'en', 'hai_long', 'latest', 'Bac Kan'],
      ['lương hưu Thái Bình quý III 2024', 'vi', 'huu', '2024-Q3', 'Thái Bình'],
      ['voluntary social insurance Nghe An first half 2025', 'en', 'bhxh_tn', '2025-6M', 'Nghe An'],
      ['compulsory Hai Phong 2023', 'en', 'bhxh_bb', '2023', 'Hai Phong'],
      ['bhxh T6/2025 TP Vinh', 'vi', 'bhxh', '2025-06', 'TP Vinh'],
      ['BHXH Bà Rịa - Vũng Tàu quý III 2024', 'vi', 'bhxh', '2024-Q3', 'Bà Rịa - Vũng Tàu'],
      ['nine months 2021 coverage Bac Kan', 'en', null, '2021-9M', 'Bac Kan'],
      ['bhxh xa Tan Thanh huyen Chau Thanh', 'vi', 'bhxh', 'latest', 'xa Tan Thanh huyen Chau Thanh'],
    ])('"%s" → %s, %s, %s, "%s"', (text, language, indicator, period, placeText) => {
      const q = parseQuery(text);
      expect(q.intent).toBe('coverage');
      expect(q.language).toBe(language);
      expect(q.indicator).toBe(indicator);
      expect(q.period).toEqual(period === 'latest' ? { kind: 'latest' } : { kind: 'code', code: period });
      expect(q.placeText).toBe(placeText);
    });
  });

  it('leaves out everyday words that are syllables of names, unless a name goes on', () => {
    expect(parseQuery('tinh nao dang dan dau ve bhyt').placeText).not.toMatch(/dang|ve/);
    expect(parseQuery('chenh lech bhtn bac kan giua thuc te va chi tieu').placeText).not.toContain('thuc te');
    expect(parseQuery('bhxh xa dang le').placeText).toContain('dang le');
    expect(parseQuery('bhxh ve giang').placeText).toContain('ve giang');
  });

  it('keeps English filler that is a syllable of a name in a Vietnamese message', () => {
    expect(parseQuery('huyen co to quang ninh gio la gi').placeText).toContain('co to quang ninh');
    expect(parseQuery('coverage of Vinh in 2024').placeText).toBe('Vinh');
  });

  it('reads "bb" and "tn" alone beside the other, and "voluntary SI" as one indicator', () => {
    expect(parseQuery('bhxh tn va bb hai phong t11/23').indicators).toEqual(['bhxh_tn', 'bhxh_bb']);
    expect(parseQuery('bb va tn hai phong').indicators).toEqual(['bhxh_bb', 'bhxh_tn']);
    expect(parseQuery('hai phong voluntary SI rate nov 23 pls').indicators).toEqual(['bhxh_tn']);
  });

  it('reads HI and UI before a colon or "shortfall", never "Hi" opening a message', () => {
    expect(parseQuery('Bac Kan HI: how many more people needed to reach 97.5%?').indicators).toEqual(['bhyt']);
    expect(parseQuery('Bac Kan UI shortfall in people vs the 2021 assigned target').indicators).toEqual(['bhtn']);
    expect(parseQuery('Hi: what is Bac Kan coverage').indicators).toEqual([]);
  });

  it('notices a question about the target', () => {
    expect(parseQuery('HP HI 2023?').indicator).toBe('bhyt');
    expect(parseQuery('could you let me know the SI coverage of Bac Kan').placeText).toBe('Bac Kan');
    expect(parseQuery('Gia Lai BHTN 2025 target')).toMatchObject({ wantsTarget: true, indicator: 'bhtn', placeText: 'Gia Lai' });
    expect(parseQuery('chỉ tiêu bhxh Bình Định 2025')).toMatchObject({ wantsTarget: true, placeText: 'Bình Định' });
    expect(parseQuery('kế hoạch BHYT Nghệ An')).toMatchObject({ wantsTarget: true, placeText: 'Nghệ An' });
    expect(parseQuery('bhxh Nghệ An').wantsTarget).toBe(false);
    expect(parseQuery('Năm 2030 Bắc Kạn phấn đấu bao nhiêu % người tham gia BHTN?')).toMatchObject({ wantsTarget: true, indicator: 'bhtn' });
  });

  it('reads no period from the date of a document named by its number', () => {
    expect(parseQuery("per Decision 1736 of 2018, what was Bac Kan's satisfaction target for 2021?").period).toEqual({ kind: 'code', code: '2021' });
    expect(parseQuery('chỉ tiêu BHTN Gia Lai theo Kế hoạch 156 ngày 18/01/2023').period).toEqual({ kind: 'latest' });
  });

  describe('keeps place names whole', () => {
    it.each([
      ['bhxh Cửa Lò', 'Cửa Lò'],
      ['ty le bhxh cua lo', 'cua lo'],
      ['bhxh Chợ Đồn', 'Chợ Đồn'],
      ['bhxh cho don', 'cho don'],
      ['bhtn 06/2025 Ô Môn', 'Ô Môn'],
      ['bhyt La Gi', 'La Gi'],
      ['bhxh Đất Đỏ', 'Đất Đỏ'],
      ['bhxh Tân Thành', 'Tân Thành'],
      ['bhxh Hà Tĩnh', 'Hà Tĩnh'],
      ['bhxh Thái Bình', 'Thái Bình'],
      ['bhxh Bình Định', 'Bình Định'],
      ['bhxh Quảng Nam 2024', 'Quảng Nam'],
      ['bhxh Hà Nam năm 2024', 'Hà Nam'],
      ['bhxh quang nam nam 2024', 'quang nam'],
      ['coverage for Nghe An', 'Nghe An'],
      ['Mê Linh', 'Mê Linh'],
      ['bhxh Q3', 'Q3'],
      ['bhxh Quận 3 2024', 'Quận 3'],
    ])('"%s" keeps "%s"', (text, place) => {
      expect(parseQuery(text).placeText).toBe(place);
    });
  });

  describe('language', () => {
    it('answers in Vietnamese by default and when the text has diacritics or Vietnamese words', () => {
      expect(parseQuery('Vinh').language).toBe('vi');
      expect(parseQuery('bhxh vinh').language).toBe('vi');
      expect(parseQuery('ty le bao phu tinh Nghe An').language).toBe('vi');
      expect(parseQuery('tỷ lệ BHXH Vinh city').language).toBe('vi');
    });

    it('answers in English when English words outweigh the Vietnamese hints', () => {
      expect(parseQuery('Vinh city').language).toBe('en');
      expect(parseQuery('bhxh for Vinh city').language).toBe('en');
      expect(parseQuery('coverage for Hà Tĩnh').language).toBe('en');
      expect(parseQuery('Châu Thành district').language).toBe('en');
    });
  });

  describe('intent', () => {
    it.each([
      'help',
      '/help',
      '/start',
      '/start@baophu_bot',
      'giúp',
      'hướng dẫn',
      '?',
      'HELP!',
      'hi there, how do I use this bot?',
      'bot nay dung the nao vay',
      'cách sử dụng bot',
      'cái này dùng sao',
      'cai nay xai ntn vay',
    ])('"%s" asks for help', (text) => {
      expect(parseQuery(text).intent).toBe('help');
    });

    it.each(['hi', 'hello', 'xin chào', 'Chào', 'chào bạn'])('"%s" is a greeting', (text) => {
      expect(parseQuery(text).intent).toBe('greeting');
    });

    it.each(['', '   ', '\n\t', '🙂🙂🙂', '\u0000\u0007', '...'])('%j is empty', (text) => {
      expect(parseQuery(text).intent).toBe('empty');
    });

    it('drops a greeting in front of a question', () => {
      expect(parseQuery('Chào, bhxh Vinh')).toMatchObject({ intent: 'coverage', indicator: 'bhxh', placeText: 'Vinh' });
    });

    it('reads a question sent as a bot command', () => {
      expect(parseQuery('/coverage@baophu_bot Vinh')).toMatchObject({ intent: 'coverage', placeText: 'Vinh' });
    });

    it('answers help in the language of the message', () => {
      expect(parseQuery('help').language).toBe('en');
      expect(parseQuery('ok thx, bye').language).toBe('en');
      expect(parseQuery('da e nhan dc roi, thanks ad nhieu nha').language).toBe('vi');
      expect(parseQuery('giúp').language).toBe('vi');
    });
  });

  describe('hostile input', () => {
    const hostile = [
      "'; DROP TABLE units; --",
      'x'.repeat(10_000),
      'bhxh '.repeat(2_000),
      '🙂'.repeat(5_000),
      'a\u0000b\u0001c\u007f\u200b\u202e',
      '((((((((((((((((((((((((((((((((',
      '6 tháng '.repeat(500),
      'Q3/Q3/Q3/'.repeat(300),
      '\ud800\udc00\ud800',
      'e\u0301'.repeat(3000),
      '<script>alert(1)</script>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sender's text that looks like a template must stay text.
      '${process.exit()}',
      '1'.repeat(5000),
    ];

    it.each(hostile.map((h) => [h.slice(0, 30), h]))('never throws on %j', (_, text) => {
      const q = parseQuery(text);
      expect(['coverage', 'help', 'greeting', 'empty']).toContain(q.intent);
      expect(q.placeText.length).toBeLessThanOrEqual(300);
    });

    it('tolerates a value that is not a string at run time', () => {
      expect(parseQuery(undefined as unknown as string).intent).toBe('empty');
    });

    it('keeps SQL-looking text as inert place text', () => {
      expect(parseQuery("'; DROP TABLE units; --").placeText).toBe('DROP TABLE units');
    });

    it('reads only the first 300 characters of a long message', () => {
      const q = parseQuery(`bhxh Vinh ${'x '.repeat(200)} 2024`);
      expect(q.period).toEqual({ kind: 'latest' });
    });
  });
});

describe('parseQuery: several indicators and periods, and words of the trade', () => {
  it('does not take the agency of satisfaction or e-transactions for BHXH coverage', () => {
    expect(parseQuery('Chỉ tiêu mức độ hài lòng BHXH Bắc Kạn 2025').indicators).toEqual(['hai_long']);
    expect(parseQuery('mức độ hài lòng của người tham gia BHXH tỉnh Bắc Kạn').indicators).toEqual(['hai_long']);
    expect(parseQuery('Bac Kan social insurance satisfaction index 2030').indicators).toEqual(['hai_long']);
    expect(parseQuery('giao dịch điện tử với cơ quan BHXH Bắc Kạn').indicators).toEqual(['gd_dien_tu']);
    expect(parseQuery('mức độ hài lòng và tỷ lệ BHXH Bắc Kạn').indicators).toEqual(['hai_long', 'bhxh']);
  });

  it('does not take the office cited as a source for BHXH coverage beside another indicator', () => {
    expect(parseQuery('Theo tin của BHXH tỉnh Bắc Kạn ngày 22/11/2021 thì tỷ lệ BHTN đạt bao nhiêu?').indicators).toEqual(['bhtn']);
    expect(parseQuery('Theo báo cáo của BHXH tỉnh Bắc Kạn, tỷ lệ bao phủ BHYT 9 tháng 2021 là bao nhiêu?').indicators).toEqual(['bhyt']);
    expect(parseQuery('tỷ lệ bao phủ của BHXH tỉnh Bắc Kạn').indicators).toEqual(['bhxh']);
    expect(parseQuery('so sánh BHYT và BHXH tỉnh Bắc Kạn').indicators).toEqual(['bhyt', 'bhxh']);
  });

  it('keeps every indicator and period named, in order', () => {
    const q = parseQuery('chi tieu bhtn bac kan 2030 va muc do hai long 2025');
    expect(q.indicators).toEqual(['bhtn', 'hai_long']);
    expect(q.periods).toEqual([
      { kind: 'code', code: '2030' },
      { kind: 'code', code: '2025' },
    ]);
  });

  it('reads the partners’ abbreviations UI, HI and SHI, never the greeting "Hi"', () => {
    expect(parseQuery('Hi, please share the UI coverage rate for Bac Kan 2021').indicators).toEqual(['bhtn']);
    expect(parseQuery('Bac Kan HI target 2021').indicators).toEqual(['bhyt']);
    expect(parseQuery('How many people had HI in Bac Kan in Q3 2021?').indicators).toEqual(['bhyt']);
    expect(parseQuery('Has Bac Kan met its SHI target for 2021?').indicators).toEqual(['bhyt']);
    expect(parseQuery('hi, bhxh bac kan 2021').indicators).toEqual(['bhxh']);
    expect(parseQuery('ui giời, bhxh bac kan').indicators).toEqual(['bhxh']);
    expect(parseQuery('Hai Phong HI vs Bac Kan HI, which is higher?').indicators).toEqual(['bhyt']);
    expect(parseQuery('people to enrol in UI in Bac Kan').indicators).toEqual(['bhtn']);
    expect(parseQuery('Hai Phong HI').indicators).toEqual(['bhyt']);
  });

  it('reads VSI and CSI as voluntary and compulsory social insurance', () => {
    expect(parseQuery('Bac Kan VSI target 2030').indicators).toEqual(['bhxh_tn']);
    expect(parseQuery('Hai Phong CSI coverage').indicators).toEqual(['bhxh_bb']);
  });

  it('reads electronic transactions as an indicator', () => {
    expect(parseQuery('tỷ lệ giao dịch điện tử BHXH Bắc Kạn 2021').indicator).toBe('gd_dien_tu');
  });

  it.each([
    ['bhyt Hải Phòng', true],
    ['Hải Phòng 2023', true],
    ['chỉ tiêu Hải Phòng', true],
    ['huyện Nghi Lộc sáp nhập vào đâu', true],
    ['Hải Phòng', false],
    ['hôm nay trời đẹp', false],
  ])('"%s" uses words of the trade: %s', (text, expected) => {
    expect(parseQuery(text).coverageWords).toBe(expected);
  });
});

describe('parseQuery: compulsory and voluntary added up, and transactions online', () => {
  it.each([
    'bhxh bat buoc va tu nguyen hai phong cong lai da dat 55% chua',
    'Looking at compulsory plus voluntary coverage as of Nov 2023, has Hai Phong reached the 55% goal?',
  ])('reads the sum in "%s" as the total', (text) => {
    expect(parseQuery(text).indicators).toEqual(['bhxh']);
  });

  it('keeps the two apart when nothing adds them up', () => {
    expect(parseQuery('BHXH bắt buộc và tự nguyện Hải Phòng tháng 11/2023').indicators).toEqual(['bhxh_bb', 'bhxh_tn']);
  });

  it.each([
    'ty le giao dich truc tuyen bhxh bac kan 2021',
    'What proportion of transactions with the social insurance agency in Bac Kan were supposed to be done online in 2021?',
    'online transactions Bac Kan 2021',
  ])('reads transactions online in "%s" as electronic transactions, leaving the place', (text) => {
    const parsed = parseQuery(text);
    expect(parsed.indicators).toEqual(['gd_dien_tu']);
    expect(parsed.placeText).toMatch(/bac kan/iu);
  });
});

describe('parseQuery: words of the message that are no place', () => {
  it('drops a day of the month left after the periods ("15/8" is no Phường 15, Quận 8)', () => {
    expect(parseQuery('ngay 15/8 gio cho e hoi bhyt hai phong').looseText).toBe('gio cho e hoi hai phong');
    expect(parseQuery('We met on 12-13/3. Bac Kan health insurance 9 months 2021').looseText).not.toMatch(/\d/);
    // A month and year stays a period.
    expect(parseQuery('bhyt hai phong 11/2023').period).toEqual({ kind: 'code', code: '2023-11' });
  });

  it('drops the writer\'s own name given after "tên là", and "tỉnh thành mới"', () => {
    expect(parseQuery('Em tên là Hà Giang, cán bộ phường ạ. Cho em hỏi mục tiêu BHTN Bắc Kạn năm 2030 ạ').looseText).not.toMatch(/Giang/u);
    expect(parseQuery('my name is Thai Binh, what is the HI coverage of Hai Phong').looseText).toMatch(/^(?!.*Thai).*Hai Phong/u);
    expect(parseQuery('trong 34 tinh thanh moi thi bao nhieu tinh giu nguyen').looseText).not.toMatch(/thanh/u);
  });

  it('drops words of progress and of the reorganisation that a typo would bring near a name', () => {
    expect(parseQuery('bac kan hoan thanh ke hoach bhxh bat buoc hay bhtn tot hon').looseText).toBe('bac kan hay');
    expect(parseQuery('Trong đợt sắp xếp 2025, có bao nhiêu tỉnh giữ nguyên').looseText).not.toMatch(/Trong|đợt|giữ/u);
  });

  it('drops the formal opening "Báo cáo đồng chí"', () => {
    expect(parseQuery('Báo cáo đồng chí, tỷ lệ BHYT Bắc Kạn').looseText).toBe('Bắc Kạn');
  });

  it("drops a person's name after an honorific, read as typed before other words are cut", () => {
    expect(parseQuery('chị Thu Thủy nhắc các xã nộp BHYT nhé').looseText).not.toMatch(/Thu|Thủy/u);
    expect(parseQuery('anh Sơn nhờ em hỏi BHXH Gia Lai').looseText).toMatch(/^(?!.*Sơn).*Gia Lai/u);
    // "chị," then the question: the name after the cut words is the place.
    expect(parseQuery('dạ báo cáo chị, chỉ tiêu BHXH Gia Lai 2023').looseText).toMatch(/Gia Lai/u);
    expect(parseQuery('BHYT Bà Rịa 2024').looseText).toBe('Bà Rịa');
  });

  it('drops "so với cùng kỳ" and an average, unless a type word names Xã Trung Bình', () => {
    expect(parseQuery('So với cùng kỳ, tỷ lệ BHXH của Bắc Kạn').looseText).not.toMatch(/kỳ/u);
    expect(parseQuery('trung binh ca nuoc bhxh').looseText).not.toMatch(/trung/);
    expect(parseQuery('bhxh xa trung binh').looseText).toBe('xa trung binh');
  });
});

describe('parseQuery: slips of the keys in the words of the trade', () => {
  it.each([
    ['Hai Phong helth insurance', 'bhyt'],
    ['unemploymnet insurance Bac Kan 2021', 'bhtn'],
    ['bao hiem that nghep bac kan 9 thang 2021', 'bhtn'],
  ] as const)('reads "%s" as %s', (text, code) => {
    expect(parseQuery(text).indicator).toBe(code);
  });
});
