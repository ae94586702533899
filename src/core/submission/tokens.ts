/**
 * Cuts a message into small tokens that keep their place in the text: runs of digits, runs of
 * letters, runs of spaces, line breaks and single marks. Digits and letters are separate tokens,
 * so "T6/2025" is `t`, `6`, `/`, `2025`, and "bb41200" is `bb`, `41200`.
 */
import { fold } from '../text/fold.js';

/** The kinds of token; `space` joins the groups of a number, `break` (a new line) never does. */
export type TokenKind = 'digits' | 'word' | 'space' | 'break' | 'mark';

/** One token: its text, its folded form (words only) and its span in the normalised text. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Lower case without diacritics for words; the text itself for other kinds. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /(?<digits>[0-9]+)|(?<word>(?:(?![0-9])[\p{L}\p{M}\p{N}])+)|(?<space> +)|(?<brk>\n+)|(?<mark>[\s\S])/gu;

/**
 * NFC; invisible format characters (zero-width spaces, BOM) dropped; every space-like character
 * (non-breaking, thin, narrow) made a plain space, which may group thousands; control characters and
 * line or paragraph separators made a new line, which separates pairs.
 */
export function normalizeMessage(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, '\n')
    .replace(/\p{Zs}/gu, ' ');
}

/** Tokens of normalised text, in order, covering it without gaps. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalized); m; m = TOKEN.exec(normalized)) {
    const g = m.groups ?? {};
    const kind: TokenKind =
      g.digits !== undefined ? 'digits' : g.word !== undefined ? 'word' : g.space !== undefined ? 'space' : g.brk !== undefined ? 'break' : 'mark';
    const text = m[0];
    tokens.push({ kind, text, folded: kind === 'word' ? fold(text) : text, start: m.index, end: m.index + text.length });
  }
  return tokens;
}

/** Whether a token carries meaning of its own (a word or digits), as opposed to spacing and marks. */
export function isSolid(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'digits');
}
