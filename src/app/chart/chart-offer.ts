/**
 * The chart button under an answer that has a history or a ranking: one choice ("📊 Xem biểu đồ"),
 * a button on Telegram and a numbered line on Zalo and the console, kept as an open list in the
 * conversation state (choice-list.ts) so that any replica can draw it when it is pressed or "1" is
 * typed. The state holds what to draw, not the picture: the chart is drawn from the figures of the
 * moment it is asked for. It never replaces a list of another kind still open (a confirmation, a
 * choice of places): that answer goes without the button. Cost: the turn's read of the state, and a
 * write that does not hold up the reply (ConversationStore.setConversationSoon): nobody presses the
 * button before the reply has reached them.
 */
import { chartButton } from '../../core/chart/index.js';
import type { IndicatorCode, Language, Unit } from '../../core/types.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import { rememberedPerVersion } from '../answers-per-version.js';
import { openChoiceList } from '../choices/choice-list.js';
import type { Reply } from '../message.js';
import type { AppDeps, Turn } from '../turn.js';
import { hasHistory, unitTrend } from './chart-data.js';

/** Whether a unit's trend chart has a history, remembered: the offer is weighed under every answer. */
const withHistory = rememberedPerVersion<boolean>();

/** The conversation state of an offered chart. */
export const CHART_OFFER = 'chart-offer';

/** How long the button stays answerable (as a choice list of places). */
export const CHART_OFFER_TTL_MS = 15 * 60 * 1000;

/** What the button draws. */
export type ChartOffer =
  | { readonly kind: 'trend'; readonly unitId: number; readonly indicator: IndicatorCode; readonly language: Language }
  /** A ranking: the question asked again, within the place chosen from a list when there was one. */
  | { readonly kind: 'ranking'; readonly text: string; readonly scopeId: number | null; readonly language: Language };

/**
 * The reply with the chart button, the offer saved; the reply unchanged when charts are off, the reply
 * already has choices or carries a file.
 */
export async function withChartOffer(turn: Turn, deps: AppDeps<ConversationStore>, reply: Reply, offer: ChartOffer): Promise<Reply> {
  if (!deps.charts || (reply.choices?.length ?? 0) > 0 || reply.attachment || reply.text === '') return reply;
  // A list still open of another kind (figures awaiting "xac nhan", a submission to undo) is not
  // replaced by a mere offer: the answer goes without the button.
  const open = await deps.store.getConversation(turn.key, turn.now);
  if (open && open.kind !== CHART_OFFER) return reply;
  const expiresAt = new Date(turn.now.getTime() + CHART_OFFER_TTL_MS).toISOString();
  return openChoiceList(turn, deps, { kind: CHART_OFFER, payload: offer, expiresAt }, { ...reply, choices: [chartButton(offer.language)] }, true);
}

/** The reply with the button for the unit's trend chart, when that chart has a history to show. */
export async function offerTrend(
  turn: Turn,
  deps: AppDeps<FiguresStore & ConversationStore>,
  reply: Reply,
  unit: Unit,
  indicator: IndicatorCode | null,
  language: Language,
): Promise<Reply> {
  if (!deps.charts || (reply.choices?.length ?? 0) > 0) return reply;
  const code = indicator ?? 'bhxh';
  const key = `${turn.today}|${unit.id}|${code}|${language}`;
  const drawable = await withHistory(deps.units(), turn.factsVersion, key, async () => hasHistory((await unitTrend(turn, deps, unit, code, language)).chart));
  return drawable ? withChartOffer(turn, deps, reply, { kind: 'trend', unitId: unit.id, indicator: code, language }) : reply;
}
