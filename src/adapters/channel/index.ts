/**
 * The channel kit: what every chat channel (Telegram, Zalo) does alike around its platform's API:
 * replies as the Messenger port's messages, splitting long texts, resuming a reply's parts on a
 * redelivery, pacing sends per chat, saying a canned line once in a while, the language a person
 * chose, checking a webhook's secret, and keeping the bot token out of errors and logs.
 */

export { type ChosenLanguage, chosenLanguageOf } from './chosen-language.js';
export { createLineGuard, LINE_WINDOW_MS, type LineGuard } from './line-guard.js';
export { outgoingReply, type ReplyAddress } from './outgoing-reply.js';
export { redactToken } from './redact-token.js';
export {
  createMemorySlotBook,
  createReplyPacer,
  DEFAULT_REPLY_SPACING,
  type PaceTarget,
  REPLY_MAX_WAIT_MS,
  type ReplyPacer,
  type ReplyPacerOptions,
  type ReplySpacing,
  type SlotBook,
} from './reply-pacing.js';
export { createSentParts, type SentParts, sendParts } from './sent-parts.js';
export { type SplitRule, splitText } from './split-text.js';
export { createSecretCheck, headerValue, type SecretCheck, type WebhookHeaders } from './webhook-secret.js';
