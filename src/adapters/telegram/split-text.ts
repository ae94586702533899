/**
 * Splits a long reply into messages a platform accepts: on line boundaries when it can, inside a line
 * only when one line alone is too long (never inside a character as the reader sees it: safe-cut.ts).
 */
import { safeCut } from '../../core/text/safe-cut.js';

/** Telegram's limit for one message's text, in UTF-16 code units (JavaScript string length). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** The parts of `text`, each at most `limit` long; blank parts are dropped. */
export function splitText(text: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`limit must be an integer ≥ 2, got ${limit}`);
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current !== '') parts.push(current);
    const pieces = cutLine(line, limit);
    current = pieces.pop() ?? '';
    parts.push(...pieces);
  }
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}

/** Cuts one line into pieces of at most `limit`, preferring a space as the cut. */
function cutLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(' ', limit);
    if (cut < limit / 2) cut = safeCut(rest, limit);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  pieces.push(rest);
  return pieces;
}
