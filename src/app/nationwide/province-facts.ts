/**
 * Questions about the provinces as a set, answered from the unit index: which has the most (or
 * fewest) units of a kind ("Tỉnh nào có nhiều xã nhất sau sáp nhập?", core/nationwide/rank-unit-counts.ts)
 * and where one stands among them ("Nghệ An đứng thứ mấy về số xã"), which the 2025 reorganisation left unchanged or merged ("Bao nhiêu tỉnh giữ nguyên, không sáp nhập?",
 * core/nationwide/province-mergers.ts), and how many units of a kind there are when no place is named
 * (the country's, as core/nationwide/unit-count-reply.ts counts them). Tried before the ranking of figures and the place features,
 * which would read "xã nhất" or "không phải" as a place.
 */
import {
  composeProvinceMergers,
  composeUnitCount,
  composeUnitRank,
  otherPlaceNamed,
  readProvinceMergerAsk,
  readUnitCountQuestion,
  readUnitRankQuestion,
} from '../../core/nationwide/index.js';
import { parseQuery } from '../../core/query/parse-query.js';
import type { Structure, Unit } from '../../core/types.js';
import { findPlace } from '../../core/units/find-place.js';
import { resolvePlace } from '../../core/units/resolve-place.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { Feature } from '../turn.js';

export const provinceFacts: Feature = async (turn, deps) => {
  const ranking = readUnitRankQuestion(turn.text);
  if (ranking && !ranking.placeOfNamed) return { text: composeUnitRank(ranking, deps.units(), turn.today, turn.language) };
  // A figure of those provinces ("BHXH của các tỉnh không sáp nhập", "Bắc Kạn đứng thứ mấy về BHYT") is another question.
  const parsed = parseQuery(turn.text);
  if (parsed.indicators.length > 0) return null;
  if (ranking?.placeOfNamed) {
    const named = provinceNamed(parseQuery(ranking.placeOfNamed.text).placeText, deps.units(), ranking.structure);
    return named ? { text: composeUnitRank(ranking, deps.units(), turn.today, turn.language, named) } : null;
  }
  const counting = readUnitCountQuestion(turn.text);
  // A count of units below the provinces ("bao nhiêu thành phố thuộc tỉnh trước sáp nhập") is no question about the provinces merged.
  const merger = counting?.asks.some((a) => a.level !== 'province') ? null : readProvinceMergerAsk(turn.text);
  // The place search costs most of this feature's time, so only a question of the set pays it.
  if (!merger && !counting) return null;
  // A place named ("Tỉnh Gia Lai sau sáp nhập có bao nhiêu phường") is asked about, not the set of provinces.
  if (namesPlace(parsed.placeText, deps.units())) return null;
  if (merger) return { text: composeProvinceMergers(deps.units(), turn.language, merger) };
  // A count of units with no place named ("How many urban districts were there before July 2025?")
  // is the country's, as when it names the country ("Nghệ An có bao nhiêu xã" is Nghệ An's).
  if (counting) return { text: composeUnitCount(counting, { lang: turn.language, index: deps.units(), today: turn.today }) };
  return null;
};

/** Whether the words name a place: exactly, or a province's name typed with a slip ("tỉnh Ngệ An có bao nhiêu xã"). */
function namesPlace(placeText: string, index: UnitIndex): boolean {
  if (otherPlaceNamed(placeText, index, { typedProvinces: true }) !== null) return true;
  const near = findPlace(placeText, index, { prominence: true, suggest: false });
  return near.kind === 'found' && near.unit.level === 'province';
}

/** The province of `structure` that the words name ("Nghệ An mới"), or null when they name none. */
function provinceNamed(placeText: string, index: UnitIndex, structure: Structure): Unit | null {
  const typed = otherPlaceNamed(placeText, index, { typedProvinces: true });
  if (typed === null) return null;
  const place = resolvePlace(typed, index, { prominence: true });
  if (place.kind !== 'found' || place.unit.level !== 'province') return null;
  if (place.unit.structure === structure) return place.unit;
  // The same province in the other structure (Nghệ An before and after 1 July 2025).
  const same = [...index.successorsOf(place.unit.id), ...index.predecessorsOf(place.unit.id)].map((l) => l.unit);
  return same.find((u) => u.level === 'province' && u.structure === structure && u.name === place.unit.name) ?? null;
}
