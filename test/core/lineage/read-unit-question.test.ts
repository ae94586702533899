import { describe, expect, it } from 'vitest';
import { readUnitQuestion, type UnitQuestion, whenAsked } from '../../../src/core/lineage/index.js';

function read(text: string): UnitQuestion {
  const question = readUnitQuestion(text);
  if (!question) throw new Error(`${text}: not read as a question about units`);
  return question;
}

describe('readUnitQuestion: what a place went into', () => {
  it('reads "bây giờ là gì" as asking what the place became, only after a word of now', () => {
    expect(read('Huyện Côn Đảo bây giờ là gì?')).toMatchObject({ kind: 'forward' });
    expect(read('tp vinh gio thanh gi').kind).toBe('forward');
    expect(readUnitQuestion('Đặc khu là gì?')).toBeNull();
  });

  it('leaves the place before "merged into", not the one named after it as its qualifier', () => {
    expect(read('is it true that Bac Kan merged into Thai Nguyen?').rest).not.toMatch(/Thai Nguyen/);
    expect(read('Bắc Kạn sáp nhập vào Thái Nguyên phải không?').rest).toMatch(/^\s*Bắc Kạn\s*$/);
    expect(read('Sáp nhập vào Thái Nguyên những tỉnh nào').rest).toContain('Thái Nguyên');
  });

  it('reads places or kinds guessed after "thuộc" or "là" as what the answer will say', () => {
    expect(read('Bình Dương bây giờ thuộc TP.HCM hay Đồng Nai ạ?')).toMatchObject({ kind: 'forward', rest: 'Bình Dương' });
    expect(read('Bình Dương bây giờ thuộc TP.HCM à?')).toMatchObject({ kind: 'forward', rest: 'Bình Dương' });
    expect(read('huyen co to quang ninh gio la dac khu hay xa vay').kind).toBe('forward');
  });

  it('reads "how many … make up" as a count, the structure from "new"', () => {
    const question = read('How many communes and wards make up the new Lam Dong province?');
    expect(question.kind).toBe('count');
    expect(whenAsked(question, 'Lam Dong')).toBe('after');
  });

  it('reads "which provinces were merged to form X" as asking what X was formed from', () => {
    expect(read('Which old provinces were merged to form the new Lam Dong province?').kind).toBe('backward');
    expect(read('Which provinces were merged into Lam Dong?').kind).toBe('backward');
    expect(read('Bac Kan was merged into which province').kind).toBe('forward');
  });

  it('reads "chuyển về" as a person\'s move unless where is asked', () => {
    expect(readUnitQuestion('e chao a, e moi chuyen ve lam can bo an sinh o xa, mong a chi giup do a')).toBeNull();
    expect(read('huyện Nghi Lộc chuyển về tỉnh nào').kind).toBe('forward');
    expect(read('xã Nghi Phú chuyển về đâu').kind).toBe('forward');
  });

  it('reads "what is it now" and "used to cover" as asking what the place became', () => {
    expect(read('My office used to cover Tan An city in Long An. What is it now?').kind).toBe('forward');
    expect(read('What is Tan An city called now?').kind).toBe('forward');
    expect(read('Hoang Sa district, which city is it under now?').kind).toBe('forward');
  });

  it('reads "no longer exists" as asking what became of the place', () => {
    expect(read('is it true that Vinh city no longer exists?').kind).toBe('forward');
    expect(read("Vinh city doesn't exist anymore?").kind).toBe('forward');
  });
});

describe('readUnitQuestion: lists and counts', () => {
  it('reads the xã alone when the other types are left out', () => {
    expect(read('How many communes does Hanoi have now (xa only, not wards)?')).toMatchObject({
      kind: 'count',
      asked: { level: 'commune', typeCodes: ['commune'] },
    });
    expect(read('Hà Nội có bao nhiêu xã, không tính phường?').asked).toEqual({ level: 'commune', typeCodes: ['commune'] });
    expect(read('Hà Nội có bao nhiêu xã?').asked).toEqual({ level: 'commune', typeCodes: null });
  });

  it('reads the sub-units asked and leaves the place', () => {
    const q = read('Thị xã Cửa Lò có những phường nào vậy?');
    expect(q.kind).toBe('list');
    expect(q.asked).toEqual({ level: 'commune', typeCodes: ['ward'] });
    expect(q.rest).toContain('Thị xã Cửa Lò');
  });

  it('reads "xã" as the whole commune level, and several types of one level together', () => {
    expect(read('danh sach cac xa, phuong, thi tran cua huyen Dien Chau').asked).toEqual({ level: 'commune', typeCodes: null });
    expect(read('Hà Tĩnh có bao nhiêu phường và thị trấn').asked).toEqual({ level: 'commune', typeCodes: ['ward', 'commune_level_town'] });
  });

  it('stops the sub-unit words where the level changes, leaving the place its type word', () => {
    const q = read('liệt kê các xã huyện Quỳnh Lưu');
    expect(q.asked).toEqual({ level: 'commune', typeCodes: null });
    expect(q.rest).toBe('huyện Quỳnh Lưu');
  });

  it('tells a count from a list, in both languages', () => {
    expect(read('Tỉnh Hà Tĩnh hiện nay có mấy xã?').kind).toBe('count');
    expect(read('how many wards does Da Nang have now').kind).toBe('count');
    expect(read('Which districts did Quang Nam have before the merger?').kind).toBe('list');
    expect(read('show me the list of urban districts of Da Nang').asked).toEqual({ level: 'district', typeCodes: ['urban_district'] });
  });

  it('reads "tỉnh thành" as provinces and cities, with or without diacritics, but not the name Thanh Hóa', () => {
    for (const text of ['ca nuoc co bao nhieu tinh thanh', 'Cả nước có bao nhiêu tỉnh thành?']) {
      const q = read(text);
      expect(q.asked).toEqual({ level: 'province', typeCodes: null });
      expect(q.rest.toLowerCase()).not.toMatch(/th[aà]nh/);
    }
    const thanhHoa = read('tinh thanh hoa co bao nhieu xa');
    expect(thanhHoa.asked).toEqual({ level: 'commune', typeCodes: null });
    expect(thanhHoa.rest).toContain('tinh thanh hoa');
  });

  it('reads sub-unit words that open or close the message', () => {
    expect(read('Các xã huyện Quỳnh Lưu').asked).toEqual({ level: 'commune', typeCodes: null });
    expect(read('wards in Ha Tinh city').rest).toBe('in Ha Tinh city');
    expect(read('Quang Nam districts?').asked).toEqual({ level: 'district', typeCodes: null });
    expect(readUnitQuestion('Ha Tinh city')).toBeNull();
  });

  it('takes words typed with other diacritics at their meaning, not as the construction', () => {
    expect(readUnitQuestion('Hà Tĩnh có bao nhiêu xa lạ')).toBeNull();
    expect(readUnitQuestion('tình hình các tính toán ở Hà Tĩnh')).toBeNull();
  });
});

describe('readUnitQuestion: lineage', () => {
  it('reads what an old unit went into', () => {
    expect(read('Huyện Quỳnh Lưu sáp nhập vào đâu').kind).toBe('forward');
    expect(read('thi xa cua lo bay gio thuoc phuong nao').kind).toBe('forward');
    expect(read('xa nghi an tp vinh gio la phuong j').kind).toBe('forward');
    expect(read('What did Hoi An city become?').kind).toBe('forward');
  });

  it('reads what a new unit was formed from', () => {
    expect(read('Phường Cửa Lò được hợp nhất từ những phường nào?').kind).toBe('backward');
    expect(read('xa dien chau gom nhung xa cu nao').kind).toBe('backward');
    expect(read('What was Da Nang formed from?').kind).toBe('backward');
  });

  it('leaves the direction to the unit when the words do not say', () => {
    expect(read('Quảng Nam sáp nhập với tỉnh nào?').kind).toBe('lineage');
    expect(read('Hà Tĩnh có bị sáp nhập không').kind).toBe('lineage');
  });

  it('prefers the lineage phrase to a list phrase in the same question, keeping the sub-units it names', () => {
    expect(read('Which province did Quang Nam merge into?').kind).toBe('forward');
    const q = read('Which wards make up Da Nang today?');
    expect(q.kind).toBe('backward');
    expect(q.asked).toEqual({ level: 'commune', typeCodes: ['ward'] });
  });

  it('is null for questions about figures and anything else', () => {
    expect(readUnitQuestion('tỷ lệ bao phủ BHXH Hà Tĩnh 2024')).toBeNull();
    expect(readUnitQuestion('cảm ơn')).toBeNull();
    expect(read('chỉ tiêu BHXH của các xã thuộc Hà Tĩnh').tradeWords).toBe(true);
  });
});

describe('whenAsked', () => {
  it('reads phrases of time before and after the reorganisation', () => {
    expect(whenAsked(read('Trước sáp nhập Hà Tĩnh có những huyện nào'), 'Hà Tĩnh')).toBe('before');
    expect(whenAsked(read('ha tinh truoc day co nhung huyen nao'), 'ha tinh')).toBe('before');
    expect(whenAsked(read('List the communes of Can Loc before 2025'), 'Can Loc')).toBe('before');
    expect(whenAsked(read('Hà Tĩnh sau 1/7/2025 có những phường nào'), 'Hà Tĩnh')).toBe('after');
    expect(whenAsked(read('Hà Tĩnh có những phường nào'), 'Hà Tĩnh')).toBeNull();
  });

  it('reads "mới" and "cũ" only outside the place name', () => {
    expect(whenAsked(read('Huyện Chợ Mới có những xã nào'), 'Huyện Chợ Mới')).toBeNull();
    expect(whenAsked(read('Tỉnh Quảng Ngãi mới có bao nhiêu xã'), 'Tỉnh Quảng Ngãi')).toBe('after');
  });
});

describe('readUnitQuestion: population', () => {
  it('does not read "dân số tỉnh" as a count of provinces ("số tỉnh")', () => {
    expect(readUnitQuestion('dan so tinh bac kan la bao nhieu')).toBeNull();
    expect(readUnitQuestion('số tỉnh hiện nay')?.kind).toBe('count');
  });
});

describe('readUnitQuestion: "thuộc đâu"', () => {
  it('reads "giờ thuộc đâu" as what an old unit became', () => {
    expect(readUnitQuestion('phuong hung loc tp vinh cu gio thuoc dau')?.kind).toBe('forward');
    expect(readUnitQuestion('xã Nghi Phú giờ thuộc về đâu')?.kind).toBe('forward');
  });
});

describe('readUnitQuestion: no name across a cut', () => {
  it('keeps a closing particle apart from the name ("Vinh Lộc … ạ" is no Vĩnh Lộc A)', () => {
    expect(read('Phường Vinh Lộc gồm những xã phường cũ nào ạ').rest).toBe('Phường Vinh Lộc; ạ');
    expect(read('phuong vinh loc gom nhung xa cu nao a').rest).toBe('phuong vinh loc; a');
  });
});

describe('readUnitQuestion: "ds" for a list', () => {
  it('reads "ds" before a kind of unit as a list, and a population after "ds" as none', () => {
    expect(readUnitQuestion('ds phuong cua tinh lai chau sau sap nhap')).toMatchObject({ kind: 'list' });
    expect(readUnitQuestion('nop T6/2025 bhyt 520.000 ds 560.000')).toBeNull();
  });
});

describe('readUnitQuestion: still a unit of that kind', () => {
  it('reads "còn là thành phố không" as what the unit became', () => {
    expect(readUnitQuestion('Bot ơi Vinh giờ còn là thành phố không ạ')).toMatchObject({ kind: 'forward' });
    expect(readUnitQuestion('huyen Con Dao con la huyen nua khong')).toMatchObject({ kind: 'forward' });
  });
});
