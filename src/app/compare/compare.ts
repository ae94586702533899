/**
 * Comparisons: "so sánh A và B", "A so với B", "A vs B", "Which has the higher …, A or B?" (two or
 * three places side by side), and one place over time ("so với cùng kỳ năm trước", "so với năm
 * 2021"). Tried before the ranking, the country and the coverage features: a question that names
 * two places and compares them must not be answered for one of them.
 *
 * - Two or more places, with comparison words, comparative words ("khác nhau", "cao hơn", "hay")
 *   or a superlative ("… cao nhất, Bắc Kạn hay Hải Phòng?"): the places side by side.
 * - One place, with explicit comparison words: over time; with "so sánh … với chỉ tiêu" (a figure
 *   against its target), the coverage answer, which is that comparison; beside the country, the
 *   place's figure and the missing national one.
 * - Otherwise the question is not this feature's: a ranking, the country's, or one place's.
 *
 * What is answered, and how places are shown, is in compare-answer.ts; a name shared by several
 * places is asked back in compare-choice.ts. Comparing named places is open to whoever may ask about
 * one place (any registered person), as the coverage question is.
 */

import { readComparison } from '../../core/compare/index.js';
import { aboutFigures, composeNameTwoPlaces, composeSecondPlaceUnknown, WITH_TARGET } from '../../core/compare/replies.js';
import { readPeopleQuestion } from '../../core/people/index.js';
import { periodYear } from '../../core/periods/period-code.js';
import { type ParsedQuery, parseQuery } from '../../core/query/parse-query.js';
import { readRanking } from '../../core/rank/index.js';
import { fold, rawWords } from '../../core/text/fold.js';
import { foldWithMap } from '../../core/text/folded-text.js';
import type { Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { everydayTyped } from '../../core/units/everyday-words.js';
import type { FoundPlace } from '../../core/units/find-place.js';
import { mayNameTwoPlaces } from '../../core/units/find-places.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import type { Feature, Turn } from '../turn.js';
import type { ComparePlan, CompareQuestion } from './compare-answer.js';
import { answerCompareChoice, settleAndAnswer } from './compare-choice.js';
import { namesInitials, placesNamed } from './compare-places.js';

/**
 * "và", "and", "với", "cùng", "&" between places: two places, not one place and its address. Over
 * folded text with its punctuation: "với" closing a request ("… năm 2030 với, em đang làm …", "với
 * ạ") and "cung cấp" join nothing.
 */
const CONJOINED = /(?:^|[\s,])(?:va|and|&|cung(?!\s+cap)|voi(?!\s*(?:[,.!?;]|$)|\s+(?:a|e|em|nhe|nha|ad|ban)(?:[\s,.!?]|$)))(?=[\s,]|$)/u;

const LEVEL_RANK: Readonly<Record<Unit['level'], number>> = { province: 0, district: 1, commune: 2 };

/** Answers a comparison, or the number chosen from its list of places; null when the message is neither. */
export const compare: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const chosen = await answerCompareChoice(turn, deps);
  if (chosen) return chosen;
  const words = readComparison(turn.text);
  const ranking = readRanking(turn.text);
  if (!words && !ranking) return null;
  const parsed = parseQuery(turn.text);
  if (parsed.intent !== 'coverage' || !aboutFigures(turn.text, parsed)) return null;
  const { country, found } = placesNamed(turn.text, deps.units(), 'typos-take-all');
  // "Ý kiến chỉ đạo: … Hải Phòng đã đạt … hay chưa" names one place: an everyday phrase typed as
  // words is no commune (Xã Chỉ Đạo).
  const places = found.places.filter((p) => !everydayTyped(rawWords(p.typed)));
  const question = questionOf(turn, parsed);

  // "top 5 xã Nghệ An và Hà Tĩnh" ranks the communes of two provinces: the ranking's, not a comparison.
  const scopes = ranking?.level && places.every((p) => p.kind === 'found' && LEVEL_RANK[p.unit.level] < LEVEL_RANK[ranking.level as Unit['level']]);
  if (distinct(places) >= 2 && !scopes) return settleAndAnswer(turn, deps, { kind: 'places', withCountry: false }, question, places);
  // "HP (T11/2023) và BK (9T/2021) hơn kém nhau mấy điểm": one place read, the other written as a
  // province's initials, which are only offered; the comparison is asked of both, so the other is asked for.
  const other = found.unknown.find((u) => u.kind === 'unknown' && u.suggestions.length > 0 && namesInitials(u.typed, deps.units()));
  if (
    words &&
    !ranking &&
    places.length === 1 &&
    !country &&
    other?.kind === 'unknown' &&
    !words.against &&
    parsed.indicators.length < 2 &&
    CONJOINED.test(foldWithMap(turn.text).text)
  ) {
    const label = (u: Unit) => describeUnit(u, deps.units(), turn.language);
    const read = places[0]?.kind === 'found' ? label(places[0].unit) : (places[0]?.typed ?? '');
    return { text: composeSecondPlaceUnknown(turn.language, read, other.suggestions.map(label)) };
  }
  if (ranking || !words?.explicit) return null;
  if (places.length === 0) return country ? null : { text: composeNameTwoPlaces(turn.language) };
  // Two indicators of one place ("so sánh BHXH bắt buộc và tự nguyện của Hải Phòng"): the coverage
  // answer shows both and, on one period and basis, their difference.
  if (places.length === 1 && !country && !words.against && parsed.indicators.length >= 2) return null;
  // "so với cùng kỳ, tỷ lệ hoàn thành kế hoạch … tăng bao nhiêu": how far a count went towards its
  // plan is the people's answer (the plan is no target to compare over the years).
  if (places.length === 1 && !country && readPeopleQuestion(turn.text)?.kind === 'fulfilment') return null;
  let plan: ComparePlan = { kind: 'over-time', against: words.against };
  if (country) plan = { kind: 'places', withCountry: true };
  else if (WITH_TARGET.test(fold(turn.text)) && periodsOfOneYear(parsed) && !words.against) plan = { kind: 'against-target' };
  return settleAndAnswer(turn, deps, plan, question, places);
};

/**
 * Two or three places named for one indicator with no comparison word ("Chỉ tiêu BHXH 2025: Hải
 * Phòng và Gia Lai", "bhyt bac kan, hai phong"): side by side too, rather than one of them answered
 * and the other dropped. Tried last before the coverage answer, once every other kind of question
 * has passed, and only for names typed exactly (two words or more, or capitalised: "nay" or "so"
 * alone is a word of the sentence; no everyday phrase: "quyết tâm", "thắng lợi") that each name one
 * unit, all of one level.
 */
export const sideBySide: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const parsed = parseQuery(turn.text);
  if (parsed.intent !== 'coverage' || !parsed.coverageWords || !aboutFigures(turn.text, parsed)) return null;
  if (!mayNameTwoPlaces(turn.text, deps.units())) return null;
  const { found } = placesNamed(turn.text, deps.units(), 'exact');
  const namedExactly = (p: FoundPlace) => (p.typed.includes(' ') || /^\p{Lu}/u.test(p.typed)) && !everydayTyped(rawWords(p.typed));
  const units = found.places.flatMap((p) => (p.kind === 'found' && namedExactly(p) ? [p.unit] : []));
  if (units.length !== found.places.length || distinct(found.places) < 2) return null;
  // Places of different levels are more likely an address typed loosely than two places to compare,
  // unless a conjunction joins them ("tp Vinh và tỉnh Nghệ An").
  if (units.some((u) => u.level !== units[0]?.level) && !CONJOINED.test(foldWithMap(turn.text).text)) return null;
  return settleAndAnswer(turn, deps, { kind: 'places', withCountry: false }, questionOf(turn, parsed), found.places);
};

/** At most one year asked: a figure's period and its year's target ("9M 2021 with its 2021 target") are one question. */
function periodsOfOneYear(parsed: ParsedQuery): boolean {
  return new Set(parsed.periods.map((p) => (p.kind === 'code' ? periodYear(p.code) : null))).size < 2;
}

/** How many different places were found (a shared name counts once). */
function distinct(places: readonly FoundPlace[]): number {
  return new Set(places.map((p) => (p.kind === 'found' ? `#${p.unit.id}` : fold(p.typed)))).size;
}

function questionOf(turn: Turn, parsed: ParsedQuery): CompareQuestion {
  return { language: turn.language, indicator: parsed.indicator, period: parsed.period, periods: parsed.periods, wantsTarget: parsed.wantsTarget };
}
