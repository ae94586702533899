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
 * A unit of the new structure (from 1 July 2025) with nothing of its own for the question is shown
 * through its predecessor of the same name ("Hải Phòng"), as the coverage answer shows
 * predecessors, and the answer says so. Comparing named places is open to whoever may ask about
 * one place (any registered person), as the coverage question is.
 */
import type { Language, Unit } from '../../core/types.js';
import { parseQuery, type ParsedQuery } from '../../core/query/parse-query.js';
import { SOFT_WORDS } from '../../core/query/vocabulary.js';
import { endsBefore2025 } from '../../core/query/question-asks.js';
import { TextCutter } from '../../core/text/text-cutter.js';
import { fold } from '../../core/text/fold.js';
import { findPlaces } from '../../core/units/find-places.js';
import type { FoundPlace } from '../../core/units/find-place.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { findCountry, unitNameTest, withoutCountry } from '../../core/nationwide/index.js';
import { readRanking, withoutRankingWords } from '../../core/rank/index.js';
import {
  COMPARISON_FILLER, composeOverTime, composePlaceComparison, readComparison, type Against, type PlaceData,
} from '../../core/compare/index.js';
import { aboutFigures, composeAmbiguousInList, composeNameTwoPlaces, WITH_TARGET } from '../../core/compare/replies.js';
import { figuresOf } from '../../core/answer/figures.js';
import { recallPick, nameKeyOf } from '../remembered-pick.js';
import { gatherCoverage } from '../gather-coverage.js';
import type { AppDeps, Feature, Turn } from '../turn.js';

/** Answers a comparison; null when the message is not one (see above). */
export const compare: Feature = async (turn, deps) => {
  const words = readComparison(turn.text);
  const ranking = readRanking(turn.text);
  if (!words && !ranking) return null;
  const parsed = parseQuery(turn.text);
  if (parsed.intent !== 'coverage' || !aboutFigures(turn.text, parsed)) return null;
  const index = deps.units();
  const lang = turn.language;
  const country = findCountry(turn.text, { isUnitName: unitNameTest(index) });
  const text = country ? withoutCountry(turn.text, country) : turn.text;
  const found = findPlaces(text, index, {
    prominence: true, before2025: endsBefore2025(parsed.period), soft: SOFT_WORDS, typosTakeAll: true, clean: placeWordsOf,
  });

  // "top 5 xã Nghệ An và Hà Tĩnh" ranks the communes of two provinces: the ranking's, not a comparison.
  const scopes = ranking?.level && found.places.every((p) => p.kind === 'found' && LEVEL_RANK[p.unit.level] < LEVEL_RANK[ranking.level as Unit['level']]);
  if (found.places.length >= 2 && !scopes) {
    const units = await settle(turn, deps, found.places);
    if (!Array.isArray(units)) return { text: units.text };
    if (units.length >= 2) return { text: await comparePlaces(turn, deps, parsed, units) };
    if (ranking) return null;
    return words?.explicit ? { text: await oneOverTime(turn, deps, parsed, units[0] as Unit, words.against) } : null;
  }
  if (ranking || !words?.explicit) return null;
  const [only] = found.places;
  if (!only) {
    if (country) return null;
    // A misspelt name is corrected when the words come near one; words that come near nothing are
    // more likely the question's own than a place, so the reply says what to ask.
    return { text: composeNameTwoPlaces(lang) };
  }
  const units = await settle(turn, deps, [only]);
  if (!Array.isArray(units)) return { text: units.text };
  const unit = units[0] as Unit;
  if (country) return { text: await comparePlaces(turn, deps, parsed, [unit], true) };
  if (WITH_TARGET.test(fold(turn.text)) && parsed.periods.length < 2 && !words.against) {
    // "So sánh tỷ lệ BHXH Bắc Kạn với chỉ tiêu": the figure against its targets, the coverage answer.
    return { text: await gatherCoverage(gatherDeps(turn, deps), unit, { language: lang, indicator: parsed.indicator, period: parsed.period, wantsTarget: true }) };
  }
  return { text: await oneOverTime(turn, deps, parsed, unit, words.against) };
};

const LEVEL_RANK: Readonly<Record<Unit['level'], number>> = { province: 0, district: 1, commune: 2 };

/**
 * Two or three places named for one indicator with no comparison word ("Chỉ tiêu BHXH 2025: Hải
 * Phòng và Gia Lai", "bhyt bac kan, hai phong"): side by side too, rather than one of them answered
 * and the other dropped. Tried last before the coverage answer, once every other kind of question
 * has passed, and only for names typed exactly (two words or more, or capitalised: "nay" or "so"
 * alone is a word of the sentence), all of one level.
 */
export const sideBySide: Feature = async (turn, deps) => {
  const parsed = parseQuery(turn.text);
  if (parsed.intent !== 'coverage' || !parsed.coverageWords || !aboutFigures(turn.text, parsed)) return null;
  const index = deps.units();
  const country = findCountry(turn.text, { isUnitName: unitNameTest(index) });
  const text = country ? withoutCountry(turn.text, country) : turn.text;
  const found = findPlaces(text, index, {
    prominence: true, before2025: endsBefore2025(parsed.period), soft: SOFT_WORDS, typos: false, suggest: false, clean: placeWordsOf,
  });
  const sure = found.places.filter((p) => p.typed.includes(' ') || /^\p{Lu}/u.test(p.typed));
  if (sure.length < 2 || sure.length !== found.places.length) return null;
  const units = await settle(turn, deps, sure);
  if (!Array.isArray(units)) return { text: units.text };
  // Places of different levels are more likely an address typed loosely than two places to compare.
  if (units.length < 2 || units.some((u) => u.level !== units[0]?.level)) return null;
  return { text: await comparePlaces(turn, deps, parsed, units) };
};

/** A part of the message with the question's words taken out, for place extraction. */
function placeWordsOf(part: string): string {
  const work = new TextCutter(parseQuery(part).looseText);
  work.cutAll(COMPARISON_FILLER);
  return withoutRankingWords(work.remainder({ keepLoneDash: true }));
}

/** The units named, each once; a name shared by several places is settled by the person's earlier pick, else asked back. */
async function settle(turn: Turn, deps: AppDeps, places: readonly FoundPlace[]): Promise<Unit[] | { text: string }> {
  const units: Unit[] = [];
  for (const place of places) {
    let unit: Unit | null = null;
    if (place.kind === 'found') unit = place.unit;
    else if (place.kind === 'ambiguous') {
      unit = await recallPick(turn, deps, nameKeyOf(place.typed), place.candidates);
      if (!unit) {
        const labels = place.candidates.map((u) => describeUnit(u, deps.units(), turn.language));
        return { text: composeAmbiguousInList(turn.language, place.typed, labels) };
      }
    }
    if (unit && !units.some((u) => u.id === unit.id)) units.push(unit);
  }
  return units;
}

async function comparePlaces(turn: Turn, deps: AppDeps, parsed: ParsedQuery, units: readonly Unit[], withCountry = false): Promise<string> {
  const places = await placeData(turn, deps, parsed, units);
  return composePlaceComparison({
    lang: turn.language, indicator: parsed.indicator, period: parsed.period, wantsTarget: parsed.wantsTarget, places,
    ...(withCountry ? { withCountry } : {}), today: turn.today,
  });
}

async function oneOverTime(turn: Turn, deps: AppDeps, parsed: ParsedQuery, unit: Unit, said: Against | null): Promise<string> {
  const [place] = await placeData(turn, deps, parsed, [unit]);
  const codes = parsed.periods.filter((p) => p.kind === 'code');
  const againstCode = said?.kind === 'period' ? said.period.code : null;
  const period = codes.find((p) => p.code !== againstCode) ?? { kind: 'latest' as const };
  const second = codes.find((p) => p !== period);
  const against: Against = said ?? (second ? { kind: 'period', period: second } : { kind: 'previous' });
  return composeOverTime({
    lang: turn.language, indicator: parsed.indicator, wantsTarget: parsed.wantsTarget, place: place as PlaceData, period, against, today: turn.today,
  });
}

/**
 * Each unit's figures and targets (two store calls for all of them). A unit of the new structure
 * with nothing of its own for the question is shown through its same-level predecessor of the same
 * name that has something (Hải Phòng from 1 July 2025 through Hải Phòng before it).
 */
async function placeData(turn: Turn, deps: AppDeps, parsed: ParsedQuery, units: readonly Unit[]): Promise<PlaceData[]> {
  const index = deps.units();
  const lang = turn.language;
  const twin = (unit: Unit): Unit[] => unit.structure !== 'post2025' ? [] : index.predecessorsOf(unit.id)
    .map((p) => p.unit).filter((p) => p.level === unit.level && fold(p.name) === fold(unit.name));
  const ids = units.flatMap((u) => [u.id, ...twin(u).map((p) => p.id)]);
  const [reports, targets] = await Promise.all([deps.store.findReports(ids, turn.factsVersion), deps.store.findTargets(ids, turn.factsVersion)]);
  const main = parsed.indicator ?? 'bhxh';
  const holds = (id: number): boolean => parsed.wantsTarget
    ? targets.some((t) => t.unitId === id && t.indicator === main)
    : figuresOf(reports.filter((r) => r.unitId === id), main).length > 0;
  const names = units.map((u) => shortName(u, lang));
  return units.map((unit, i) => {
    const shown = holds(unit.id) ? unit : twin(unit).find((p) => holds(p.id)) ?? unit;
    const unique = names.filter((n) => n === names[i]).length === 1;
    return {
      label: describeUnit(shown, index, lang),
      name: unique ? names[i] as string : describeUnit(unit, index, lang),
      reports: reports.filter((r) => r.unitId === shown.id),
      targets: targets.filter((t) => t.unitId === shown.id),
      ...(shown.id !== unit.id ? { shownFor: describeUnit(unit, index, lang) } : {}),
    };
  });
}

function shortName(unit: Unit, lang: Language): string {
  return lang === 'vi' ? unit.name : unit.nameEn;
}

function gatherDeps(turn: Turn, deps: AppDeps) {
  return { store: deps.store, index: deps.units(), today: turn.today, asOf: turn.factsVersion };
}
