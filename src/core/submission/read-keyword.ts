/**
 * Recognises the keyword that opens a submission: "nop", "nộp", "/nop", "/submit", and for a
 * correction "sua", "sửa", "/sua", "/fix"; a command may carry the bot's name ("/submit@baophu_bot").
 */
import type { Token } from './tokens.js';
import { KEYWORDS } from './vocabulary.js';

/** The keyword found at the start of a message and the index of the first token after it. */
export interface KeywordReading {
  readonly correction: boolean;
  readonly next: number;
}

/** Skips "@name" right after a command: letters, digits and underscores with no space. */
function skipBotName(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.kind !== 'mark' || tokens[i]?.text !== '@') return i;
  let k = i + 1;
  while (tokens[k] && (tokens[k]?.kind === 'word' || tokens[k]?.kind === 'digits' || tokens[k]?.text === '_')) k++;
  return k;
}

/** Reads the keyword at the start of the tokens (after any spacing); null when there is none. */
export function readKeyword(tokens: readonly Token[]): KeywordReading | null {
  let i = 0;
  while (tokens[i]?.kind === 'space' || tokens[i]?.kind === 'break') i++;
  const slash = tokens[i]?.kind === 'mark' && tokens[i]?.text === '/';
  if (slash) i++;
  const word = tokens[i];
  if (word?.kind !== 'word') return null;
  const keyword = KEYWORDS.find((k) => k.word === word.folded && (slash || !k.slashOnly));
  if (!keyword) return null;
  return { correction: keyword.correction, next: slash ? skipBotName(tokens, i + 1) : i + 1 };
}
