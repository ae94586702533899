/**
 * Splits a long text into messages the platform accepts. Lengths are counted in UTF-16 code units,
 * which is never less than the count in characters, so a piece is within the limit however the
 * platform counts. A cut falls on a line break where one is near the end of the window, otherwise on
 * other white space; a word longer than a whole message is cut, but never inside a character as the
 * reader sees it (safe-cut.ts). The white space at a cut is dropped; no piece is empty.
 */
import { safeCut } from '../../core/text/safe-cut.js';

/** Splits `text` into pieces of at most `limit` code units (limit ≥ 2). */
export function splitText(text: string, limit: number): string[] {
  if (limit < 2) throw new RangeError('limit must be at least 2');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces.filter((piece) => piece.length > 0);
}

/** Where to cut `text` (longer than `limit`): the first piece is `text.slice(0, cut)`. */
function cutPoint(text: string, limit: number): number {
  // The window includes the character just past the limit: white space there is a clean cut.
  const window = text.slice(0, limit + 1);
  const line = window.lastIndexOf('\n');
  if (line >= limit / 2) return line;
  const space = lastWhiteSpace(window);
  if (space > 0) return space;
  return safeCut(text, limit);
}

function lastWhiteSpace(text: string): number {
  for (let i = text.length - 1; i > 0; i--) {
    if (/\s/.test(text[i] ?? '')) return i;
  }
  return -1;
}
