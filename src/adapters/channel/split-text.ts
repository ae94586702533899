/**
 * Splits a long reply into messages a platform accepts. Lengths are counted in UTF-16 code units
 * (JavaScript string length), never less than the count in characters, so a piece is within the limit
 * however the platform counts. A cut falls on a line break where one is in the second half of the
 * window, otherwise on the last white space; a word longer than a whole message is cut, but never
 * inside a character as the reader sees it (safe-cut.ts). No piece is blank.
 *
 * What happens to the white space at a cut is the one thing the channels differ in (see SplitRule).
 */
import { safeCut } from '../../core/text/safe-cut.js';

/** How a channel splits: its limit, and what becomes of the white space where a piece ends. */
export interface SplitRule {
  /** Longest piece, in UTF-16 code units; an integer ≥ 2. */
  readonly limit: number;
  /**
   * 'keep': only the one line break or space a cut falls on is dropped, so the pieces joined with it
   * give the text back, indentation and trailing spaces included (Telegram). 'drop': the white space
   * around every cut and at both ends of the text is dropped (Zalo).
   */
  readonly whiteSpaceAtCut: 'keep' | 'drop';
}

/** The pieces of `text`, each at most `rule.limit` long, in order; blank pieces are left out. */
export function splitText(text: string, rule: SplitRule): string[] {
  const { limit } = rule;
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`limit must be an integer ≥ 2, got ${limit}`);
  const drop = rule.whiteSpaceAtCut === 'drop';
  const pieces: string[] = [];
  let rest = drop ? text.trim() : text;
  while (rest.length > limit) {
    const { at, onWhiteSpace } = cutPoint(rest, limit);
    const piece = rest.slice(0, at);
    pieces.push(drop ? piece.trimEnd() : piece);
    // A cut on white space drops that one character; a cut inside a word drops nothing.
    const after = rest.slice(onWhiteSpace ? at + 1 : at);
    rest = drop ? after.trimStart() : after;
  }
  pieces.push(rest);
  return pieces.filter((piece) => piece.trim() !== '');
}

/** Where to cut `text` (longer than `limit`): the first piece is `text.slice(0, at)`. */
function cutPoint(text: string, limit: number): { at: number; onWhiteSpace: boolean } {
  // The window includes the character just past the limit: white space there is a clean cut.
  const window = text.slice(0, limit + 1);
  const line = window.lastIndexOf('\n');
  if (line >= limit / 2) return { at: line, onWhiteSpace: true };
  const space = lastWhiteSpace(window);
  if (space > 0) return { at: space, onWhiteSpace: true };
  return { at: safeCut(text, limit), onWhiteSpace: false };
}

function lastWhiteSpace(text: string): number {
  for (let i = text.length - 1; i > 0; i--) {
    if (/\s/.test(text[i] ?? '')) return i;
  }
  return -1;
}
