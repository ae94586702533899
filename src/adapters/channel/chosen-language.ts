/**
 * The reply language a person chose (`/lang`), for the lines a channel sends without the handler. A
 * failed look-up (the database away) is logged and counts as no choice: the line still goes out.
 */
import type { Language } from '../../core/types.js';
import type { Logger } from '../../logger.js';

/** Looks up the language the person with this user id chose; null when none. */
export type ChosenLanguage = (userId: string) => Promise<Language | null>;

/** The person's choice, or null when there is none, no look-up, or the look-up failed. */
export async function chosenLanguageOf(lookUp: ChosenLanguage | undefined, userId: string, log: Logger): Promise<Language | null> {
  if (!lookUp) return null;
  return lookUp(userId).catch((error: unknown) => {
    log.warn({ msg: 'chosen language not read', err: error });
    return null;
  });
}
