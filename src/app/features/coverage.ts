/**
 * Coverage questions: "coverage for Vinh city", "bhxh vinh 2024". Parsing, resolution and wording
 * are pure core; an ambiguous place leaves a numbered choice list in the conversation state, so that
 * any replica can take the answer "2". Replies are in the turn's language (the person's choice, the
 * text, the platform's hint); the list keeps the language of the question, since "2" says nothing.
 */
import type { Unit } from '../../core/types.js';
import type { ParsedQuery } from '../../core/query/parse-query.js';
import { parseQuery } from '../../core/query/parse-query.js';
import { resolvePlace } from '../../core/units/resolve-place.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import {
  composeAmbiguous, composeChoiceOutOfRange, composeCorrectedPlace, composeEmpty, composeHelp, composeNoPlace,
  composeUnknownPlace,
} from '../../core/answer/index.js';
import type { Reply } from '../message.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { gatherCoverage } from '../gather-coverage.js';
import { openChoiceList } from '../choice-list.js';

/** How long a numbered choice list stays answerable. */
export const CHOICE_TTL_MS = 15 * 60 * 1000;

type QueryParts = Pick<ParsedQuery, 'language' | 'indicator' | 'period' | 'wantsTarget'>;

interface ChoicePayload {
  readonly unitIds: readonly number[];
  readonly query: QueryParts;
}

/** Answers "2" after a numbered list of places. */
export const choosePlace: Feature = async (turn, deps) => {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (!state || state.kind !== 'choose-place') return null;
  const payload = state.payload as ChoicePayload;
  const n = Number(turn.text.trim());
  if (n < 1 || n > payload.unitIds.length) {
    return { text: composeChoiceOutOfRange(payload.query.language, payload.unitIds.length) };
  }
  const unit = deps.units().get(payload.unitIds[n - 1] as number);
  await deps.store.clearConversation(turn.key);
  if (!unit) return { text: composeEmpty(payload.query.language) };
  return { text: await answer(turn, deps, unit, payload.query) };
};

/** Answers a coverage question (or help, for greetings and empty messages). Always replies. */
export const coverage: Feature = async (turn, deps) => {
  const lang = turn.language;
  const parsed = parseQuery(turn.text);
  if (parsed.intent === 'empty') return { text: composeEmpty(lang) };
  if (parsed.intent === 'help' || parsed.intent === 'greeting') return { text: composeHelp(lang) };

  const query: QueryParts = { language: lang, indicator: parsed.indicator, period: parsed.period, wantsTarget: parsed.wantsTarget };
  const index = deps.units();
  const place = resolvePlace(parsed.placeText, index);
  const label = (u: Unit) => describeUnit(u, index, lang);
  switch (place.kind) {
    case 'none':
      return { text: parsed.indicator ? composeNoPlace(lang) : composeHelp(lang) };
    case 'unknown':
      return { text: composeUnknownPlace(lang, parsed.placeText, place.suggestions.map(label)) };
    case 'ambiguous': {
      const labels = place.candidates.map(label);
      const payload: ChoicePayload = { unitIds: place.candidates.map((u) => u.id), query };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      return openChoiceList(turn, deps, { kind: 'choose-place', payload, expiresAt }, {
        text: composeAmbiguous(lang, labels, place.more ?? 0), choices: labels,
      });
    }
    case 'found': {
      const text = await answer(turn, deps, place.unit, query);
      return place.corrected
        ? { text: `${composeCorrectedPlace(lang, place.matched, label(place.unit))}\n${text}` }
        : { text };
    }
  }
};

function answer(turn: Turn, deps: AppDeps, unit: Unit, query: QueryParts): Promise<string> {
  return gatherCoverage({ store: deps.store, index: deps.units(), today: turn.today, asOf: turn.factsVersion }, unit, query);
}

export type { Reply };
