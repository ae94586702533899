import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/parse-query.js';
import { SOFT_WORDS } from '../../../src/core/query/vocabulary.js';
import { findPlaces, mayNameTwoPlaces, splitPlaceList } from '../../../src/core/units/find-places.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);

/** The places of a whole question, as the comparison reads them: each part parsed, then extracted. */
function names(question: string): string[] {
  const found = findPlaces(question, index, { prominence: true, soft: SOFT_WORDS, typosTakeAll: true, clean: (p) => parseQuery(p).looseText });
  return found.places.map((p) => (p.kind === 'found' ? `${p.unit.structure}:${p.unit.fullName}` : `?${p.typed}`));
}

describe('findPlaces', () => {
  it('finds two places joined by "và", "với", "so với", "vs", "and", "or"', () => {
    expect(names('tỷ lệ BHYT của Quảng Ninh và Thái Bình')).toEqual(['post2025:Tỉnh Quảng Ninh', 'pre2025:Tỉnh Thái Bình']);
    expect(names('bhtn Lào Cai so với Yên Bái')).toEqual(['post2025:Tỉnh Lào Cai', 'pre2025:Tỉnh Yên Bái']);
    expect(names('health insurance Quang Ninh vs Thai Binh')).toEqual(['post2025:Tỉnh Quảng Ninh', 'pre2025:Tỉnh Thái Bình']);
    expect(names('is Ca Mau or Bac Lieu higher')).toEqual(['post2025:Tỉnh Cà Mau', 'pre2025:Tỉnh Bạc Liêu']);
  });

  it('separates places by commas, and keeps a name with its qualifier', () => {
    expect(names('Quảng Ninh, Thái Bình, Yên Bái')).toEqual(['post2025:Tỉnh Quảng Ninh', 'pre2025:Tỉnh Thái Bình', 'pre2025:Tỉnh Yên Bái']);
    expect(names('TP Vinh, Nghệ An và Hà Tĩnh')).toEqual(['pre2025:Thành phố Vinh', 'post2025:Tỉnh Hà Tĩnh']);
  });

  it('finds places typed one after the other with no word between them', () => {
    expect(names('compare coverage Quang Ninh Thai Binh')).toEqual(['post2025:Tỉnh Quảng Ninh', 'pre2025:Tỉnh Thái Bình']);
  });

  it('does not cut a name that has "và" in it', () => {
    expect(splitPlaceList('xã Mường Và và Cao Bằng', index)).toEqual(['xã Mường Và ', ' Cao Bằng']);
  });

  it('reads "Vôi" typed with its own marks as a name, not as "với"', () => {
    expect(splitPlaceList('thị trấn Vôi và Hà Tĩnh', index)).toEqual(['thị trấn Vôi ', ' Hà Tĩnh']);
    expect(splitPlaceList('Hà Tĩnh với Nghệ An', index)).toEqual(['Hà Tĩnh ', ' Nghệ An']);
  });

  it('leaves words that name nothing, without correcting them into places', () => {
    expect(names('so sanh chi tieu giua Quang Ninh va Thai Binh the nao')).toEqual(['post2025:Tỉnh Quảng Ninh', 'pre2025:Tỉnh Thái Bình']);
  });

  it('corrects a misspelt name when the exact names do not make two places', () => {
    expect(names('Quảng Ninh và Thái Bìnhh')).toEqual(['post2025:Tỉnh Quảng Ninh', 'pre2025:Tỉnh Thái Bình']);
  });

  it('reports a part whose words name no place', () => {
    const found = findPlaces('Quảng Ninh và Thái Bìhn Xyz', index, { prominence: true, soft: SOFT_WORDS, typosTakeAll: true });
    expect(found.places.map((p) => p.kind)).toEqual(['found']);
    expect(found.unknown).toHaveLength(1);
  });
});

describe('mayNameTwoPlaces', () => {
  const twoOrMore = [
    'tỷ lệ BHYT của Quảng Ninh và Thái Bình',
    'bhtn Lào Cai so với Yên Bái',
    'health insurance Quang Ninh vs Thai Binh',
    'Quảng Ninh, Thái Bình, Yên Bái',
    'TP Vinh, Nghệ An và Hà Tĩnh',
    'compare coverage Quang Ninh Thai Binh',
    'Chỉ tiêu BHXH 2025: Hải Phòng và Gia Lai',
    'bhyt bac kan, hai phong',
    'xã Mường Và và Cao Bằng',
    'BHXH TP HCM và Hà Nội',
    'Châu Thành thuộc Tây Ninh và Long An',
  ];
  const one = ['bhxh tinh bac kan 2021', 'Tỷ lệ bao phủ BHXH tỉnh Bắc Cạn', 'coverage for Vinh city', 'hai phong bhyt', 'Gia Lai BHTN 2025 target'];

  it('holds for every message in which the exact search finds two places or more', () => {
    for (const text of [...twoOrMore, ...one]) {
      const found = findPlaces(text, index, { typos: false, suggest: false }).places;
      if (found.length >= 2) expect(mayNameTwoPlaces(text, index), text).toBe(true);
    }
    expect(twoOrMore.filter((text) => findPlaces(text, index, { typos: false, suggest: false }).places.length >= 2).length).toBeGreaterThanOrEqual(8);
  });

  it('spares the search for a message that names one place', () => {
    for (const text of one) expect(mayNameTwoPlaces(text, index), text).toBe(false);
  });
});
