/**
 * People questions: "Bắc Kạn có bao nhiêu người tham gia BHXH?", "còn thiếu bao nhiêu người để đạt
 * chỉ tiêu", "Has Hai Phong met its health insurance target?", "đạt bao nhiêu % kế hoạch". Tried
 * before the coverage feature, which answers everything else. The place is found as the coverage
 * feature finds it (the same extraction, prominence, remembered picks and numbered list, kept under
 * a conversation kind of its own so that the pick is answered as a people question), from the words
 * the coverage parser leaves for the place less those of these questions ("người", "còn thiếu"),
 * which are words of the trade: a typo in the name is corrected, the closest names are offered.
 */

import {
  composeAmbiguous,
  composeChoiceOutOfRange,
  composeCorrectedPlace,
  composeEmpty,
  composeNoPlace,
  composeSharedName,
  composeUnknownPlace,
  type UnitData,
} from '../../core/answer/index.js';
import { composePeopleAnswer, type PeopleQuestion, peoplePlaceText, readPeopleQuestion } from '../../core/people/index.js';
import type { PeriodRequest } from '../../core/periods/parse-period.js';
import { parseQuery } from '../../core/query/parse-query.js';
import { asksBefore2025 } from '../../core/query/question-asks.js';
import type { IndicatorCode, Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { guessedName } from '../../core/units/find-place.js';
import { sameLevelPredecessors } from '../../core/units/unit-index.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { openChoiceList } from '../choices/choice-list.js';
import { CHOICE_TTL_MS } from '../coverage/coverage.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { findAskedPlace } from '../units/asked-place.js';
import { settlePlace } from '../units/place-pick.js';
import { nameKeyOf, recallPick, rememberedLine, rememberPick } from '../units/remembered-pick.js';

/** The conversation kind of a numbered list opened by a people question. */
const CHOOSE_KIND = 'choose-place-people';

/** At most this many old units are shown for a new one (a merged province has two or three). */
const MAX_PREDECESSORS = 5;

/** What a people question asks, kept with a numbered list until the pick. */
interface PeopleAsk {
  readonly language: Language;
  readonly question: PeopleQuestion;
  readonly indicators: readonly IndicatorCode[];
  readonly period: PeriodRequest;
}

interface ChoicePayload {
  readonly unitIds: readonly number[];
  readonly ask: PeopleAsk;
  readonly nameKey?: string;
}

/** Answers "2" after a numbered list opened by a people question. */
export const choosePeoplePlace: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (!state || state.kind !== CHOOSE_KIND) return null;
  const payload = state.payload as ChoicePayload;
  const n = Number(turn.text.trim());
  if (n < 1 || n > payload.unitIds.length) return { text: composeChoiceOutOfRange(payload.ask.language, payload.unitIds.length) };
  const unit = deps.units().get(payload.unitIds[n - 1] as number);
  await deps.store.clearConversation(turn.key);
  if (!unit) return { text: composeEmpty(payload.ask.language) };
  await rememberPick(turn, deps, payload.nameKey, unit);
  return { text: await answer(turn, deps, unit, payload.ask) };
};

/** Answers a people question; null for any other message. */
export const people: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const question = readPeopleQuestion(turn.text);
  if (!question) return null;
  const parsed = parseQuery(turn.text);
  if (parsed.intent !== 'coverage') return null;
  const lang = turn.language;
  const ask: PeopleAsk = { language: lang, question, indicators: parsed.indicators, period: askedPeriod(question, parsed.periods, parsed.period) };
  const index = deps.units();
  // The question's own words are words of the trade, as an indicator is for the coverage feature.
  const place = findAskedPlace(peoplePlaceText(parsed.looseText), index, asksBefore2025(parsed));
  const label = (u: Unit) => describeUnit(u, index, lang);
  if (place.kind === 'ambiguous') {
    const nameKey = nameKeyOf(place.typed);
    const picked = await recallPick(turn, deps, nameKey, place.candidates);
    if (picked) {
      const text = await answer(turn, deps, picked, ask);
      return { text: [rememberedLine(lang, place.typed, picked, place.candidates, index), text].join('\n') };
    }
    const labels = place.candidates.map(label);
    const payload: ChoicePayload = { unitIds: place.candidates.map((u) => u.id), ask, nameKey };
    const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
    return openChoiceList(
      turn,
      deps,
      { kind: CHOOSE_KIND, payload, expiresAt },
      {
        text: composeAmbiguous(lang, labels, place.more ?? 0, guessedName(place)),
        choices: labels,
      },
    );
  }
  if (place.kind === 'none') return { text: composeNoPlace(lang) };
  if (place.kind === 'unknown') return { text: composeUnknownPlace(lang, place.typed, place.suggestions.map(label)) };
  const settled = await settlePlace(turn, deps, place);
  const text = await answer(turn, deps, settled.unit, ask);
  return {
    text: [
      ...(settled.corrected ? [composeCorrectedPlace(lang, settled.matched, label(settled.unit))] : []),
      text,
      ...(settled.others ? [composeSharedName(lang, settled.others.map(label))] : []),
    ].join('\n'),
  };
};

/**
 * Fetches the unit's figures and targets, its same-level predecessors' for a new unit and its
 * successors' for a dissolved one, in two store calls, and composes the answer.
 */
async function answer(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>, unit: Unit, ask: PeopleAsk): Promise<string> {
  const index = deps.units();
  const lang = ask.language;
  const predecessors = sameLevelPredecessors(index, unit, MAX_PREDECESSORS).map((p) => p.unit);
  const successors = index.isDissolved(unit) ? index.successorsOf(unit.id) : [];
  const ids = [unit.id, ...predecessors.map((p) => p.id), ...successors.map((s) => s.unit.id)];
  const [reports, targets] = await Promise.all([deps.store.findReports(ids, turn.factsVersion), deps.store.findTargets(ids, turn.factsVersion)]);
  const dataOf = (u: Unit): UnitData => ({
    label: describeUnit(u, index, lang),
    reports: reports.filter((r) => r.unitId === u.id),
    targets: targets.filter((t) => t.unitId === u.id),
  });
  return composePeopleAnswer({
    lang,
    question: ask.question,
    indicators: ask.indicators,
    period: ask.period,
    unitLabel: describeUnit(unit, index, lang),
    level: unit.level,
    own: dataOf(unit),
    predecessors: predecessors.map(dataOf).filter((p) => p.reports.length > 0 || p.targets.length > 0),
    successors: successors.map((s) => ({ ...dataOf(s.unit), part: s.part })),
    current: unit.validTo === null,
    today: turn.today,
  });
}

/**
 * The period a people question is about. A target measured from a figure of another period names
 * both ("tính đến tháng 11/2023, đã đạt mục tiêu năm 2025 chưa"): the target's year is the one asked,
 * and the answer measures the latest figure before it against it.
 */
function askedPeriod(question: PeopleQuestion, periods: readonly PeriodRequest[], first: PeriodRequest): PeriodRequest {
  if ((question.kind !== 'reached' && question.kind !== 'shortfall') || periods.length < 2) return first;
  const year = [...periods].reverse().find((p) => p.kind === 'code' && /^\d{4}$/.test(p.code));
  return year ?? first;
}
