/**
 * Coverage questions: "coverage for Vinh city", "bhxh vinh 2024". Parsing, resolution and wording
 * are pure core; an ambiguous place leaves a numbered choice list in the conversation state, so that
 * any replica can take the answer "2". Replies are in the turn's language (the person's choice, the
 * text, the platform's hint); the list keeps the language of the question, since "2" says nothing.
 */
import type { ParsedQuery } from '../../core/query/parse-query.js';
import { parseQuery } from '../../core/query/parse-query.js';
import { SOFT_WORDS } from '../../core/query/vocabulary.js';
import { findPlace } from '../../core/units/find-place.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { periodEnd } from '../../core/periods/index.js';
import type { PeriodRequest } from '../../core/periods/parse-period.js';
import type { Ask } from '../../core/answer/coverage-answer.js';
import {
  composeAmbiguous, composeChoiceOutOfRange, composeCorrectedPlace, composeEmpty, composeHelp, composeNoPlace,
  composeNotUnderstood, composeSharedName, composeUnknownPlace,
} from '../../core/answer/index.js';
import { composeSmallTalk, readSmallTalk } from '../../core/small-talk/small-talk.js';
import { nextDeadline, schedulesForLevel } from '../../core/calendar/index.js';
import { labelPeriod } from '../../core/periods/index.js';
import { wording } from '../../core/answer/wording.js';
import type { Language, Unit } from '../../core/types.js';
import { focalUnitIds } from '../submission-unit.js';
import { settlePlace } from '../place-pick.js';
import { nameKeyOf, recallPick, rememberedLine, rememberPick } from '../remembered-pick.js';
import type { Reply } from '../message.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { gatherCoverage } from '../gather-coverage.js';
import { openChoiceList } from '../choice-list.js';

/** How long a numbered choice list stays answerable. */
export const CHOICE_TTL_MS = 15 * 60 * 1000;

type QueryParts = Pick<ParsedQuery, 'language' | 'indicator' | 'period' | 'wantsTarget'> & { readonly more?: readonly Ask[] };

interface ChoicePayload {
  readonly unitIds: readonly number[];
  readonly query: QueryParts;
  /** The name the list was asked for, folded (remembered-pick.ts); lists saved before it have none. */
  readonly nameKey?: string;
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
  await rememberPick(turn, deps, payload.nameKey, unit);
  return { text: await answer(turn, deps, unit, payload.query) };
};

/** The reorganisation of 2025: a period that ended before it asks about the old structure. */
const REORGANISATION = '2025-07-01';

/**
 * The indicators and periods a question names beyond the first: paired in order when there are as
 * many of each ("BHTN 2030 và mức độ hài lòng 2025"), else each further one with the first of the
 * other ("BHXH bắt buộc và tự nguyện tháng 11/2023", "lương hưu năm 2021 và 2030"). At most three in all.
 */
function furtherAsks(parsed: ParsedQuery): Ask[] {
  const { indicators, periods } = parsed;
  const first: PeriodRequest = periods[0] ?? { kind: 'latest' };
  const asks: Ask[] = [];
  if (indicators.length > 1) {
    const paired = periods.length === indicators.length;
    for (let i = 1; i < indicators.length; i++) asks.push({ indicator: indicators[i] as Ask['indicator'], period: paired ? (periods[i] as PeriodRequest) : first });
  } else if (periods.length > 1) {
    for (const period of periods.slice(1)) asks.push({ indicator: indicators[0] ?? 'bhxh', period });
  }
  return asks.slice(0, 2);
}

function endsBefore2025(period: PeriodRequest): boolean {
  return period.kind === 'code' && (periodEnd(period.code) ?? REORGANISATION) < REORGANISATION;
}

/**
 * Answers a coverage question (or help, for greetings and empty messages; a reply in kind for small
 * talk). Always replies. The place is found among the words the parser left (core/units/find-place);
 * a message with no place and no word of the trade is not a place question.
 */
export const coverage: Feature = async (turn, deps) => {
  const lang = turn.language;
  const parsed = parseQuery(turn.text);
  if (parsed.intent === 'empty') return { text: composeEmpty(lang) };
  if (parsed.intent === 'help' || parsed.intent === 'greeting') return { text: composeHelp(lang) };
  const talk = readSmallTalk(turn.text);
  if (talk) return { text: composeSmallTalk(lang, talk) };

  const more = furtherAsks(parsed);
  const query: QueryParts = {
    language: lang, indicator: parsed.indicator, period: parsed.period, wantsTarget: parsed.wantsTarget, ...(more.length > 0 ? { more } : {}),
  };
  const index = deps.units();
  const asked = parsed.coverageWords;
  const place = findPlace(parsed.looseText, index, {
    prominence: true, before2025: endsBefore2025(parsed.period), suggest: asked, typosTakeAll: !asked, soft: SOFT_WORDS,
  });
  const label = (u: Unit) => describeUnit(u, index, lang);
  // Without a word of the trade, only a name typed exactly, or one unit a typo came near, is a place.
  if (!asked && (place.kind === 'unknown' || (place.kind === 'ambiguous' && !place.exact))) return { text: composeNotUnderstood(lang) };
  switch (place.kind) {
    case 'none':
      return { text: asked ? composeNoPlace(lang) : composeHelp(lang) };
    case 'unknown':
      return { text: composeUnknownPlace(lang, place.typed, place.suggestions.map(label)) };
    case 'ambiguous': {
      const nameKey = nameKeyOf(place.typed);
      const picked = await recallPick(turn, deps, nameKey, place.candidates);
      if (picked) {
        const text = await answer(turn, deps, picked, query);
        return { text: [rememberedLine(lang, place.typed, picked, place.candidates, index), text].join('\n') };
      }
      const labels = place.candidates.map(label);
      const payload: ChoicePayload = { unitIds: place.candidates.map((u) => u.id), query, nameKey };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      return openChoiceList(turn, deps, { kind: 'choose-place', payload, expiresAt }, {
        text: composeAmbiguous(lang, labels, place.more ?? 0), choices: labels,
      });
    }
    case 'found': {
      const settled = await settlePlace(turn, deps, place);
      const text = await answer(turn, deps, settled.unit, query);
      const lines = [
        ...(settled.corrected ? [composeCorrectedPlace(lang, settled.matched, label(settled.unit))] : []),
        text,
        ...(settled.others ? [composeSharedName(lang, settled.others.map(label))] : []),
      ];
      return { text: lines.join('\n') };
    }
  }
};

function answer(turn: Turn, deps: AppDeps, unit: Unit, query: QueryParts): Promise<string> {
  const hint = submitHint(turn, deps, unit, query.language);
  return gatherCoverage({ store: deps.store, index: deps.units(), today: turn.today, asOf: turn.factsVersion }, unit, {
    ...query, ...(hint ? { submitHint: hint } : {}),
  });
}

/**
 * For a focal point of the unit only: how to send the figures of the period due next (never an
 * example period, which a hurried reader could send back as real data). Null for everyone else.
 */
function submitHint(turn: Turn, deps: AppDeps, unit: Unit, lang: Language): string | null {
  if (!focalUnitIds(turn.speaker).includes(unit.id)) return null;
  const next = schedulesForLevel(deps.schedules(), unit.level)
    .map((s) => nextDeadline(s, turn.today))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0];
  return next ? wording(lang).submitHint(labelPeriod(next.period, lang)) : null;
}

export type { Reply };
