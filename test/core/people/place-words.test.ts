import { describe, expect, it } from 'vitest';
import { peoplePlaceText } from '../../../src/core/people/index.js';
import { parseQuery } from '../../../src/core/query/parse-query.js';

const placeText = (text: string) => peoplePlaceText(parseQuery(text).looseText);

describe('peoplePlaceText', () => {
  it('leaves the place alone once the words of people questions are cut', () => {
    expect(placeText('Quảng Bình còn thiếu bao nhiêu người tham gia BHXH để đạt chỉ tiêu?')).toBe('Quảng Bình');
    expect(placeText('quang binh can phat trien them bao nhieu nguoi lao dong tham gia bhtn')).toBe('quang binh');
    expect(placeText('How many more people does Quang Binh need to reach its target?')).toBe('Quang Binh');
  });

  it('leaves nothing when no place is named ("lao động" is no Xã Đông)', () => {
    expect(placeText('Có bao nhiêu người lao động?')).toBe('');
    expect(placeText('còn thiếu bao nhiêu người để đạt chỉ tiêu')).toBe('');
  });

  it('keeps a name that holds a short word of the question, typed as a name', () => {
    expect(placeText('Nậm Có có bao nhiêu người tham gia BHXH?')).toBe('Nậm Có');
    expect(placeText('Cần Thơ có bao nhiêu người tham gia BHYT?')).toBe('Cần Thơ');
    expect(placeText('Thiệu Hóa còn thiếu bao nhiêu người tham gia BHXH?')).toBe('Thiệu Hóa');
    expect(placeText('Có bao nhiêu người tham gia BHYT ở Chợ Mới?')).toBe('ở Chợ Mới');
  });
});
