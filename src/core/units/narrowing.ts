/**
 * Communes or districts asked in the narrow sense: the other types of the level left out ("không tính
 * phường", "trừ quận, thị xã, thành phố", "excluding wards", "not wards"), or only the plain ones asked
 * ("chỉ tính xã", "xã only", "rural communes"). Counts and lists then take the xã (or huyện) alone.
 * Over folded text (lower case, no diacritics).
 */
import { wordRe } from '../text/text-cutter.js';
import type { UnitLevel } from '../types.js';

/** Types of unit left out. */
const OTHER_TYPES =
  '(?:phuong|dac\\s+khu|thi\\s+tran|quan|thi\\s+xa|thanh\\s+pho|tp|wards?|special\\s+zones?|townships?|urban\\s+districts?|towns?|cit(?:y|ies))';

/** The narrowing words; the noun of the level asked stays outside them ("chỉ tính | xã"). */
export const NARROWING = wordRe(
  `(?:(?:khong|ko|k|hong|hok)\\s+(?:tinh|ke|dem)|ngoai\\s+tru|tru|excluding|not\\s+counting|not|except|without)\\s+(?:cac\\s+|the\\s+)?${OTHER_TYPES}(?:\\s*(?:,|va|and|&|hay|or)?\\s*${OTHER_TYPES})*` +
    '|chi\\s+(?:tinh|dem|ke)(?=\\s+(?:xa|huyen))|only(?:\\s+rural)?(?=\\s+(?:communes|districts))|rural(?=\\s+(?:communes|districts))' +
    '|(?<=(?:xa|huyen|communes?|districts?)\\s+)only',
);

const PLAIN_TYPE: Readonly<Record<Exclude<UnitLevel, 'province'>, string>> = { commune: 'commune', district: 'district' };

/** The folded text with its narrowing blanked (its type words are not asked), and whether it had one. */
export function withoutNarrowing(folded: string): { readonly text: string; readonly narrow: boolean } {
  let narrow = false;
  const text = folded.replace(NARROWING, (m) => {
    narrow = true;
    return ' '.repeat(m.length);
  });
  return { text, narrow };
}

/** A whole level asked in the narrow sense: its plain type alone (xã, huyện); anything else as asked. */
export function narrowAsk<A extends { readonly level: UnitLevel | null; readonly typeCodes: readonly string[] | null }>(ask: A): A {
  if (ask.level === null || ask.level === 'province' || ask.typeCodes !== null) return ask;
  return { ...ask, typeCodes: [PLAIN_TYPE[ask.level]] };
}
