/**
 * Charts asked for in words ("biểu đồ bhxh Nghệ An", "chart coverage Gia Lai", "vẽ biểu đồ xếp hạng
 * các tỉnh theo BHYT"), and the chart button under an answer (chart-offer.ts). A ranking question
 * gets the ranking chart (rank.ts draws it from the same rows as its words); any other question with
 * a place gets the trend of its indicator (BHXH when none is named) against its targets. A place that
 * several share is asked back with a numbered list; a unit with nothing to draw is told so in words.
 */

import { figureLabel } from '../../core/answer/figure-text.js';
import { composeAmbiguous, composeChoiceOutOfRange, composeUnknownPlace } from '../../core/answer/index.js';
import { composeChartCaption, composeChartHelp, composeNoChartData, composeOnlyOneChart, readChartRequest } from '../../core/chart/index.js';
import { formatPercent } from '../../core/format/numbers.js';
import { indicatorName } from '../../core/indicators/catalogue.js';
import { parseQuery } from '../../core/query/parse-query.js';
import { asksBefore2025 } from '../../core/query/question-asks.js';
import { readRanking } from '../../core/rank/index.js';
import type { IndicatorCode, Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { guessedName } from '../../core/units/find-place.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { openChoiceList } from '../choices/choice-list.js';
import { CHOICE_TTL_MS } from '../coverage/coverage.js';
import type { Reply } from '../message.js';
import { rankChart } from '../rank/rank.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { findAskedPlace } from '../units/asked-place.js';
import { settlePlace } from '../units/place-pick.js';
import { nameKeyOf, recallPick, rememberPick } from '../units/remembered-pick.js';
import { unitTrend } from './chart-data.js';
import { CHART_OFFER, type ChartOffer } from './chart-offer.js';
import { drawChart } from './draw-chart.js';

/** The conversation state of a chart's numbered list of places. */
export const CHART_PLACE = 'chart-place';

interface PlacePayload {
  readonly unitIds: readonly number[];
  readonly indicator: IndicatorCode;
  readonly language: Language;
  readonly nameKey: string;
}

/** Draws a chart asked for, or the one offered under the last answer; null when the message is neither. */
export const chart: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const answered = await answerList(turn, deps);
  if (answered) return answered;
  const request = readChartRequest(turn.text);
  if (!request) return null;
  const lang = turn.language;
  // "biểu đồ" alone right after an answer with the button: the chart of that answer.
  if (request.rest === '') return (await answerList({ ...turn, text: '1' }, deps, true)) ?? { text: composeChartHelp(lang) };
  const asked: Turn = { ...turn, text: request.rest };
  if (readRanking(request.rest)) {
    const ranked = await rankChart(asked, deps, null);
    if (ranked) return ranked;
  }
  return trendOfPlace(asked, deps);
};

/** "1" (or the button) under an answer, or (unless `offerOnly`) a number from a chart's list of places. */
async function answerList(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>, offerOnly = false): Promise<Reply | null> {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (state?.kind !== CHART_OFFER && (offerOnly || state?.kind !== CHART_PLACE)) return null;
  const n = Number(turn.text.trim());
  if (state.kind === CHART_OFFER) {
    const offer = state.payload as ChartOffer;
    if (n !== 1) return { text: composeOnlyOneChart(offer.language) };
    await deps.store.clearConversation(turn.key);
    const asked: Turn = { ...turn, language: offer.language };
    if (offer.kind === 'ranking') {
      const scope = offer.scopeId === null ? null : (deps.units().get(offer.scopeId) ?? null);
      return (await rankChart({ ...asked, text: offer.text }, deps, scope)) ?? { text: composeChartHelp(offer.language) };
    }
    const unit = deps.units().get(offer.unitId);
    return unit ? trendOfUnit(asked, deps, unit, offer.indicator) : { text: composeChartHelp(offer.language) };
  }
  const payload = state.payload as PlacePayload;
  if (n < 1 || n > payload.unitIds.length) return { text: composeChoiceOutOfRange(payload.language, payload.unitIds.length) };
  await deps.store.clearConversation(turn.key);
  const unit = deps.units().get(payload.unitIds[n - 1] as number);
  if (!unit) return { text: composeChartHelp(payload.language) };
  await rememberPick(turn, deps, payload.nameKey, unit);
  return trendOfUnit({ ...turn, language: payload.language }, deps, unit, payload.indicator);
}

/** The trend chart of the place the question names. */
async function trendOfPlace(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>): Promise<Reply> {
  const lang = turn.language;
  const parsed = parseQuery(turn.text);
  const indicator = parsed.indicator ?? 'bhxh';
  const index = deps.units();
  const place = findAskedPlace(parsed.looseText, index, asksBefore2025(parsed));
  const label = (u: Unit) => describeUnit(u, index, lang);
  switch (place.kind) {
    case 'none':
      return { text: composeChartHelp(lang) };
    case 'unknown':
      return { text: composeUnknownPlace(lang, place.typed, place.suggestions.map(label)) };
    case 'ambiguous': {
      const nameKey = nameKeyOf(place.typed);
      const picked = await recallPick(turn, deps, nameKey, place.candidates);
      if (picked) return trendOfUnit(turn, deps, picked, indicator);
      const labels = place.candidates.map(label);
      const payload: PlacePayload = { unitIds: place.candidates.map((u) => u.id), indicator, language: lang, nameKey };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      return openChoiceList(
        turn,
        deps,
        { kind: CHART_PLACE, payload, expiresAt },
        { text: composeAmbiguous(lang, labels, place.more ?? 0, guessedName(place)), choices: labels },
      );
    }
    case 'found': {
      const settled = await settlePlace(turn, deps, place);
      return trendOfUnit(turn, deps, settled.unit, indicator);
    }
  }
}

/** The unit's trend chart, or why there is none. */
export async function trendOfUnit(
  turn: Turn,
  deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>,
  unit: Unit,
  indicator: IndicatorCode,
): Promise<Reply> {
  const lang = turn.language;
  const trend = await unitTrend(turn, deps, unit, indicator, lang);
  if (!trend.chart) return { text: composeNoChartData(lang, indicatorName(indicator, lang), trend.label) };
  const { spec, latest } = trend.chart;
  const caption = composeChartCaption(
    { title: spec.title, latest: latest ? `${formatPercent(latest.value.percent, lang)} (${figureLabel(latest, lang)})` : null, footer: spec.footer },
    lang,
  );
  return drawChart(turn, deps, spec, `${indicator} ${trend.shown.nameEn}`, caption);
}
