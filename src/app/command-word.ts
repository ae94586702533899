/**
 * Reads a short command message ("/undo@baophu_bot", "Hoàn tác!", "xác nhận") as the folded words
 * it consists of, so that features can match it against a small set of spellings.
 */
import { replyLanguage } from '../core/query/reply-language.js';
import { fold } from '../core/text/fold.js';
import type { Language } from '../core/types.js';
import type { Turn } from './turn.js';

/** Longest text read as a command; anything longer is a sentence, not a command. */
const MAX_COMMAND_LENGTH = 40;

/**
 * Our choice: the words a command may be wrapped in when typed as a sentence ("dạ em xác nhận ạ", "ok
 * đồng ý", "thôi hủy đi", "trạng thái nhé"): an acknowledgement or the speaker before it, politeness
 * after it. They are dropped before the command is matched; a message of nothing else keeps them.
 */
const LEADING = new Set(['ok', 'oke', 'okay', 'vang', 'da', 'u', 'uh', 'thoi', 'em', 'toi', 'minh']);
const TRAILING = new Set(['a', 'nhe', 'nha', 'nhen', 'di', 'luon', 'roi', 'giup', 'voi', 'ban', 'ad']);

/**
 * The folded words of a short message ("hoan tac", "undo"), the bot's name after a command dropped and
 * the wrapping words (LEADING, TRAILING) left out; null when the message is too long to be a command.
 */
export function commandWords(text: string): string | null {
  if (text.length > MAX_COMMAND_LENGTH) return null;
  const words = fold(text.trim().replace(/^\/([\p{L}\p{N}_]+)@[A-Za-z0-9_]+/u, '/$1')).split(' ');
  let first = 0;
  let end = words.length;
  while (end > 1 && TRAILING.has(words[end - 1] as string)) end--;
  while (first < end - 1 && LEADING.has(words[first] as string)) first++;
  return words.slice(first, end).join(' ');
}

/**
 * The language to answer a command in: the person's choice, else the command's own language ("undo"
 * is English, "hoan tac" Vietnamese), the command word being the text's evidence (core/query/reply-language.ts).
 */
export function commandLanguage(turn: Turn, english: boolean): Language {
  return replyLanguage({ chosen: turn.speaker.person?.language, evidence: english ? 'en' : 'vi' });
}

/** Whether the message is one of the given spellings (already folded: "hoan tac", "undo"). */
export function isCommand(text: string, spellings: ReadonlySet<string>): boolean {
  const words = commandWords(text);
  return words !== null && spellings.has(words);
}
