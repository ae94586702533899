/**
 * Questions about places themselves: what an old unit went into ("huyện Nghi Lộc sáp nhập vào
 * đâu"), what a new one was formed from ("phường Thành Vinh gồm những phường, xã cũ nào"), and
 * which sub-units a place has or had ("TP Vinh có những phường nào", "Nghệ An có bao nhiêu xã").
 * Answered from the unit index alone: no database read but the conversation state.
 *
 * Left to the other features: a question that also names an indicator or a target (a question
 * about figures, "bhxh các xã của Vinh"), one about the country alone ("cả nước có bao nhiêu
 * xã": nationwide), and one that names no place. A name shared by several places is settled by
 * prominence as for coverage, else by which of them the question fits (only a new unit was formed
 * from old ones); still shared, the bot asks back with a numbered list of its own, so that "2"
 * answers this question and not a coverage one.
 */

import {
  composeAmbiguous,
  composeChoiceOutOfRange,
  composeCorrectedPlace,
  composeEmpty,
  composeSharedName,
  composeUnknownPlace,
} from '../../core/answer/index.js';
import {
  composeCountryUnitList,
  composeProvinceList,
  composeUnitAnswer,
  type PlanQuestion,
  planFits,
  planUnitAnswer,
  readUnitQuestion,
  type UnitQuestion,
  whenAsked,
} from '../../core/lineage/index.js';
import { findCountry, otherPlaceNamed, unitNameTest, withoutCountry } from '../../core/nationwide/index.js';
import { parseQuery } from '../../core/query/parse-query.js';
import type { Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { guessedName } from '../../core/units/find-place.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { openChoiceList } from '../choices/choice-list.js';
import { CHOICE_TTL_MS } from '../coverage/coverage.js';
import type { Reply } from '../message.js';
import type { Feature } from '../turn.js';
import { findAskedPlace } from '../units/asked-place.js';
import { nameKeyOf, recallPick, rememberedLine, rememberPick } from '../units/remembered-pick.js';

/** The conversation state of a numbered list of places for a question about units. */
const CHOICE_KIND = 'choose-place-units';

interface ChoicePayload {
  readonly unitIds: readonly number[];
  readonly question: PlanQuestion;
  readonly language: Language;
  readonly nameKey: string;
}

/** Answers a question about units; null when the message is not one. */
export const lineage: Feature<ConversationStore & PlacePicks> = async (turn, deps) => {
  const question = readUnitQuestion(turn.text);
  if (!question || question.tradeWords) return null;
  const index = deps.units();
  const lang = turn.language;
  const rest = placeWords(turn.text, question, index);
  if (rest === null) return countryList(question, index, lang);
  // "formed from" asks before 1 July 2025 of a unit of today: a name of both structures is today's.
  const place = findAskedPlace(parseQuery(rest).looseText, index, question.when === 'before' && question.kind !== 'backward');
  const label = (u: Unit) => describeUnit(u, index, lang);
  switch (place.kind) {
    case 'none':
      return countryList(question, index, lang);
    case 'unknown':
      return { text: composeUnknownPlace(lang, place.typed, place.suggestions.map(label)) };
    case 'ambiguous': {
      const asked = planQuestion(question, place.typed);
      const fitting = place.candidates.filter((u) => planFits(asked, planUnitAnswer(asked, u, index), index));
      const nameKey = nameKeyOf(place.typed);
      const picked = await recallPick(turn, deps, nameKey, place.candidates);
      if (picked) {
        const text = answer(asked, picked, index, lang);
        return { text: [rememberedLine(lang, place.typed, picked, place.candidates, index), text].join('\n') };
      }
      const [only] = fitting;
      if (fitting.length === 1 && only) {
        const others = place.candidates.filter((u) => u.id !== only.id).map(label);
        return { text: [answer(asked, only, index, lang), composeSharedName(lang, others)].join('\n') };
      }
      const candidates = fitting.length > 1 ? fitting : place.candidates;
      const labels = candidates.map(label);
      const payload: ChoicePayload = { unitIds: candidates.map((u) => u.id), question: asked, language: lang, nameKey };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      return openChoiceList(
        turn,
        deps,
        { kind: CHOICE_KIND, payload, expiresAt },
        {
          text: composeAmbiguous(lang, labels, fitting.length > 1 ? 0 : (place.more ?? 0), guessedName(place)),
          choices: labels,
        },
      );
    }
    case 'found': {
      const lines = [
        ...(place.corrected ? [composeCorrectedPlace(lang, place.matched, label(place.unit))] : []),
        answer(planQuestion(question, place.typed), place.unit, index, lang),
        ...(place.others ? [composeSharedName(lang, place.others.map(label))] : []),
      ];
      return { text: lines.join('\n') };
    }
  }
};

/** Answers "2" after a numbered list of places opened by a question about units. */
export const chooseLineagePlace: Feature<ConversationStore & PlacePicks> = async (turn, deps) => {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (!state || state.kind !== CHOICE_KIND) return null;
  const payload = state.payload as ChoicePayload;
  const n = Number(turn.text.trim());
  if (n < 1 || n > payload.unitIds.length) return { text: composeChoiceOutOfRange(payload.language, payload.unitIds.length) };
  const index = deps.units();
  const unit = index.get(payload.unitIds[n - 1] as number);
  await deps.store.clearConversation(turn.key);
  if (!unit) return { text: composeEmpty(payload.language) };
  await rememberPick(turn, deps, payload.nameKey, unit);
  return { text: answer(payload.question, unit, index, payload.language) };
};

/**
 * The words to look for the place in: the question without its constructions, and without the
 * country when it names one. Null when the question is about the country alone.
 */
function placeWords(text: string, question: UnitQuestion, index: UnitIndex): string | null {
  const isUnitName = unitNameTest(index);
  if (!findCountry(text, { isUnitName })) return question.rest;
  const country = findCountry(question.rest, { isUnitName });
  const rest = country ? withoutCountry(question.rest, country) : question.rest;
  return otherPlaceNamed(parseQuery(rest).placeText, index) === null ? null : rest;
}

/**
 * The provinces, or a short kind of unit below them (the special zones), for a list with no place but
 * the country; null for anything else (nationwide's, or no question of ours).
 */
function countryList(question: UnitQuestion, index: UnitIndex, lang: Language): Reply | null {
  if (question.kind !== 'list' || !question.asked) return null;
  const structure = whenAsked(question, '') === 'before' ? 'pre2025' : 'post2025';
  if (question.asked.level === 'province') return { text: composeProvinceList(index, structure, lang) };
  const text = composeCountryUnitList(index, structure, question.asked, lang);
  return text ? { text } : null;
}

function planQuestion(question: UnitQuestion, placeTyped: string): PlanQuestion {
  return { kind: question.kind, asked: question.asked, when: whenAsked(question, placeTyped) };
}

function answer(question: PlanQuestion, unit: Unit, index: UnitIndex, lang: Language): string {
  return composeUnitAnswer(planUnitAnswer(question, unit, index), index, lang);
}
