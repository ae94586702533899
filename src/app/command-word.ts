/**
 * Reads a short command message ("/undo@baophu_bot", "Hoàn tác!", "xác nhận") as the folded words
 * it consists of, so that features can match it against a small set of spellings.
 */
import { fold } from '../core/text/fold.js';

/** Longest text read as a command; anything longer is a sentence, not a command. */
const MAX_COMMAND_LENGTH = 40;

/**
 * The folded words of a short message ("hoan tac", "undo"), the bot's name after a command dropped;
 * null when the message is too long to be a command.
 */
export function commandWords(text: string): string | null {
  if (text.length > MAX_COMMAND_LENGTH) return null;
  return fold(text.trim().replace(/^\/([\p{L}\p{N}_]+)@[A-Za-z0-9_]+/u, '/$1'));
}

/** Whether the message is one of the given spellings (already folded: "hoan tac", "undo"). */
export function isCommand(text: string, spellings: ReadonlySet<string>): boolean {
  const words = commandWords(text);
  return words !== null && spellings.has(words);
}
