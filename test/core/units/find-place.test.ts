import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/parse-query.js';
import { SOFT_WORDS } from '../../../src/core/query/vocabulary.js';
import type { Unit } from '../../../src/core/types.js';
import { type FindOptions, type FoundPlace, findPlace, guessedName } from '../../../src/core/units/find-place.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const QUESTION: FindOptions = { prominence: true, soft: SOFT_WORDS };

/** Finds the place of a whole question, as the coverage feature does: parse, then extract. */
function place(question: string, options: FindOptions = QUESTION): FoundPlace {
  return findPlace(parseQuery(question).looseText, index, options);
}

function found(question: string, options?: FindOptions): Unit {
  const result = place(question, options);
  if (result.kind !== 'found') throw new Error(`${question}: expected found, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.unit;
}

const oldBacKanProvince = national.unit('pre2025', 'province', '06');
const oldBacKanCity = national.unit('pre2025', 'district', '058');
const bacKanWard = national.unit('post2025', 'commune', '01843');
const newHaiPhong = national.unit('post2025', 'province', '31');
const newGiaLai = national.unit('post2025', 'province', '52');
const vinhCity = national.unit('pre2025', 'district', '412');
const chauThanhTayNinh = national.unit('pre2025', 'district', '708');
const oldNghiLoc = national.unit('pre2025', 'district', '429');

describe('findPlace: words around the place are ignored, never glued to it', () => {
  it('reads a type word typed with its own marks as the type, and a capitalised short word as a name', () => {
    expect(found('Chỉ tiêu BHTN tỉnh Gia La năm 2025').name).toBe('Gia Lai');
    expect(found('bhxh phường Tĩnh Gia').name).toBe('Tĩnh Gia');
  });

  it.each([
    ['tỷ lệ tham gia BHXH tỉnh Bắc Kạn theo quyết định 1736 ạ', oldBacKanProvince],
    ["What is Bac Kan's agreed health insurance goal?", oldBacKanProvince],
    ['anh ơi cho em xin số liệu bhyt Hải Phòng gấp nhé', newHaiPhong],
    ['bhtn gia lai theo ke hoach cua ubnd tinh', newGiaLai],
    ['please send the Gia Lai unemployment numbers asap', newGiaLai],
    ['tình hình BHXH TP Vinh hiện giờ thế nào', vinhCity],
    ['tỷ lệ bhyt TP Vinh hiện nay', vinhCity],
    ['bhtn cua bac kan 9 thang 2021', oldBacKanProvince],
    ['em làm mảng an sinh xã hội, cho hỏi bhyt Hải Phòng', newHaiPhong],
  ])('%s', (question, unit) => {
    expect(found(question).id).toBe(unit.id);
  });

  it('reads short filler inside a name typed without diacritics, never as a name alone', () => {
    expect(found('bhxh tinh son la').name).toBe('Sơn La');
    expect(found('ty le bhyt cho don').name).toBe('Chợ Đồn');
    expect(found('cho tôi xin bhxh của Gia Lai với').id).toBe(newGiaLai.id);
    expect(place('cho tôi xin số liệu bhxh').kind).not.toBe('found');
  });

  it('reads a qualifier joined by "thuộc" or "của"', () => {
    expect(found('bhxh Châu Thành thuộc Tây Ninh').id).toBe(chauThanhTayNinh.id);
    const oldHaHuyTap = national.unit('pre2025', 'commune', '18085');
    expect(found('BHYT phường Hà Huy Tập của TP Hà Tĩnh').id).toBe(oldHaHuyTap.id);
    expect(found('bhyt phuong ha huy tap cua tp ha tinh', { ...QUESTION, before2025: true }).id).toBe(oldHaHuyTap.id);
    // "cua" without its mark is "Cửa" of a name unless a type word follows it.
    expect(found('bhyt phuong cua nam tp vinh').name).toBe('Cửa Nam');
    // "bên" with its mark joins too; "ben" without it is "Bến" of names.
    expect(index.get(found('bhyt Phường Lê Lợi cũ bên Vinh', { ...QUESTION, before2025: true }).parentId ?? -1)?.name).toBe('Vinh');
    expect(found('bhyt ben tre').name).toBe('Bến Tre');
  });

  it('does not take a number for a ward without its type word', () => {
    expect(place('bhxh Gia Lai kế hoạch 156').kind).toBe('found');
    expect(place('bhxh 1736').kind).not.toBe('found');
    expect(place('I love you', { ...QUESTION, typosTakeAll: true }).kind).not.toBe('found');
    expect(found('bhxh phường IV Vị Thanh').fullName).toBe('Phường IV');
  });

  it('reads words typed with a mark their name lacks as other words, or as a name typed wrong', () => {
    // Not read exactly: at most a correction, which the coverage answer refuses among many other words.
    const dang = place('Chủ tịch UBND tỉnh đang cần số liệu BHXH gấp');
    expect(dang.kind !== 'found' || dang.corrected).toBe(true);
    expect(place('bảo hiểm xã hội là gì').kind).not.toBe('found');
    // A type word typed before the words does not make them the name: "phường là gì" is no Phường La Gi.
    expect(place('phường là gì').kind).not.toBe('found');
    expect(found('bhyt phường La Gi').fullName).toBe('Phường La Gi');
    const typo = place('Hải Phồng bảo hiểm y tế');
    expect(typo.kind === 'found' && [typo.unit.id, typo.corrected]).toEqual([newHaiPhong.id, true]);
    expect(found('bhyt Hải Phong').id).toBe(newHaiPhong.id);
  });

  it('says a type word typed before a name that no unit of that type has, as a correction', () => {
    const haTay = place('bhxh tỉnh Hà Tây');
    expect(haTay.kind === 'found' && [haTay.unit.level, haTay.corrected, haTay.matched]).toEqual(['commune', true, 'tỉnh Hà Tây']);
    const haNam = place('bhxh tỉnh Hà Nam');
    expect(haNam.kind === 'found' && [haNam.unit.level, haNam.corrected]).toEqual(['province', false]);
  });

  it('reads a name after "chị", "anh" as a person when the message names another place', () => {
    expect(found('chị Thanh Hà bảo em hỏi chỉ tiêu bhtn Bắc Kạn 2021').id).toBe(oldBacKanProvince.id);
    expect(found('anh Đức Thọ hỏi bhyt Hải Phòng 11/2023').id).toBe(newHaiPhong.id);
    expect(found('bhxh huyện Đức Thọ').name).toBe('Đức Thọ');
  });

  it('reads a name that begins with "anh" typed in lower case before a capital as a person ("anh Sơn", not Anh Sơn)', () => {
    expect(found('anh Sơn nhờ em hỏi chỉ tiêu BHXH Gia Lai năm 2023').name).toBe('Gia Lai');
    expect(found('em hỏi giúp anh Sơn: bhxh Gia Lai 2023').name).toBe('Gia Lai');
    expect(found('bhxh Anh Sơn').name).toBe('Anh Sơn');
  });

  it("reads no place in a person's name after an honorific, even with no other place named", () => {
    expect(place('chị Thu Thủy nhắc các xã nộp báo cáo BHYT nhé').kind).not.toBe('found');
    expect(place('anh Hải Dương bên Sở Nội vụ hỏi chỉ tiêu BHXH').kind).not.toBe('found');
    // Two words at most are the person's, and a new clause ends the name.
    expect(found('anh Sơn Thanh hỏi bhxh Gia Lai').name).toBe('Gia Lai');
    expect(found('em hỏi giúp anh Sơn: Gia Lai 2023').name).toBe('Gia Lai');
  });

  it('lets an everyday phrase typed as words yield to the place asked, never to be corrected into a name', () => {
    expect(found('Anh cứ yên tâm, em hỏi thêm chỉ tiêu BHTN Gia Lai 2025').name).toBe('Gia Lai');
    expect(found('Mọi việc thuận lợi chứ anh? Cho em hỏi BHYT Hải Phòng 11/2023').name).toBe('Hải Phòng');
    expect(found('bhxh xã yên tâm').name).toBe('Yên Tâm');
    expect(found('bhxh Yên Tâm').name).toBe('Yên Tâm');
  });

  it('prefers the words typed with their own diacritics ("lao động ở Bắc Kạn" is not Xã Đông Bắc)', () => {
    expect(found('bao nhiêu người lao động ở Bắc Kạn đóng BHXH').id).toBe(oldBacKanProvince.id);
  });
});

describe('findPlace: prominence', () => {
  it('takes the province of a name shared with a city and a ward, and names the others', () => {
    const result = place('bhxh Bắc Kạn');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.unit.id).toBe(oldBacKanProvince.id);
    expect(result.others?.map((u) => u.id).sort()).toEqual([oldBacKanCity.id, bacKanWard.id].sort());
  });

  it("names the old city of a current province's name too, but not the names a corrected typo came near", () => {
    const sonLa = place('bhtn son la');
    if (sonLa.kind !== 'found') throw new Error('expected Sơn La');
    expect(sonLa.unit.fullName).toBe('Tỉnh Sơn La');
    expect(sonLa.others?.map((u) => u.fullName)).toEqual(['Thành phố Sơn La']);
    const typo = place('bhxh Hai Phongg');
    expect(typo.kind === 'found' ? typo.others : 'not found').toBeUndefined();
  });

  it('follows a type word over prominence', () => {
    expect(found('bhxh phường Bắc Kạn').id).toBe(bacKanWard.id);
    expect(found('bhxh thành phố Bắc Kạn').id).toBe(oldBacKanCity.id);
  });

  it('asks back between places of the same level', () => {
    expect(place('bhxh Châu Thành').kind).toBe('ambiguous');
  });

  it('takes the one current place of a name typed with its type word, and names the old ones', () => {
    const ward = place('phường Thái Bình bhyt');
    expect(ward.kind === 'found' && [ward.unit.structure, index.provinceOf(ward.unit).name, ward.others?.length]).toEqual(['post2025', 'Hưng Yên', 1]);
    // A period before the reorganisation leaves three old communes of the name: asked back.
    expect(place('bhxh xã Thanh Hà năm 2024', { ...QUESTION, before2025: true }).kind).toBe('ambiguous');
  });

  it('asks back without prominence, as for naming a unit to act on', () => {
    expect(place('Bắc Kạn', {}).kind).toBe('ambiguous');
  });
});

describe('findPlace: typos', () => {
  it('corrects a name typed with a mark left out and a letter wrong ("Bác Cạn")', () => {
    expect(found('Tỷ lệ BHXH tỉnh Bác Cạn').fullName).toBe('Tỉnh Bắc Kạn');
  });

  it('takes, among typo corrections, the one that lands on a province', () => {
    expect(found('how many employed people in Backan were NOT covered by SI as of 30 Sep 2021').fullName).toBe('Tỉnh Bắc Kạn');
    expect(found('Bắc Cạn có bao nhiêu ng tham gia bhxh').fullName).toBe('Tỉnh Bắc Kạn');
  });

  it('corrects a name misspelt with the connector "thuộc" at its end ("Buôn Ma Thuộc")', () => {
    expect(found('bhxh TP Buôn Ma Thuộc').fullName).toBe('Thành phố Buôn Ma Thuột');
    expect(found('xã Tân Lập thuộc Đắk Lắk').fullName).toBe('Xã Tân Lập');
  });

  it('does not correct a run that ends in the particle "chưa" typed without marks ("bk chua" is not Xã Ba Chúc)', () => {
    const result = place('bk 9t/2021 hoan thanh ke hoach bhxh bb chua a');
    expect(result.kind === 'found' ? result.unit.fullName : null).not.toBe('Xã Ba Chúc');
  });

  it.each([
    ['tỷ lệ bhtn tỉnh Bắc Cạn', oldBacKanProvince],
    ['bhxh tinh bac can nam 2021', oldBacKanProvince],
    ['bảo hiểm y tế Hải Phongg', newHaiPhong],
    ['Nghi Lôc sáp nhập vào đâu', oldNghiLoc],
    // Typed with a mark Hà Phong does not carry there: a typo of Hải Phòng, not the old ward.
    ['bhxh bắt buộc Hả Phòng', newHaiPhong],
    ['Chỉ tiêu BHXH Gia Lia 2030', newGiaLai],
  ])('%s', (question, unit) => {
    expect(found(question).id).toBe(unit.id);
  });

  it('takes the province among names a typo came equally near', () => {
    expect(found('bhxh Bac Can 9 thang 2021').id).toBe(oldBacKanProvince.id);
  });

  it('does not correct words typed with other diacritics than any name has', () => {
    expect(place('bhxh hỏi chút bk').kind).toBe('unknown');
    expect(place('buổi sáng nay', { ...QUESTION, typosTakeAll: true }).kind).not.toBe('found');
  });

  it('keeps a one-word name typed as it is spelt', () => {
    const result = place('bhyt xã Lìa');
    expect(result.kind === 'found' && result.exact && result.unit.name).toBe('Lìa');
  });

  it('does not correct a typo among other words when told to take only whole messages', () => {
    expect(place('hôm nay trời đẹp', { ...QUESTION, typosTakeAll: true }).kind).not.toBe('found');
  });
});

describe('findPlace: names written the way people text them', () => {
  it.each([
    // "f" for "ph": one edit from Hải Đông or Hải Long, but it is Hải Phòng as written.
    ['ti le bao phu bhyt hai fong', newHaiPhong],
    ['chi tieu bhxh ja lai 2023', newGiaLai],
    ['bhxh tỉnh ha zang', national.unit('pre2025', 'province', '02')],
  ])('%s', (question, unit) => {
    expect(found(question).id).toBe(unit.id);
  });

  it('reads the capitals everyone knows: HN, HP', () => {
    expect(found('bhxh HN nam 2024')).toMatchObject({ name: 'Hà Nội', structure: 'post2025', level: 'province' });
    expect(found('bhyt HP thang 11 2023').id).toBe(newHaiPhong.id);
    expect(place('bhxh hn the nao').kind).not.toBe('found');
  });

  it('names no namesake after a capital or one-word alias: "HP" is Hải Phòng, not also Xã Hải Phong', () => {
    for (const question of ['bhxh HP', 'haiphong coverage']) {
      const result = place(question);
      expect(result.kind === 'found' && [result.unit.id, result.others ?? []]).toEqual([newHaiPhong.id, []]);
    }
    const plain = place('bhxh hai phong');
    expect(plain.kind === 'found' && plain.others?.map((u) => u.name)).toContain('Hải Phong');
  });

  it('runs no name across a colon or a question mark', () => {
    expect(found('chua thay ai tra loi: bac kan').id).toBe(oldBacKanProvince.id);
    expect(place('ai tra loi? bac').kind).not.toBe('found');
    // Nor is a type word before a colon the name's: "q" (quận) does not make Bắc Kạn a correction.
    expect(place('Slack q: Bac Kan')).toMatchObject({ kind: 'found', corrected: false });
  });

  it('reads a misspelt commune before its district as the commune, not the district named exactly', () => {
    expect(found('xa cuong gan nghi xuan')).toMatchObject({ name: 'Cương Gián', level: 'commune', structure: 'pre2025' });
    expect(found('huyen nghi xuan')).toMatchObject({ name: 'Nghi Xuân', level: 'district' });
  });

  it('keeps the minority names that are written with j, z or w as they are', () => {
    expect(found('bhxh huyện Cư Jút').name).toBe('Cư Jút');
    expect(found('bhxh xã Za Hung').name).toBe('Za Hung');
    expect(found('bhxh xã Ea Wer').name).toBe('Ea Wer');
  });
});

describe('findPlace: no place', () => {
  it('says none when there are no words left', () => {
    expect(place('tỷ lệ bao phủ BHXH 2025').kind).toBe('none');
  });

  it('offers close names when words are left but name nothing', () => {
    const result = place('bhxh Zzyzx Qwerty');
    expect(result.kind).toBe('unknown');
  });
});

describe('findPlace: remembered per text and options', () => {
  it('answers a search asked again with the same frozen result', () => {
    const first = place('bhyt Hải Phòng');
    expect(place('bhyt Hải Phòng')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it.each([
    ['typos', 'Hai Phongg', {}, { typos: false }, (r: FoundPlace) => r.kind],
    [
      'suggest',
      'Hai Phongg',
      { typos: false },
      { typos: false, suggest: false },
      (r: FoundPlace) => (r.kind === 'unknown' ? r.suggestions.length > 0 : r.kind),
    ],
    ['typosTakeAll', 'Hai Phongg nhe anh', {}, { typosTakeAll: true }, (r: FoundPlace) => r.kind],
    ['prominence', 'Bắc Kạn', { prominence: false }, {}, (r: FoundPlace) => r.kind],
  ] as const)('searches afresh when %s differs, and gives what that option finds', (_option, text, first, second, outcome) => {
    // The first search is remembered; a key without the option would hand it to the second.
    const a = outcome(findPlace(text, index, { ...QUESTION, ...first }));
    const b = outcome(findPlace(text, index, { ...QUESTION, ...second }));
    expect(a).not.toEqual(b);
    expect(outcome(findPlace(text, index, { ...QUESTION, ...second }))).toEqual(b);
  });
});

describe('findPlace: a misspelt lower unit before its province or city', () => {
  it('reads the lower unit, not the province or city named after it', () => {
    const district = found('huyện Hưng Nguyênn tỉnh Nghệ An');
    expect([district.name, district.level]).toEqual(['Hưng Nguyên', 'district']);
    expect(found('huyen nghi locc nghe an').name).toBe('Nghi Lộc');
    const ward = found('phường Hưng Lộcc thành phố Vinh');
    expect([ward.name, ward.level]).toEqual(['Hưng Lộc', 'commune']);
  });

  it('finds no place for a name typed on past a namesake whose type word does not fit ("Tỉnh Hà Sơn Bình")', () => {
    const place = findPlace('Tỉnh Hà Sơn Bình sáp nhập', index, QUESTION);
    expect(place).toMatchObject({ kind: 'unknown', typed: 'Hà Sơn Bình' });
    // No capital after, or a type word that fits: the place as before.
    expect(findPlace('Tỉnh Hà Sơn sáp nhập', index, QUESTION).kind).toBe('found');
    expect(findPlace('xã Hà Sơn Bình', index, QUESTION).kind).not.toBe('unknown');
  });

  it("reads a type word right before a run as no person's name after an honorific", () => {
    const ward = found('Dạ anh, phường Yên Bái trước đây gồm những phường nào ạ');
    expect([ward.name, ward.level]).toEqual(['Yên Bái', 'commune']);
  });
});

describe('findPlace: a province a further edit off among corrections', () => {
  it('offers Hải Phòng first for "Hả Phòn", before the communes one edit off', () => {
    const found = findPlace('Hả Phòn', index, { prominence: true });
    expect(found.kind).toBe('ambiguous');
    if (found.kind !== 'ambiguous') return;
    expect(found.candidates.map((u) => `${u.level} ${u.name}`)).toEqual(['province Hải Phòng', 'commune Nà Phòn', 'commune Hà Phong']);
  });

  it('still lists a name shared by several places, typed exactly, without provinces', () => {
    const found = findPlace('Châu Thành', index, { prominence: true });
    expect(found.kind === 'ambiguous' && found.candidates.every((u) => u.name === 'Châu Thành')).toBe(true);
    expect(guessedName(found)).toBeUndefined();
  });

  it('marks a list of guesses as such: a typo, or a type word none of the namesakes fits', () => {
    expect(guessedName(findPlace('Hả Phòn', index, { prominence: true }))).toBe('Hả Phòn');
    expect(guessedName(place('ty le bhxh tinh Sông Hồng nam 2023'))).toBe('tinh Sông Hồng');
    // Hà Tây is two communes' name, no province's.
    const haTay = place('ty le bhxh tinh Ha Tay nam 2023', { ...QUESTION, before2025: true });
    expect(haTay.kind === 'ambiguous' && haTay.candidates.every((u) => u.level === 'commune')).toBe(true);
    expect(guessedName(haTay)).toBe('tinh Ha Tay');
    expect(guessedName(place('bhyt xa Ha Tay nam 2023', { ...QUESTION, before2025: true }))).toBeUndefined();
  });
});
