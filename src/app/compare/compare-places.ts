/**
 * The places a comparison names, searched once per unit index and message (the comparison and the
 * side-by-side features search the same words), and the province written as its initials that the
 * search only offers.
 */
import { COMPARISON_FILLER } from '../../core/compare/index.js';
import { findCountry, unitNameTest, withoutCountry } from '../../core/nationwide/index.js';
import { parseQuery } from '../../core/query/parse-query.js';
import { asksBefore2025 } from '../../core/query/question-asks.js';
import { SOFT_WORDS } from '../../core/query/vocabulary.js';
import { withoutRankingWords } from '../../core/rank/index.js';
import { fold, rawWords } from '../../core/text/fold.js';
import { RECENT_MESSAGES, rememberedPerText } from '../../core/text/remembered.js';
import { TextCutter } from '../../core/text/text-cutter.js';
import { type FindPlacesOptions, type FoundPlaces, findPlaces } from '../../core/units/find-places.js';
import { provincesWithInitials } from '../../core/units/province-initials.js';
import type { UnitIndex } from '../../core/units/unit-index.js';

/**
 * A province written as its initials in capitals ("BK", "HP"), which a place search only offers; not
 * a paper's kind before its number ("KH 1736" is a plan, not Khánh Hòa; "QĐ 1736" a decision).
 */
export function namesInitials(typed: string, index: UnitIndex): boolean {
  const words = rawWords(typed);
  return words.some((word, i) => /^\p{Lu}{2,3}$/u.test(word) && !/^\d/.test(words[i + 1] ?? '') && provincesWithInitials(index, fold(word)).length > 0);
}

/** How typos count: corrected only in a run that takes every word, or names typed exactly only. */
export type Typing = 'typos-take-all' | 'exact';
const TYPING: Readonly<Record<Typing, Pick<FindPlacesOptions, 'typos' | 'typosTakeAll' | 'suggest'>>> = {
  'typos-take-all': { typosTakeAll: true },
  exact: { typos: false, suggest: false },
};

interface PlacesNamed {
  readonly country: ReturnType<typeof findCountry>;
  readonly found: FoundPlaces;
}

/**
 * The places a comparison names, the country ("cả nước") set aside; remembered per index and
 * message (both features of this file search the same words).
 */
export function placesNamed(text: string, index: UnitIndex, typing: Typing): PlacesNamed {
  let searches = placeSearches.get(index);
  if (!searches) {
    const search = (how: Typing) => rememberedPerText((t: string) => Object.freeze(searchPlaces(t, index, how)), RECENT_MESSAGES);
    searches = { 'typos-take-all': search('typos-take-all'), exact: search('exact') };
    placeSearches.set(index, searches);
  }
  return searches[typing](text);
}

const placeSearches = new WeakMap<UnitIndex, Readonly<Record<Typing, (text: string) => PlacesNamed>>>();

function searchPlaces(text: string, index: UnitIndex, typing: Typing): PlacesNamed {
  const country = findCountry(text, { isUnitName: unitNameTest(index) });
  const options = { prominence: true, before2025: asksBefore2025(parseQuery(text)), soft: SOFT_WORDS, clean: placeWordsOf, ...TYPING[typing] };
  return { country, found: findPlaces(country ? withoutCountry(text, country) : text, index, options) };
}

/** A part of the message with the question's words taken out, for place extraction. */
function placeWordsOf(part: string): string {
  const work = new TextCutter(parseQuery(part).looseText);
  work.cutAll(COMPARISON_FILLER);
  return withoutRankingWords(work.remainder({ keepLoneDash: true }));
}
