/**
 * The speaker's own place, named by what it is to them: "xã mình", "tỉnh em", "đơn vị tôi", "địa
 * phương chúng tôi", "my district", "our province". Not a name to look up: the place is the unit the
 * speaker is assigned to, of the level named (any level for "đơn vị", "địa phương", "unit", "area").
 * "Xã Minh Tân" is a name: a pronoun that is also a syllable of names ("mình", "tôi", "nhà") counts
 * only typed in lower case with its marks, or last in the message.
 */
import { fold, rawWords } from '../text/fold.js';
import { rememberedReader } from '../text/remembered.js';
import type { UnitLevel } from '../types.js';

/** The level named, or null for any. */
export interface OwnPlace {
  readonly level: UnitLevel | null;
}

const LEVELS: readonly { readonly level: UnitLevel | null; readonly words: readonly string[] }[] = [
  { level: 'province', words: ['tinh', 'province'] },
  { level: 'district', words: ['huyen', 'quan', 'thi xa', 'district', 'town'] },
  { level: 'commune', words: ['xa', 'phuong', 'thi tran', 'commune', 'ward'] },
  { level: null, words: ['thanh pho', 'don vi', 'dia phuong', 'dia ban', 'co so', 'city', 'unit', 'area', 'locality'] },
];

/** Pronouns after the place word, as typed: those also syllables of names need their marks. */
const MINE_TYPED: ReadonlySet<string> = new Set(['mình', 'tôi', 'nhà', 'chúng', 'em']);
const MINE_FOLDED: ReadonlySet<string> = new Set(['minh', 'toi', 'nha', 'chung', 'em']);
const OURS_EN: ReadonlySet<string> = new Set(['my', 'our']);

/** The own place a message names, or null when it names none. */
export const readOwnPlace = rememberedReader(readOwnPlaceOnce);

function readOwnPlaceOnce(text: string): OwnPlace | null {
  const raw = rawWords(text.slice(0, 300));
  const folded = raw.map(fold);
  for (let i = 0; i < folded.length; i++) {
    for (const { level, words } of LEVELS) {
      const size = words.find((w) => w === folded.slice(i, i + w.split(' ').length).join(' '))?.split(' ').length;
      if (size === undefined) continue;
      const before = folded[i - 1];
      if (before !== undefined && OURS_EN.has(before)) return { level };
      let next = i + size;
      if (folded[next] === 'cua') next++;
      const word = raw[next];
      const pronoun = folded[next];
      if (word === undefined || pronoun === undefined || !MINE_FOLDED.has(pronoun)) continue;
      if (MINE_TYPED.has(word) || pronoun === 'em' || next === folded.length - 1) return { level };
    }
  }
  return null;
}
