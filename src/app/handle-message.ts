/**
 * The message use case: one text in, one reply out, the same on every channel. Parsing, resolution
 * and wording are pure core; this file only fetches what the core needs and keeps the short
 * conversation state (a numbered choice list) in the store, so any replica can continue it.
 */
import type { Logger } from '../logger.js';
import type { Clock } from '../ports/clock.js';
import type { ConversationKey, Store } from '../ports/store.js';
import type { Language, Unit } from '../core/types.js';
import { parseQuery, type ParsedQuery } from '../core/query/parse-query.js';
import { resolvePlace } from '../core/units/resolve-place.js';
import { describeUnit } from '../core/units/describe-unit.js';
import type { UnitIndex } from '../core/units/unit-index.js';
import {
  composeAmbiguous, composeEmpty, composeHelp, composeNoPlace, composeUnknownPlace, composeChoiceOutOfRange,
  composeInternalError, composeCorrectedPlace,
} from '../core/answer/index.js';
import type { IncomingMessage, Reply } from './message.js';
import { gatherCoverage } from './gather-coverage.js';

/** How long a numbered choice list stays answerable. */
export const CHOICE_TTL_MS = 15 * 60 * 1000;
/** Longest text the handler reads; the rest of a longer message is ignored. */
export const MAX_TEXT = 2000;

export interface MessageHandlerDeps {
  readonly store: Store;
  /** Returns the current unit index (reloaded after an import). */
  readonly units: () => UnitIndex;
  readonly clock: Clock;
  readonly log: Logger;
}

interface ChoicePayload {
  readonly unitIds: readonly number[];
  readonly query: Pick<ParsedQuery, 'language' | 'indicator' | 'period' | 'wantsTarget'>;
}

/** Creates the channel-agnostic message handler. It never throws: failures become a polite reply. */
export function createMessageHandler(deps: MessageHandlerDeps) {
  const { store, clock } = deps;

  async function handle(message: IncomingMessage): Promise<Reply> {
    const key: ConversationKey = { channel: message.channel, chatId: message.chatId, userId: message.userId };
    const text = sanitize(message.text);
    const choice = await pendingChoice(key, text);
    if (choice) return choice;

    const query = parseQuery(text);
    if (query.intent === 'empty') return { text: composeEmpty(query.language) };
    if (query.intent === 'help' || query.intent === 'greeting') return { text: composeHelp(query.language) };

    const index = deps.units();
    const place = resolvePlace(query.placeText, index);
    switch (place.kind) {
      case 'none':
        return { text: query.indicator ? composeNoPlace(query.language) : composeHelp(query.language) };
      case 'unknown':
        return {
          text: composeUnknownPlace(query.language, query.placeText, place.suggestions.map((u) => describeUnit(u, index, query.language))),
        };
      case 'ambiguous': {
        const labels = place.candidates.map((u) => describeUnit(u, index, query.language));
        const payload: ChoicePayload = { unitIds: place.candidates.map((u) => u.id), query };
        const expiresAt = new Date(clock.now().getTime() + CHOICE_TTL_MS).toISOString();
        await store.setConversation(key, { kind: 'choose-place', payload, expiresAt });
        return { text: composeAmbiguous(query.language, labels, place.more ?? 0), choices: labels };
      }
      case 'found': {
        const text = await answer(place.unit, query);
        if (!place.corrected) return { text };
        return { text: `${composeCorrectedPlace(query.language, place.matched, describeUnit(place.unit, index, query.language))}\n${text}` };
      }
    }
  }

  /** Answers "2" after a numbered list; null when the message is not such an answer. */
  async function pendingChoice(key: ConversationKey, text: string): Promise<Reply | null> {
    if (!/^\s*\d{1,2}\s*$/.test(text)) return null;
    const state = await store.getConversation(key, clock.now());
    if (!state || state.kind !== 'choose-place') return null;
    const payload = state.payload as ChoicePayload;
    const n = Number(text.trim());
    if (n < 1 || n > payload.unitIds.length) {
      return { text: composeChoiceOutOfRange(payload.query.language, payload.unitIds.length) };
    }
    const unit = deps.units().get(payload.unitIds[n - 1] as number);
    await store.clearConversation(key);
    if (!unit) return { text: composeEmpty(payload.query.language) };
    return { text: await answer(unit, payload.query) };
  }

  async function answer(unit: Unit, query: ChoicePayload['query']): Promise<string> {
    return gatherCoverage({ store, index: deps.units(), today: isoDate(clock.now()) }, unit, query);
  }

  return {
    async handle(message: IncomingMessage): Promise<Reply> {
      try {
        return await handle(message);
      } catch (error) {
        deps.log.error({ err: error, channel: message.channel, chatId: message.chatId }, 'message handling failed');
        return { text: composeInternalError(guessLanguage(message.text)) };
      }
    },
  };
}

export type MessageHandler = ReturnType<typeof createMessageHandler>;

/** Drops control characters (keeping new lines) and caps the length. */
function sanitize(text: string): string {
  return text.slice(0, MAX_TEXT).replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
}

function guessLanguage(text: string): Language {
  try {
    return parseQuery(sanitize(text)).language;
  } catch {
    return 'vi';
  }
}

function isoDate(d: Date): string {
  // Dates are civil dates in Vietnam (UTC+7, no daylight saving).
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
