/**
 * Telegram's language_code (the language of the sender's Telegram app, an IETF tag such as "en",
 * "en-GB" or "vi") as a hint for the reply language. Only the two languages the bot speaks count;
 * any other tag ("ru", "zh-hans") says nothing, and the bot falls back to Vietnamese.
 */
import type { Language } from '../../core/types.js';

/** "en…" → 'en', "vi…" → 'vi', anything else (or nothing) → undefined. */
export function languageHintOf(languageCode: string | undefined): Language | undefined {
  const code = languageCode?.trim().toLowerCase() ?? '';
  if (code.startsWith('en')) return 'en';
  return code.startsWith('vi') ? 'vi' : undefined;
}
