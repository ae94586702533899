/**
 * Turns the tokens of a submission's body into items: keys, numbers, periods and the words left for
 * the unit, in message order. Spacing and marks between them are dropped: they only separate.
 */
import type { CountKey, PeriodCode } from '../types.js';
import { type NumberReading, numberStartsAt, readNumber } from './read-number.js';
import { readPeriod } from './read-period.js';
import type { Token } from './tokens.js';
import { KEY_ALIASES } from './vocabulary.js';

/** One meaningful piece of a submission. */
export type Item =
  | { readonly kind: 'key'; readonly key: CountKey; readonly start: number; readonly end: number }
  | { readonly kind: 'number'; readonly reading: NumberReading; readonly start: number; readonly end: number }
  | { readonly kind: 'period'; readonly code: PeriodCode | null; readonly raw: string; readonly start: number; readonly end: number }
  | { readonly kind: 'word'; readonly text: string; readonly folded: string; readonly start: number; readonly end: number };

/** The key alias spelled by the words starting at token `i` (only spaces between them), if any. */
function readKey(tokens: readonly Token[], i: number): { key: CountKey; next: number } | null {
  for (const alias of KEY_ALIASES) {
    let k = i;
    let matched = true;
    for (let w = 0; w < alias.words.length && matched; w++) {
      if (w > 0) {
        if (tokens[k]?.kind !== 'space') matched = false;
        k++;
      }
      if (tokens[k]?.kind !== 'word' || tokens[k]?.folded !== alias.words[w]) matched = false;
      k++;
    }
    if (matched) return { key: alias.key, next: k };
  }
  return null;
}

/** Reads every item of the body, in order. `source` is the normalised text the tokens index into. */
export function scanItems(tokens: readonly Token[], source: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const period = readPeriod(tokens, i, source);
    // A year right after a key is that key's count: "ds 2025" is 2025 people, "bb 1999 Q2/2025" is 1999.
    if (period && !(period.startsWithYear && items.at(-1)?.kind === 'key')) {
      items.push({ kind: 'period', code: period.code, raw: period.raw, start: token.start, end: tokens[period.next - 1]?.end ?? token.end });
      i = period.next;
      continue;
    }
    const key = token.kind === 'word' ? readKey(tokens, i) : null;
    if (key) {
      items.push({ kind: 'key', key: key.key, start: token.start, end: tokens[key.next - 1]?.end ?? token.end });
      i = key.next;
      continue;
    }
    if (numberStartsAt(tokens, i)) {
      const { reading, next } = readNumber(tokens, i);
      items.push({ kind: 'number', reading, start: reading.start, end: reading.end });
      i = next;
      continue;
    }
    if (token.kind === 'word' && token.folded !== '') {
      items.push({ kind: 'word', text: token.text, folded: token.folded, start: token.start, end: token.end });
    }
    i++;
  }
  return items;
}
