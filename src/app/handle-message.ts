/**
 * The message use case: one text in, one reply out, the same on every channel. It works out who is
 * speaking and hands the turn to the features in order; the first that answers wins. It never throws:
 * a failure becomes a polite reply in the sender's language, and the details go to the log.
 *
 * The reply language is worked out once per turn (core/query/reply-language.ts): the person's stored
 * choice, else the text's own evidence, else the platform's hint, else Vietnamese. The flood warning
 * and the internal-error reply do not know the speaker, so they skip the first step.
 */

import { composeInternalError } from '../core/answer/index.js';
import { vietnamDate } from '../core/civil-time/index.js';
import { InvariantError } from '../core/errors.js';
import { composeSlowDown } from '../core/flood/replies.js';
import { resolveRelativePeriods } from '../core/periods/relative-periods.js';
import { withoutLetterFrame } from '../core/query/letter-frame.js';
import { withoutNowPartOf } from '../core/query/now-part-of.js';
import { messageLanguageEvidence } from '../core/query/parse-query.js';
import { replyLanguage } from '../core/query/reply-language.js';
import { RECENT_MESSAGES, rememberedPerKey } from '../core/text/remembered.js';
import { withoutStretchedEnds } from '../core/text/stretched.js';
import type { Language } from '../core/types.js';
import type { InboundKey } from '../ports/inbound-store.js';
import { adminChat } from './access/admin-chat.js';
import { gate } from './access/gate.js';
import { register } from './access/register.js';
import { chart } from './chart/chart.js';
import { staleButton } from './choices/stale-button.js';
import { compare, sideBySide } from './compare/compare.js';
import { completeness } from './completeness/completeness.js';
import { choosePlace, coverage } from './coverage/coverage.js';
import { deadline } from './deadline/deadline.js';
import { myDeadlines } from './deadline/my-deadlines.js';
import { meaning } from './glossary/meaning.js';
import { language } from './language/language.js';
import { chooseLineagePlace, lineage } from './lineage/lineage.js';
import type { IncomingMessage, Reply } from './message.js';
import { nationwide } from './nationwide/nationwide.js';
import { provinceFacts } from './nationwide/province-facts.js';
import { choosePeoplePlace, people } from './people/people.js';
import { rank } from './rank/rank.js';
import { createChatActivity } from './reminders/chat-activity.js';
import { reminderAdmin } from './reminders/reminder-admin.js';
import { outsideScope } from './scope/outside-scope.js';
import { cheer } from './small-talk/cheer.js';
import { speakerOf } from './speaker.js';
import { spreadsheet } from './spreadsheet/spreadsheet.js';
import { spreadsheetFile } from './spreadsheet/spreadsheet-file.js';
import { confirmSubmission } from './submission/confirm-submission.js';
import { myStatus } from './submission/my-status.js';
import { submit } from './submission/submit.js';
import { undo } from './submission/undo.js';
import type { AppDeps, Feature, Turn } from './turn.js';
import { withTurnConversation } from './turn-conversation.js';

export { CHOICE_TTL_MS } from './coverage/coverage.js';
export type { AppDeps as MessageHandlerDeps } from './turn.js';

/** Longest text the handler reads; the rest of a longer message is ignored. */
export const MAX_TEXT = 2000;

/**
 * The message as the features read it: letters stretched at a word's end written once, a letter's
 * greeting place and closing and notes on where a place went dropped, relative periods made dates
 * (remembered per day).
 */
const questionText = rememberedPerKey(
  ({ text, today }: { text: string; today: string }) => `${today}\n${text}`,
  ({ text, today }) => resolveRelativePeriods(withoutNowPartOf(withoutLetterFrame(withoutStretchedEnds(text))), today),
  RECENT_MESSAGES,
);

/** The features, in the order they are tried. The last one always answers. */
const FEATURES: readonly Feature[] = [
  register,
  gate,
  spreadsheetFile,
  staleButton,
  language,
  adminChat,
  reminderAdmin,
  spreadsheet,
  chart,
  confirmSubmission,
  undo,
  myStatus,
  myDeadlines,
  deadline,
  submit,
  cheer,
  outsideScope,
  meaning,
  completeness,
  compare,
  provinceFacts,
  rank,
  chooseLineagePlace,
  lineage,
  nationwide,
  choosePlace,
  choosePeoplePlace,
  people,
  sideBySide,
  coverage,
];

/** Creates the channel-agnostic message handler. */
export function createMessageHandler(deps: AppDeps) {
  const chatActivity = createChatActivity(deps);
  async function handle(message: IncomingMessage, inbound: InboundKey | null): Promise<Reply> {
    const text = sanitize(message.text);
    const now = deps.clock.now();
    // Before any database work: a flood costs one warning and nothing else.
    const verdict = deps.flood ? await deps.flood.hit(`${message.channel}/${message.userId}`, now) : 'ok';
    if (verdict === 'warn') return { text: composeSlowDown(anonymousLanguage(message, text)) };
    if (verdict === 'drop') return { text: '', silent: true };
    // One round trip for the speaker, the ledger, the figures' version and the conversation, and the
    // chat's mark when due.
    const identity = { channel: message.channel, userId: message.userId };
    const key = { channel: message.channel, chatId: message.chatId, userId: message.userId };
    const reactivate = chatActivity.due(message);
    const opening = await deps.store.openTurn(identity, inbound, { conversation: key, reactivate }).catch((error: unknown) => {
      if (reactivate) chatActivity.failed(reactivate);
      throw error;
    });
    if (opening.answered) return { text: '', silent: true, duplicate: true };
    const speaker = speakerOf(message, opening.person, LOCAL_ADMIN_ID);
    const hint = message.languageHint;
    const today = vietnamDate(now);
    const turn: Turn = {
      message,
      text: questionText({ text, today }),
      typed: text,
      key,
      speaker,
      now,
      today,
      language: replyLanguage({ chosen: speaker.person?.language, evidence: messageLanguageEvidence(text), hint }),
      factsVersion: opening.factsVersion,
    };
    const turnDeps = { ...deps, store: withTurnConversation(deps.store, key, opening.conversation) };
    for (const feature of FEATURES) {
      const reply = await feature(turn, turnDeps);
      if (reply) return reply;
    }
    throw new InvariantError('no feature answered');
  }

  return {
    /** See HandleMessage (answer-once.ts). */
    async handle(message: IncomingMessage, inbound?: InboundKey): Promise<Reply> {
      try {
        return await handle(message, inbound ?? null);
      } catch (error) {
        deps.log.error({ err: error, channel: message.channel, chatId: message.chatId }, 'message handling failed');
        const text = composeInternalError(anonymousLanguage(message, sanitize(message.text)));
        const reachable = await deps.store.ping().then(
          () => true,
          () => false,
        );
        return reachable ? { text } : { text, unavailable: true };
      }
    },
  };
}

export type MessageHandler = ReturnType<typeof createMessageHandler>;

/** The console's default speaker, the local administrator (someone with a shell on this machine). */
export const LOCAL_ADMIN_ID = 'admin';

/** Drops control characters (keeping new lines) and caps the length. */
function sanitize(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  return text.slice(0, MAX_TEXT).replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
}

/** The reply language when the speaker is not known: the text's evidence, else the platform's hint. */
function anonymousLanguage(message: IncomingMessage, text: string): Language {
  return replyLanguage({ evidence: messageLanguageEvidence(text), hint: message.languageHint });
}
