/**
 * The reply-language setting: "/lang en", "/lang vi", "/ngonngu en|vi", "/lang auto", or "english",
 * "tiếng Anh", "tiếng Việt" as the whole message; "/lang" alone shows the setting and how to change
 * it. For registered people only (tried after the gate). A stored choice is the strongest signal of
 * the reply language (core/query/reply-language.ts); "auto" clears it, so the message decides again.
 */

import { composeLanguageChosen, composeLanguageFollowsMessage, composeLanguageNeedsPerson, composeLanguageSetting } from '../../core/language/replies.js';
import { messageLanguageEvidence } from '../../core/query/parse-query.js';
import { replyLanguage } from '../../core/query/reply-language.js';
import { rememberedReader } from '../../core/text/remembered.js';
import type { Language } from '../../core/types.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { PeopleStore } from '../../ports/people-store.js';
import { commandWords } from '../command-word.js';
import { actorOfTurn, recordAudit } from '../speaker.js';
import type { Feature } from '../turn.js';

/** What a language message asks for: a language (null: follow the message again), or the current setting. */
export type LanguageRequest = { readonly kind: 'set'; readonly language: Language | null } | { readonly kind: 'show' };

const COMMANDS = new Set(['lang', 'ngonngu']);

/** The arguments of /lang, folded. */
const ARGUMENTS: ReadonlyMap<string, Language | null> = new Map<string, Language | null>([
  ['en', 'en'],
  ['english', 'en'],
  ['tieng anh', 'en'],
  ['vi', 'vi'],
  ['vietnamese', 'vi'],
  ['tieng viet', 'vi'],
  ['auto', null],
  ['tu dong', null],
]);

/** Whole messages that choose a language without a command, folded. */
const PLAIN: ReadonlyMap<string, Language> = new Map<string, Language>([
  ['english', 'en'],
  ['tieng anh', 'en'],
  ['tieng viet', 'vi'],
]);

/**
 * Reads a language message; null for any other. The command needs its slash ("lang" alone could be
 * the start of a place name); an unknown argument ("/lang fr") shows the setting. Remembered per message.
 */
export const readLanguageRequest = rememberedReader(readLanguageRequestOnce);

function readLanguageRequestOnce(text: string): LanguageRequest | null {
  const words = commandWords(text);
  if (words === null) return null;
  if (!text.trimStart().startsWith('/')) {
    const plain = PLAIN.get(words);
    return plain ? { kind: 'set', language: plain } : null;
  }
  const [command = '', ...rest] = words.split(' ');
  if (!COMMANDS.has(command)) return null;
  const language = ARGUMENTS.get(rest.join(' '));
  return language === undefined ? { kind: 'show' } : { kind: 'set', language };
}

/** Stores, clears or shows the speaker's reply language. */
export const language: Feature<AuditLog & PeopleStore> = async (turn, deps) => {
  const request = readLanguageRequest(turn.text);
  if (!request) return null;
  const person = turn.speaker.person;
  if (request.kind === 'show') return { text: composeLanguageSetting(turn.language, person?.language ?? null) };
  if (!person) return { text: composeLanguageNeedsPerson(turn.language) };
  await deps.store.setLanguage(person.id, request.language);
  await recordAudit(deps.store, actorOfTurn(turn), turn.now, 'set_language', null, {
    language: request.language,
    previous: person.language,
  });
  if (request.language !== null) return { text: composeLanguageChosen(request.language) };
  // The choice is gone: this very message's language is what the next ones will get too.
  const followed = replyLanguage({ evidence: messageLanguageEvidence(turn.text), hint: turn.message.languageHint });
  return { text: composeLanguageFollowsMessage(followed) };
};
