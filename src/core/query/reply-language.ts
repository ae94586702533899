/**
 * Which language to reply in when the signals disagree. The precedence, strongest first:
 *
 * 1. the person's stored choice ("/lang en", "/lang vi"; "/lang auto" clears it),
 * 2. the text's own evidence (English words, or Vietnamese words and diacritics),
 * 3. the platform's hint (Telegram's language_code: "en…" → English, "vi…" → Vietnamese),
 * 4. Vietnamese.
 *
 * A choice beats the text because someone who asked for English still types place names and the
 * odd Vietnamese word; the hint comes last because it describes the phone, not the question.
 */
import type { Language } from '../types.js';

/** What is known about the language of one message; any signal may be missing. */
export interface LanguageSignals {
  /** The person's stored choice; null or absent when they follow the message. */
  readonly chosen?: Language | null;
  /** What the text says about itself; null or absent when it says nothing. */
  readonly evidence?: Language | null;
  /** The platform's guess about the sender. */
  readonly hint?: Language | null;
}

/** The reply language by the precedence above. */
export function replyLanguage(signals: LanguageSignals): Language {
  return signals.chosen ?? signals.evidence ?? signals.hint ?? 'vi';
}
