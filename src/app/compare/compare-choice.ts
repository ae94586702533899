/**
 * A place of a comparison whose name several places share ("Châu Thành"): settled by the person's
 * earlier pick, else asked back with a numbered list that keeps the rest of the comparison (its
 * plan, question and the places already settled) in the conversation state, so that any replica can
 * take the answer "2". One list per shared name, in the question's order.
 */

import { composeAmbiguous, composeChoiceOutOfRange } from '../../core/answer/index.js';
import type { Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { type FoundPlace, guessedName } from '../../core/units/find-place.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { offerTrend } from '../chart/chart-offer.js';
import { openChoiceList } from '../choices/choice-list.js';
import { CHOICE_TTL_MS } from '../coverage/coverage.js';
import type { Reply } from '../message.js';
import type { AppDeps, Turn } from '../turn.js';
import { nameKeyOf, recallPick, rememberPick } from '../units/remembered-pick.js';
import { answerComparison, type ComparePlan, type CompareQuestion } from './compare-answer.js';

/** The conversation state of a comparison's numbered list of places. */
export const COMPARE_CHOICE = 'compare-place';

/** A shared name still to settle: where it goes among the places, as typed, and its candidates. */
interface Pending {
  readonly slot: number;
  readonly nameKey: string;
  readonly candidates: readonly number[];
  /** The name as typed when no candidate has it: the list offers near names. */
  readonly guessed?: string;
}

interface ComparePayload {
  readonly plan: ComparePlan;
  readonly question: CompareQuestion;
  /** The places in the question's order: a unit id, or null where a choice is pending. */
  readonly slots: readonly (number | null)[];
  readonly pending: readonly Pending[];
}

/** Settles the places found and answers, or asks back for the first name shared by several places. */
export async function settleAndAnswer(
  turn: Turn,
  deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>,
  plan: ComparePlan,
  question: CompareQuestion,
  places: readonly FoundPlace[],
): Promise<Reply> {
  const slots: (number | null)[] = [];
  const pending: Pending[] = [];
  for (const place of places) {
    if (place.kind === 'found') slots.push(place.unit.id);
    else if (place.kind === 'ambiguous') {
      const nameKey = nameKeyOf(place.typed);
      const picked = await recallPick(turn, deps, nameKey, place.candidates);
      const guessed = guessedName(place);
      if (!picked) pending.push({ slot: slots.length, nameKey, candidates: place.candidates.map((u) => u.id), ...(guessed ? { guessed } : {}) });
      slots.push(picked?.id ?? null);
    }
  }
  return next(turn, deps, { plan, question, slots, pending });
}

/** Answers "2" after a comparison's numbered list; null when no such list is open. */
export async function answerCompareChoice(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>): Promise<Reply | null> {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (!state || state.kind !== COMPARE_CHOICE) return null;
  const payload = state.payload as ComparePayload;
  const [asked, ...rest] = payload.pending;
  if (!asked) return null;
  const n = Number(turn.text.trim());
  if (n < 1 || n > asked.candidates.length) return { text: composeChoiceOutOfRange(payload.question.language, asked.candidates.length) };
  const unit = deps.units().get(asked.candidates[n - 1] as number);
  await deps.store.clearConversation(turn.key);
  if (unit) await rememberPick(turn, deps, asked.nameKey, unit);
  const slots = payload.slots.map((id, i) => (i === asked.slot ? (unit?.id ?? null) : id));
  return next(turn, deps, { ...payload, slots, pending: rest });
}

async function next(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore>, payload: ComparePayload): Promise<Reply> {
  const index = deps.units();
  const [asked] = payload.pending;
  if (asked) {
    const lang = payload.question.language;
    const labels = asked.candidates
      .map((id) => index.get(id))
      .filter((u): u is Unit => u !== undefined)
      .map((u) => describeUnit(u, index, lang));
    const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
    return openChoiceList(
      turn,
      deps,
      { kind: COMPARE_CHOICE, payload, expiresAt },
      { text: composeAmbiguous(lang, labels, 0, asked.guessed), choices: labels },
    );
  }
  const units: Unit[] = [];
  for (const id of payload.slots) {
    const unit = id === null ? undefined : index.get(id);
    if (unit && !units.some((u) => u.id === unit.id)) units.push(unit);
  }
  const reply = { text: await answerComparison(turn, deps, payload.plan, payload.question, units) };
  // One place over time (or against its targets) has a history: the chart button under it.
  const [only] = units;
  if (payload.plan.kind === 'places' || units.length !== 1 || !only) return reply;
  return offerTrend(turn, deps, reply, only, payload.question.indicator, payload.question.language);
}
