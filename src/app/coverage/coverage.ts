/**
 * Coverage questions: "coverage for Vinh city", "bhxh vinh 2024". Parsing, resolution and wording
 * are pure core; an ambiguous place leaves a numbered choice list in the conversation state, so that
 * any replica can take the answer "2". Replies are in the turn's language (the person's choice, the
 * text, the platform's hint); the list keeps the language of the question, since "2" says nothing.
 */

import {
  composeAmbiguous,
  composeChoiceOutOfRange,
  composeCorrectedPlace,
  composeEmpty,
  composeHelp,
  composeNoPlace,
  composeNotUnderstood,
  composeOwnPlaceUnknown,
  composeSharedName,
  composeUnknownPlace,
} from '../../core/answer/index.js';
import { type OwnPlace, readOwnPlace } from '../../core/query/own-place.js';
import type { ParsedQuery } from '../../core/query/parse-query.js';
import { parseQuery } from '../../core/query/parse-query.js';
import { type Ask, asksBefore2025, asksLeftOut, furtherAsks } from '../../core/query/question-asks.js';
import { asksQuestion } from '../../core/query/question-words.js';
import { SOFT_WORDS } from '../../core/query/vocabulary.js';
import { composeSmallTalk, readSmallTalk } from '../../core/small-talk/small-talk.js';
import { fold, foldTokens, rawWords } from '../../core/text/fold.js';
import type { IndicatorCode, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { everydayTyped } from '../../core/units/everyday-words.js';
import { findPlace, guessedName } from '../../core/units/find-place.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { offerTrend } from '../chart/chart-offer.js';
import { openChoiceList } from '../choices/choice-list.js';
import type { Reply } from '../message.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { settlePlace } from '../units/place-pick.js';
import { nameKeyOf, recallPick, rememberedLine, rememberPick } from '../units/remembered-pick.js';
import { gatherCoverage } from './gather-coverage.js';
import { submitHint } from './submit-hint.js';

/** How long a numbered choice list stays answerable. */
export const CHOICE_TTL_MS = 15 * 60 * 1000;

type QueryParts = Pick<ParsedQuery, 'language' | 'indicator' | 'period' | 'wantsTarget'> & {
  readonly more?: readonly Ask[];
  readonly leftOut?: readonly IndicatorCode[];
};

interface ChoicePayload {
  readonly unitIds: readonly number[];
  readonly query: QueryParts;
  /** The name the list was asked for, folded (remembered-pick.ts); lists saved before it have none. */
  readonly nameKey?: string;
}

/** Answers "2" after a numbered list of places. */
export const choosePlace: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (state?.kind !== 'choose-place') return null;
  const payload = state.payload as ChoicePayload;
  const n = Number(turn.text.trim());
  if (n < 1 || n > payload.unitIds.length) {
    return { text: composeChoiceOutOfRange(payload.query.language, payload.unitIds.length) };
  }
  const unit = deps.units().get(payload.unitIds[n - 1] as number);
  await deps.store.clearConversation(turn.key);
  if (!unit) return { text: composeEmpty(payload.query.language) };
  await rememberPick(turn, deps, payload.nameKey, unit);
  const reply = { text: await answer(turn, deps, unit, payload.query) };
  return offerTrend(turn, deps, reply, unit, payload.query.indicator, payload.query.language);
};

/**
 * Our choice: words besides a place's name, other than the soft filler ("ơi", "hỏi"), that a message
 * without a word of the trade may carry ("còn Nghệ An thì sao", "anh ơi cho em hỏi Hải Phòng").
 */
const MAX_STRAY_WORDS = 3;

const wordCount = (text: string): number => foldTokens(text).filter((word) => !SOFT_WORDS.has(word)).length;

/** Our choice: the speaker as the subject of a sentence ("Tôi đồng ý …", "Mình đồng ý, cứ làm vậy"). */
const SUBJECTS: ReadonlySet<string> = new Set(['toi', 'minh', 'em', 'chung toi', 'chung em', 'chung minh']);

/** Whether the place's words come right after the speaker as a subject: a verb, not a place ("Xã Đồng Ý"). */
function afterSubject(text: string, typed: string): boolean {
  const at = text.indexOf(typed);
  if (at <= 0) return false;
  const before = foldTokens(text.slice(0, at));
  return SUBJECTS.has(before.slice(-2).join(' ')) || SUBJECTS.has(before.at(-1) ?? '');
}

/**
 * Answers a coverage question (or help, for greetings and empty messages; a reply in kind for small
 * talk). Always replies. The place is found among the words the parser left (core/units/find-place);
 * a message with no place and no word of the trade is not a place question.
 */
export const coverage: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const lang = turn.language;
  const parsed = parseQuery(turn.text);
  if (parsed.intent === 'help' || parsed.intent === 'greeting') return { text: composeHelp(lang) };
  // Before the empty message: "👍" alone says something.
  const talk = readSmallTalk(turn.text);
  if (talk && (talk !== 'wish' || !parsed.coverageWords)) return { text: composeSmallTalk(lang, talk) };
  if (parsed.intent === 'empty') return { text: composeEmpty(lang) };

  const more = furtherAsks(parsed);
  const leftOut = asksLeftOut(parsed);
  const query: QueryParts = {
    language: lang,
    indicator: parsed.indicator,
    period: parsed.period,
    wantsTarget: parsed.wantsTarget,
    ...(more.length > 0 ? { more } : {}),
    ...(leftOut.length > 0 ? { leftOut } : {}),
  };
  const index = deps.units();
  const own = readOwnPlace(turn.text);
  // "bên phường em mất điện cả sáng" names the speaker's ward but asks nothing of it.
  if (own && !parsed.coverageWords && !asksQuestion(fold(turn.text))) return { text: composeNotUnderstood(lang, false) };
  // "Sáng nay xã em có đoàn kiểm tra, cho em hỏi chỉ tiêu BHXH Gia Lai": a place named exactly is the one asked.
  if (own && !namesPlaceExactly(parsed.looseText, index)) return ownPlace(turn, deps, own, query);
  const asked = parsed.coverageWords;
  const place = findPlace(parsed.looseText, index, {
    prominence: true,
    before2025: asksBefore2025(parsed),
    suggest: asked,
    typosTakeAll: !asked,
    soft: SOFT_WORDS,
  });
  const label = (u: Unit) => describeUnit(u, index, lang);
  // Without a word of the trade, only a name typed exactly, or one unit a typo came near, is a place,
  // and only when it is most of the message ("Chúc cả nhà bình an, hạnh phúc" names no Xã Bình An).
  const strayWords = place.kind === 'none' ? 0 : wordCount(parsed.looseText) - wordCount(place.typed);
  const stray = place.kind !== 'none' && (strayWords > MAX_STRAY_WORDS || afterSubject(parsed.looseText, place.typed));
  if (!asked && (place.kind === 'unknown' || (place.kind === 'ambiguous' && !place.exact) || stray)) {
    return { text: composeNotUnderstood(lang, parsed.tradeWords || asksQuestion(fold(turn.text))) };
  }
  // "Cứ yên tâm nhé", "rất hài lòng, cảm ơn", "Quyết tâm hoàn thành … năm 2025!": an everyday phrase that
  // is also a commune's name, typed as words, with no word of the trade.
  if (!parsed.tradeWords && place.kind !== 'none' && everydayTyped(rawWords(place.typed))) return { text: composeSmallTalk(lang, 'ack') };
  // With a word of the trade, a name a typo came near among many other words is no place asked
  // ("Bộ LĐTBXH có văn bản mới về BHXH không"), nor is a long run of words that names nothing.
  const typo = (place.kind === 'found' && place.corrected) || (place.kind === 'ambiguous' && !place.exact);
  const farFetched = typo && strayWords > MAX_STRAY_WORDS;
  if (farFetched || (place.kind === 'unknown' && wordCount(place.typed) > MAX_STRAY_WORDS)) return { text: composeNoPlace(lang) };
  switch (place.kind) {
    case 'none':
      return { text: asked ? composeNoPlace(lang) : composeHelp(lang) };
    case 'unknown':
      // Only soft filler left ("bảo hiểm xã hội là gì"): no place was named at all.
      if (wordCount(place.typed) === 0) return { text: composeNoPlace(lang) };
      return { text: composeUnknownPlace(lang, place.typed, place.suggestions.map(label)) };
    case 'ambiguous': {
      const nameKey = nameKeyOf(place.typed);
      const picked = await recallPick(turn, deps, nameKey, place.candidates);
      if (picked) {
        const text = await answer(turn, deps, picked, query);
        const reply = { text: [rememberedLine(lang, place.typed, picked, place.candidates, index), text].join('\n') };
        return offerTrend(turn, deps, reply, picked, query.indicator, lang);
      }
      const labels = place.candidates.map(label);
      const payload: ChoicePayload = { unitIds: place.candidates.map((u) => u.id), query, nameKey };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      return openChoiceList(
        turn,
        deps,
        { kind: 'choose-place', payload, expiresAt },
        {
          text: composeAmbiguous(lang, labels, place.more ?? 0, guessedName(place)),
          choices: labels,
        },
      );
    }
    case 'found': {
      const settled = await settlePlace(turn, deps, place);
      const text = await answer(turn, deps, settled.unit, query);
      const lines = [
        ...(settled.corrected ? [composeCorrectedPlace(lang, settled.matched, label(settled.unit))] : []),
        text,
        ...(settled.others ? [composeSharedName(lang, settled.others.map(label))] : []),
      ];
      return offerTrend(turn, deps, { text: lines.join('\n') }, settled.unit, query.indicator, lang);
    }
  }
};

function namesPlaceExactly(text: string, index: UnitIndex): boolean {
  const place = findPlace(text, index, { prominence: true, typos: false, suggest: false, soft: SOFT_WORDS });
  return place.exact && (place.kind === 'found' || place.kind === 'ambiguous');
}

function answer(turn: Turn, deps: AppDeps<FiguresStore>, unit: Unit, query: QueryParts): Promise<string> {
  const hint = submitHint(turn, deps, unit, query.language);
  return gatherCoverage({ store: deps.store, index: deps.units(), today: turn.today, asOf: turn.factsVersion }, unit, {
    ...query,
    ...(hint ? { submitHint: hint } : {}),
  });
}

export type { Reply };

/** "bhyt xã mình": the speaker's assigned unit of the level named, else a request to name the place. */
async function ownPlace(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore>, own: OwnPlace, query: QueryParts): Promise<Reply> {
  const index = deps.units();
  const unit = (turn.speaker.person?.assignments ?? [])
    .map((a) => index.get(a.unitId))
    .find((u) => u !== undefined && (own.level === null || u.level === own.level));
  if (!unit) return { text: composeOwnPlaceUnknown(turn.language) };
  const reply = { text: await answer(turn, deps, unit, query) };
  return offerTrend(turn, deps, reply, unit, query.indicator, turn.language);
}
